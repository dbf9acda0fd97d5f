/**
 * The SSR tests of @razem/widgets, apart from the element tests (`pnpm test` runs them as one more
 * step of `scripts/test.mjs`, report `.test-results/widgets-ssr.json`):
 * - `ssr-node`: imports of every public entry in plain Node, and `@lit-labs/ssr` rendering;
 * - `ssr-browser`: the server HTML hydrated in a real headless Chromium.
 */
import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { headlessChromium, reporters, TIMEOUTS } from '../../../vitest.shared.js';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    reporters: reporters('widgets-ssr'),
    projects: [
      {
        extends: true,
        test: {
          name: 'ssr-node',
          environment: 'node',
          include: ['test/ssr-import.test.ts', 'test/ssr-render.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ssr-browser',
          include: ['test/ssr-hydrate.test.ts'],
          globalSetup: ['test/ssr-global-setup.ts'],
          hookTimeout: TIMEOUTS.hook,
          browser: headlessChromium(playwright),
        },
      },
    ],
  },
});
