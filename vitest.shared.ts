/**
 * Settings every package's tests share:
 * - a JSON report per run in `.test-results/`, which `pnpm test` sums into the one
 *   `N passed, N failed` line CI reads;
 * - the system Chromium (Playwright cannot download browsers on these machines) with the flags
 *   that keep it off the network, for vitest browser mode and for playwright-core alike;
 * - timeouts sized for CI, where several suites share two cores (an embedded Postgres takes
 *   2.5 s to start alone and several times that under load), waits included (`WAITS`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

type Reporters = NonNullable<NonNullable<ViteUserConfig['test']>['reporters']>;

export function reporters(name: string): Reporters {
  return ['default', ['json', { outputFile: `.test-results/${name}.json` }]];
}

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's own browser. */
export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Headless Chromium without background traffic (the machines have no internet). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for `playwright({ launchOptions })` and playwright-core's `chromium.launch()`. */
export function chromiumLaunchOptions(extraArgs: string[] = []): { executablePath?: string; args: string[] } {
  return { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: [...CHROMIUM_ARGS, ...extraArgs] };
}

/** Timeouts for CI on two busy cores. */
export const TIMEOUTS = {
  /** Hooks that start an API on PGlite (migrations and seed included). */
  hook: 120_000,
  /** A browser session of vitest browser mode. */
  browserConnect: 180_000,
} as const;

/**
 * How long `expect.poll` and `vi.waitFor` wait by default (vitest's own 1 s is missed now and then
 * by a real API on PGlite when several suites share two cores). Spread into a config's `test`.
 */
export const WAITS = {
  expect: { poll: { timeout: 5_000 } },
  setupFiles: [fileURLToPath(new URL('./vitest.waits.ts', import.meta.url))],
};

type LaunchOptions = ReturnType<typeof chromiumLaunchOptions>;

/**
 * The `test.browser` block of every browser-mode project: headless system Chromium with CI
 * timeouts. The provider factory is passed in because `@vitest/browser-playwright` is a
 * dependency of the packages that run browser tests, not of the workspace root.
 */
export function headlessChromium<Provider>(playwright: (options: { launchOptions: LaunchOptions }) => Provider) {
  return {
    enabled: true,
    connectTimeout: TIMEOUTS.browserConnect,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
  };
}
