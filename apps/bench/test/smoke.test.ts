/**
 * The harness cannot rot: runs `pnpm bench` in its smoke mode (50 events, one sample, one-second
 * loads) into a temporary directory and checks that every section measured Razem and its peers
 * and that the report says so. Not a performance check: no number is compared with a budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../src/results.ts';

const out = mkdtempSync(join(tmpdir(), 'razem-bench-smoke-'));
let results: BenchResults;
let markdown: string;
let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  run = spawnSync(process.execPath, ['src/run.ts', '--smoke', '--out', out], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
    timeout: 540_000,
  });
  results = JSON.parse(readFileSync(join(out, 'benchmarks.json'), 'utf8')) as BenchResults;
  markdown = readFileSync(join(out, 'BENCHMARKS.md'), 'utf8');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const section = <K extends 'sizes' | 'sdk' | 'api' | 'calendar' | 'consent'>(name: K) => {
  const value = results[name];
  if (!value || 'error' in value) throw new Error(`${name}: ${value ? value.error : 'missing'}`);
  return value as Exclude<BenchResults[K], { error: string } | undefined>;
};

describe('pnpm bench --smoke', () => {
  it('finishes without a failed section', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(results.mode).toBe('smoke');
    expect(results.machine.cores).toBeGreaterThan(0);
  });

  it('sizes Razem and every peer with one method', () => {
    const rows = section('sizes').rows;
    for (const id of ['sdk-events', 'runtime', 'calendar-standalone', 'consent-returning', 'consent-first-visit', 'fullcalendar', 'event-calendar', 'cookieconsent', 'klaro']) {
      const row = rows.find((r) => r.id === id);
      expect(row?.sizes?.gzip, id).toBeGreaterThan(100);
      expect(row!.sizes!.brotli, id).toBeLessThan(row!.sizes!.minified);
    }
    // A returning visitor loads the core only: less than a first visit.
    const size = (id: string) => rows.find((r) => r.id === id)!.sizes!.gzip;
    expect(size('consent-returning')).toBeLessThan(size('consent-first-visit'));
    expect(rows.find((r) => r.id === 'cdn-loader')).toBeDefined();
  });

  it('renders every calendar in Chromium, or says why not', () => {
    const cells = section('calendar').cells;
    expect(cells.map((c) => c.library).sort()).toEqual(['event-calendar', 'fullcalendar', 'razem']);
    const razem = cells.find((c) => c.library === 'razem')!;
    expect(razem.status).toBe('ok');
    expect(razem.firstRender!.medianMs).toBeGreaterThan(0);
    expect(razem.monthSwitch!.medianMs).toBeGreaterThan(0);
    expect(razem.nodes!.firstRender).toBeGreaterThan(35); // at least the 35+ day cells of a month grid
    // Warm samples: measured after the warm-up renders, for Razem and for every peer that rendered.
    expect(razem.warm?.status).toBe('ok');
    expect(razem.warm!.firstRender!.medianMs).toBeGreaterThan(0);
    expect(razem.warm!.monthSwitch!.medianMs).toBeGreaterThan(0);
    for (const cell of cells) if (cell.status === 'ok') expect(cell.warm?.firstRender ?? cell.warm?.message).toBeTruthy();
    for (const cell of cells) expect(cell.status === 'ok' ? cell.firstRender : cell.message).toBeTruthy();
  });

  it('times both consent banners and their returning visits', () => {
    for (const cell of section('consent').cells) {
      expect(cell.status, cell.message).toBe('ok');
      expect(cell.bannerInteractive!.medianMs).toBeGreaterThan(0);
      expect(cell.decisionApplied!.medianMs).toBeGreaterThan(0);
    }
    const [razem, peer] = section('consent').cells;
    // Razem's returning visitor fetches fewer bytes than its first visit (no banner, no Lit).
    expect(razem!.returningVisit!.bytes).toBeLessThan(razem!.firstVisit!.bytes);
    expect(peer!.returningVisit!.files).toBeGreaterThan(0);
  });

  it('loads the Razem API and the bare handler with every scenario answered as expected', () => {
    const api = section('api');
    for (const target of ['bare', 'pglite'] as const) {
      for (const [scenario, info] of Object.entries(api.scenarios)) {
        const result = api.targets[target]![scenario as keyof typeof api.scenarios]!;
        expect(result.statuses[String(info.expectedStatus)], `${target} ${scenario}`).toBeGreaterThan(0);
        expect(Object.keys(result.statuses), `${target} ${scenario}`).toEqual([String(info.expectedStatus)]);
      }
    }
  });

  it('times SDK validation beside JSON.parse, in Node and jitless', () => {
    const sdk = section('sdk');
    expect(sdk.node.jsonParseAndValidate.medianMs).toBeGreaterThan(0);
    expect(sdk.node.sdkList!.medianMs).toBeGreaterThan(0);
    expect(sdk.jitless?.jsonParseAndValidate.medianMs).toBeGreaterThan(0);
  });

  it('writes a report with the headline ratios and the machine', () => {
    expect(markdown).toContain('## Headline');
    expect(markdown).toMatch(/FullCalendar [\d.]+ \/ Razem \| ×[\d.]+ (slower|faster)/);
    expect(markdown).toMatch(/first render \(warm page\): FullCalendar [\d.]+ \/ Razem \| ×[\d.]+ (slower|faster)/);
    expect(markdown).toMatch(/vanilla-cookieconsent \/ Razem \| ×[\d.]+ (larger|smaller)/);
    expect(markdown).toContain(results.machine.cpu);
    expect(markdown).toContain('Smoke run');
  });
});
