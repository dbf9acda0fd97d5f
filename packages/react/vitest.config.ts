/**
 * Tests of @razem/react, one report (`.test-results/react.json`):
 * - `node`: the generator, imports and server rendering in plain Node, and the type-level tests
 *   (`*.test-d.tsx`, checked by the TypeScript compiler through vitest's typecheck mode);
 * - `browser`: each wrapper rendered by React 19 in a real headless Chromium, against the
 *   reference API started by `test/global-setup.ts`;
 * - `browser-react18`: the same browser tests with React 18.3 (installed as `react-18` and
 *   `react-dom-18`, swapped in by alias), the oldest version the peer dependency allows.
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { TIMEOUTS, WAITS, headlessChromium, reporters } from '../../vitest.shared.js';

// A new object per project: vitest names the browser instance inside it after the project.
const browserTests = () => ({
  include: ['test/**/*.test.tsx'],
  globalSetup: ['test/global-setup.ts'],
  // The API (PGlite) starts slowly on a shared machine.
  hookTimeout: TIMEOUTS.hook,
  testTimeout: 20_000,
  browser: headlessChromium(playwright),
});

export default defineConfig({
  test: {
    ...WAITS,
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
      { extends: true, test: { name: 'browser', ...browserTests() } },
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: 'react-18' },
            { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
            { find: /^react-dom$/, replacement: 'react-dom-18' },
            { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
          ],
        },
        test: { name: 'browser-react18', ...browserTests() },
      },
    ],
  },
});
