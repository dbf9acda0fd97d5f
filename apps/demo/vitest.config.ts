/**
 * End-to-end tests of the demo: vitest in Node drives the system Chromium with playwright-core
 * against the demo server and the reference API that `test/global-setup.ts` starts on loopback.
 * One file at a time: each launches a browser, and two cores are shared with everything else.
 */
import { defineConfig } from 'vitest/config';
import { TIMEOUTS, WAITS, reporters } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...WAITS,
    reporters: reporters('demo-e2e'),
    environment: 'node',
    include: ['test/**/*.e2e.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: TIMEOUTS.hook,
  },
});
