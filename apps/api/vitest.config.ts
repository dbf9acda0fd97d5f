import { defineConfig } from 'vitest/config';
import { TIMEOUTS, WAITS, reporters } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...WAITS,
    include: ['test/**/*.test.ts'],
    reporters: reporters('api'),
    // Some tests start their own servers (PGlite, the built CLI) inside the test.
    testTimeout: 90_000,
    hookTimeout: TIMEOUTS.hook,
    // Each file starts PGlite (seconds under load) and a PostgreSQL schema; on two shared cores,
    // one file at a time is faster and steadier than contention.
    fileParallelism: false,
  },
});
