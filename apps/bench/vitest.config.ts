import { defineConfig } from 'vitest/config';
import { WAITS, reporters } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...WAITS,
    include: ['test/**/*.test.ts'],
    reporters: reporters('bench'),
    // The smoke run starts API servers (PGlite takes seconds under load) and Chromium.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
