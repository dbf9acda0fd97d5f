/**
 * `pnpm bench`: measures Razem and its peers in one run and writes BENCHMARKS.md (repository
 * root) and results/benchmarks.json. Sections run one after another so they never compete for
 * the machine: sizes, SDK, API, calendar, consent.
 *
 *   node src/run.ts [--only sizes,sdk,api,calendar,consent] [--smoke] [--out DIR]
 *
 * `--smoke` is the test's tiny run (50 events, one sample, one-second loads), written to
 * `--out` (default .bench-out/smoke) so it never replaces the committed results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchApi } from './api/bench.ts';
import { benchCalendars } from './browser/calendar.ts';
import { benchConsent } from './browser/consent.ts';
import { BrowserSession } from './browser/session.ts';
import { describeMachine, loadNow } from './lib/machine.ts';
import { versions } from './lib/versions.ts';
import { renderMarkdown } from './report/markdown.ts';
import type { BenchResults, Failed } from './results.ts';
import { benchSdk } from './sdk/bench.ts';
import { benchSizes } from './sizes/bench.ts';

const SECTIONS = ['sizes', 'sdk', 'api', 'calendar', 'consent'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const smoke = values.smoke ?? false;
const only = new Set((values.only?.split(',').map((s) => s.trim()).filter(Boolean) ?? SECTIONS) as Section[]);
for (const name of only) if (!SECTIONS.includes(name)) throw new Error(`unknown section "${name}"; use ${SECTIONS.join(', ')}`);

const benchRoot = resolve(import.meta.dirname, '..');
const outDir = values.out ? resolve(values.out) : smoke ? join(benchRoot, '.bench-out/smoke') : undefined;
const jsonPath = outDir ? join(outDir, 'benchmarks.json') : join(benchRoot, 'results/benchmarks.json');
const markdownPath = outDir ? join(outDir, 'BENCHMARKS.md') : resolve(benchRoot, '../../BENCHMARKS.md');

const settings = smoke
  ? { sdk: { time: 50, rounds: 1, count: 100 }, api: { duration: 1, connections: 2 }, calendar: { counts: [50], repeats: 1, capMs: 30_000, budgetMs: 0, warmRounds: 1 }, consent: { repeats: 1, capMs: 30_000 } }
  : {
      sdk: { time: 500, rounds: 3, count: 1000 },
      api: { duration: 5, connections: 10 },
      calendar: { counts: [200, 2000, 10_000], repeats: 9, capMs: 30_000, budgetMs: 90_000, warmRounds: 5 },
      consent: { repeats: 5, capMs: 30_000 },
    };

const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** Runs a section; a failure is recorded in the results instead of ending the run. */
async function section<T>(name: Section, run: () => Promise<T>): Promise<T | Failed | undefined> {
  if (!only.has(name)) return undefined;
  log(`${name}…`);
  try {
    return await run();
  } catch (error) {
    console.error(error);
    return { error: (error as Error).message.split('\n')[0] ?? String(error) };
  }
}

const results: BenchResults = {
  startedAt: new Date(started).toISOString(),
  durationSeconds: 0,
  mode: smoke ? 'smoke' : 'full',
  machine: describeMachine(),
  versions: versions(),
};
log(`load average ${results.machine.loadAverage.start.join(' / ')} on ${results.machine.cores} cores`);

results.sizes = await section('sizes', () => benchSizes());
results.sdk = await section('sdk', () => benchSdk(settings.sdk));
results.api = await section('api', () =>
  benchApi(
    { ...settings.api, postgresUrl: process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test' },
    log,
  ),
);
if (only.has('calendar') || only.has('consent')) {
  let session: BrowserSession | undefined;
  const browser = async () => (session ??= await BrowserSession.start());
  try {
    results.calendar = await section('calendar', async () => benchCalendars(await browser(), settings.calendar, log));
    results.consent = await section('consent', async () => benchConsent(await browser(), settings.consent, log));
  } finally {
    await session?.close();
  }
}

results.machine.loadAverage.end = loadNow();
results.durationSeconds = Math.round((Date.now() - started) / 1000);
mkdirSync(resolve(jsonPath, '..'), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(markdownPath, renderMarkdown(results));
log(`wrote ${jsonPath} and ${markdownPath}`);
const failures = Object.entries(results).filter(([, value]) => value && typeof value === 'object' && 'error' in value);
if (failures.length) {
  console.error(`sections that failed: ${failures.map(([name]) => name).join(', ')}`);
  process.exitCode = 1;
}
