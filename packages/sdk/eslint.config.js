// The workspace rules, plus: the examples are programs that report through the console.
import workspace from '../../eslint.config.js';

export default [...workspace, { files: ['examples/**'], rules: { 'no-console': 'off' } }];
