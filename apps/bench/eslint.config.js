// The workspace lint setup, minus what the bench generates (page harness, bundles, smoke output);
// the bench is a command-line tool that reports through the console.
import root from '../../eslint.config.js';

export default [{ ignores: ['.harness/**', '.bench-out/**', 'results/**'] }, ...root, { files: ['src/**'], rules: { 'no-console': 'off' } }];
