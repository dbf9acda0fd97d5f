/**
 * The release check runs in Node (`.test-results/release-check.json`): a dry run, npm installs
 * into scratch projects, a Vite build, and Chromium driven through playwright-core. Slow steps,
 * so generous timeouts; the npm cache under node_modules keeps repeated runs offline.
 */
import { defineConfig } from 'vitest/config';
import { WAITS, reporters } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...WAITS,
    include: ['test/**/*.test.ts'],
    reporters: reporters('release-check'),
    hookTimeout: 180_000,
    testTimeout: 300_000,
  },
});
