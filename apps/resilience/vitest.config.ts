/**
 * Two projects: `node` (fuzzing, exactly-once under faults and SIGKILL, exports, access, rate
 * limits) and `browser` (hostile content rendered by every element, consent failure modes) in the
 * system Chromium with the API started by `test/browser/global-setup.ts`. One report,
 * `.test-results/resilience.json`, and a printed summary of what the suite tried.
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { TIMEOUTS, WAITS, headlessChromium, reporters } from '../../vitest.shared.js';
import { LONG } from './src/mode.js';
import { SummaryReporter } from './src/summary-reporter.js';
import { commands } from './test/browser/commands.js';

export default defineConfig({
  test: {
    ...WAITS,
    reporters: [...[reporters('resilience')].flat(), new SummaryReporter(LONG ? 'long mode, RESILIENCE=long' : 'bounded mode')],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: LONG ? 1_800_000 : 120_000,
          hookTimeout: TIMEOUTS.hook,
          // Each file starts its own API; on two shared cores one at a time is steadier.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          hookTimeout: TIMEOUTS.hook,
          testTimeout: LONG ? 600_000 : 60_000,
          browser: { ...headlessChromium(playwright), commands },
        },
      },
    ],
  },
});
