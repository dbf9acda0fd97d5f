/**
 * Two vitest projects for every element of @razem/widgets:
 * - `unit`: `src/**\/*.unit.test.ts` in Node — DOM-free behaviour (filtering, dates, consent rules).
 * - `browser`: every other `src/**\/*.test.ts` in a real headless Chromium (vitest browser mode),
 *   with the reference API started on loopback by `test/global-setup.ts` (see `inject('razemApi')`).
 *
 * `pnpm test` runs each project separately (`scripts/test.mjs`) so each leaves its own report:
 * `.test-results/widgets-unit.json` and `.test-results/widgets-browser.json`.
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { TIMEOUTS, WAITS, headlessChromium, reporters } from '../../vitest.shared.js';

/** `--project unit` → report `widgets-unit`; no project (both at once) → `widgets`. */
function reportName(): string {
  const argv = process.argv;
  const index = argv.indexOf('--project');
  const inline = argv.find((arg) => arg.startsWith('--project='));
  const project = inline ? inline.slice('--project='.length) : index >= 0 ? argv[index + 1] : undefined;
  return project ? `widgets-${project}` : 'widgets';
}

export default defineConfig({
  test: {
    ...WAITS,
    reporters: reporters(reportName()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.unit.test.ts', 'test/**/*.unit.test.ts', 'build/**/*.unit.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.unit.test.ts', '**/node_modules/**'],
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
