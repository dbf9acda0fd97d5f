/**
 * Tests of @razem/react, one report (`.test-results/react.json`):
 * - `node`: the generator, imports and server rendering in plain Node, and the type-level tests
 *   (`*.test-d.tsx`, checked by the TypeScript compiler through vitest's typecheck mode);
 * - `browser`: each wrapper rendered by React 19 in a real headless Chromium, against the
 *   reference API started by `test/global-setup.ts`.
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { headlessChromium, reporters, TIMEOUTS } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    reporters: reporters('react'),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.unit.test.ts'],
          testTimeout: 60_000,
          typecheck: { enabled: true, include: ['test/**/*.test-d.tsx'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.test.tsx'],
          globalSetup: ['test/global-setup.ts'],
          // The API (PGlite) starts slowly on a shared machine.
          hookTimeout: TIMEOUTS.hook,
          testTimeout: 20_000,
          browser: headlessChromium(playwright),
        },
      },
    ],
  },
});
