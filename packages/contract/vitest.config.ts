import { defineConfig } from 'vitest/config';
import { WAITS, reporters } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...WAITS,
    include: ['test/**/*.test.ts'],
    reporters: reporters('contract'),
  },
});
