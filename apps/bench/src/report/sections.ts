/** The per-section tables of BENCHMARKS.md: ratios first, then absolute values. */
import type { ApiResults, ScenarioId, TargetId } from '../api/bench.ts';
import { CALENDARS, type CalendarCell, type CalendarResults, type Timing } from '../browser/calendar.ts';
import { CONSENTS, type ConsentResults } from '../browser/consent.ts';
import { kb, ms, thousands } from '../lib/stats.ts';
import { CALENDAR_TARGETS } from '../results.ts';
import type { SdkResults } from '../sdk/bench.ts';
import type { SizeResults, SizeRow } from '../sizes/bench.ts';
import { larger, share, slower, table, timeCell, within } from './format.ts';

/** Which Razem row each size group's ratios are taken against. */
const SIZE_BASE: Record<SizeRow['group'], string | undefined> = {
  calendar: 'calendar-standalone',
  consent: 'consent-first-visit',
  returning: 'consent-returning',
  elements: undefined,
  sdk: undefined,
};

const SIZE_TITLES: [SizeRow['group'], string][] = [
  ['calendar', 'Calendars'],
  ['consent', 'Consent: a first visit'],
  ['returning', 'Consent: a returning visitor (decision stored)'],
  ['elements', 'Razem elements and the shared runtime'],
  ['sdk', 'SDK'],
];

/** Bundle-size tables, one per group. */
export function sizesSection(sizes: SizeResults): string {
  const parts: string[] = [];
  for (const [group, title] of SIZE_TITLES) {
    const rows = sizes.rows.filter((row) => row.group === group);
    if (!rows.length) continue;
    const base = rows.find((row) => row.id === SIZE_BASE[group])?.sizes?.gzip;
    parts.push(
      `### ${title}\n\n` +
        table(
          ['library', 'what is loaded', 'vs Razem (min+gzip)', 'min+gzip', 'brotli', 'minified', 'files', 'CDN build, min+gzip', 'target (min+gzip)'],
          rows.map((row) => [
            row.library,
            row.label + (row.note ? ` (${row.note})` : ''),
            row.library === 'Razem' ? (row.id === SIZE_BASE[group] ? 'baseline' : '') : larger(row.sizes?.gzip, base),
            row.sizes ? kb(row.sizes.gzip) : (row.note ?? '—'),
            row.sizes ? kb(row.sizes.brotli) : '—',
            row.sizes ? kb(row.sizes.minified) : '—',
            row.sizes?.files ?? '—',
            row.cdn ? `${kb(row.cdn.gzip)} ${within(row.cdn.gzip, row.targetGzip)}`.trim() : '',
            row.targetGzip ? `≤ ${kb(row.targetGzip)} ${within(row.sizes?.gzip, row.targetGzip)}` : '',
          ]),
        ),
    );
  }
  return parts.join('\n\n');
}

const calendarName = (id: CalendarCell['library']) => CALENDARS.find((c) => c.id === id)!.library;

/** "first ≤ 16 ms ✓, switch ≤ 16 ms ✗": a target check of one set of timings. */
function targetCheck(target: { firstRender?: number; monthSwitch?: number } | undefined, first?: Timing | null, next?: Timing | null): string {
  if (!target) return '';
  const check = (limit: number | undefined, t: Timing | null | undefined, what: string) =>
    limit ? `${what} ≤ ${limit} ms ${t && t.medianMs <= limit ? '✓' : '✗'}` : '';
  return [check(target.firstRender, first, 'first'), check(target.monthSwitch, next, 'switch')].filter(Boolean).join(', ');
}

/** Calendar tables, one per event count: cold (a fresh page's first calendar) and warm samples. */
export function calendarSection(calendar: CalendarResults, versions: Record<string, string>): string {
  const cap = calendar.options.capMs;
  const version = (id: CalendarCell['library']) =>
    id === 'fullcalendar' ? ` ${versions.fullcalendar}` : id === 'event-calendar' ? ` ${versions['@event-calendar/core']}` : '';
  return calendar.options.counts
    .map((count) => {
      const cells = calendar.cells.filter((c) => c.events === count);
      const ours = cells.find((c) => c.library === 'razem');
      const target = CALENDAR_TARGETS[count];
      const rows = cells.map((c) => {
        const razem = c.library === 'razem';
        const warm = c.warm;
        const targetText = razem && target
          ? [`cold: ${targetCheck(target, c.firstRender, c.monthSwitch)}`, warm ? `warm: ${targetCheck(target, warm.firstRender, warm.monthSwitch)}` : '']
              .filter(Boolean)
              .join('; ')
          : '';
        const warmCell = (phase: 'firstRender' | 'monthSwitch') => {
          if (!warm) return 'not run (cold failed)';
          const value = warm[phase]?.medianMs;
          const vs = razem ? '' : value != null ? ` (${slower(value, ours?.warm?.[phase]?.medianMs)})` : '';
          return value != null ? `${ms(value)}${vs}` : timeCell(null, warm.status, cap);
        };
        return [
          `${calendarName(c.library)}${version(c.library)}`,
          razem ? 'baseline' : c.firstRender ? slower(c.firstRender.medianMs, ours?.firstRender?.medianMs) : c.status === 'cap' ? `> ${slower(cap, ours?.firstRender?.medianMs)}` : c.status,
          timeCell(c.firstRender?.medianMs, c.status, cap),
          razem ? 'baseline' : c.monthSwitch ? slower(c.monthSwitch.medianMs, ours?.monthSwitch?.medianMs) : !c.firstRender ? 'not reached' : c.status === 'cap' ? `> ${slower(cap, ours?.monthSwitch?.medianMs)}` : c.status,
          c.monthSwitch ? ms(c.monthSwitch.medianMs) : c.firstRender ? timeCell(null, c.status, cap) : 'not reached',
          warmCell('firstRender'),
          warmCell('monthSwitch'),
          c.nodes ? `${thousands(c.nodes.firstRender)} / ${thousands(c.nodes.monthSwitch)}` : '—',
          c.firstRender ? `${c.firstRender.samples} (${ms(c.firstRender.minMs)}–${ms(c.firstRender.maxMs)})` : '0',
          warm?.firstRender ? `${warm.firstRender.samples} (${ms(warm.firstRender.minMs)}–${ms(warm.firstRender.maxMs)})` : '0',
          [c.status === 'ok' ? '' : `${c.status}: ${c.message ?? ''}`, warm && warm.status !== 'ok' ? `warm ${warm.status}: ${warm.message ?? ''}` : '', targetText]
            .filter(Boolean)
            .join('; '),
        ];
      });
      return (
        `### ${thousands(count)} events in the month\n\n` +
        table(
          [
            'library',
            'first render vs Razem (cold)',
            'first render, cold (median)',
            'month switch vs Razem (cold)',
            'month switch, cold (median)',
            'first render, warm (median, vs Razem)',
            'month switch, warm (median, vs Razem)',
            'DOM elements (first / after switch)',
            'cold samples (range of first render)',
            'warm samples (range of first render)',
            'notes / target',
          ],
          rows,
        )
      );
    })
    .join('\n\n');
}

/** The consent table. */
export function consentSection(consent: ConsentResults, versions: Record<string, string>): string {
  const ours = consent.cells.find((c) => c.library === 'razem');
  const rows = consent.cells.map((c) => {
    const razem = c.library === 'razem';
    const name = CONSENTS.find((x) => x.id === c.library)!.library + (razem ? '' : ` ${versions['vanilla-cookieconsent']}`);
    return [
      name,
      razem ? 'baseline' : slower(c.bannerInteractive?.medianMs, ours?.bannerInteractive?.medianMs),
      timeCell(c.bannerInteractive?.medianMs, c.status, consent.options.capMs),
      c.firstVisit ? `${c.firstVisit.files} / ${kb(c.firstVisit.bytes)}` : '—',
      razem ? 'baseline' : slower(c.decisionApplied?.medianMs, ours?.decisionApplied?.medianMs),
      timeCell(c.decisionApplied?.medianMs, c.status, consent.options.capMs),
      c.returningVisit ? `${c.returningVisit.files} / ${kb(c.returningVisit.bytes)}` : '—',
      razem ? 'baseline' : larger(c.returningVisit?.bytes, ours?.returningVisit?.bytes),
      c.bannerInteractive?.samples ?? 0,
    ];
  });
  return table(
    [
      'library',
      'banner interactive vs Razem',
      'script start → banner interactive (median)',
      'first visit: files / bytes',
      'decision applied vs Razem',
      'returning: script start → decision applied (median)',
      'returning: files / bytes',
      'returning bytes vs Razem',
      'samples',
    ],
    rows,
  );
}

const TARGET_NAMES: Record<TargetId, string> = { bare: 'bare Hono handler', pglite: 'Razem API on PGlite', postgres: 'Razem API on PostgreSQL' };

/** autocannon reports whole milliseconds: 0 means under one. */
const latency = (value: number) => (value < 1 ? '< 1 ms' : `${value} ms`);

/** The API table: every scenario on every server, Razem as a share of the bare handler. */
export function apiSection(api: ApiResults): string {
  const rows: (string | number)[][] = [];
  for (const [scenario, info] of Object.entries(api.scenarios) as [ScenarioId, ApiResults['scenarios'][ScenarioId]][]) {
    const bare = api.targets.bare?.[scenario];
    for (const target of ['bare', 'pglite', 'postgres'] as TargetId[]) {
      const r = api.targets[target]?.[scenario];
      if (!r) continue;
      const isBare = target === 'bare';
      rows.push([
        info.label,
        TARGET_NAMES[target],
        isBare ? 'baseline' : share(r.requestsPerSecond, bare?.requestsPerSecond),
        isBare ? 'baseline' : bare && bare.p50Ms < 1 ? `≥ ×${r.p50Ms}` : share(r.p50Ms, bare?.p50Ms),
        isBare ? 'baseline' : share(r.p99Ms, bare?.p99Ms),
        thousands(r.requestsPerSecond, 0),
        latency(r.p50Ms),
        latency(r.p99Ms),
        Object.entries(r.statuses).map(([code, count]) => `${code}×${count}`).join(', ') + (r.errors ? `, ${r.errors} errors` : ''),
      ]);
    }
  }
  return table(['request', 'server', 'req/s vs bare', 'p50 vs bare', 'p99 vs bare', 'req/s', 'p50', 'p99', 'answers'], rows);
}

/** The SDK table. */
export function sdkSection(sdk: SdkResults): string {
  const n = sdk.node;
  const j = sdk.jitless;
  const row = (label: string, node: { medianMs: number; p99Ms: number } | undefined, jitless: { medianMs: number } | undefined, base: number | undefined, jitBase: number | undefined) => [
    label,
    node && base ? share(node.medianMs, base) : '—',
    node ? ms(node.medianMs) : '—',
    node ? ms(node.p99Ms) : '—',
    jitless && jitBase ? share(jitless.medianMs, jitBase) : '—',
    jitless ? ms(jitless.medianMs) : '—',
  ];
  return table(
    ['task (1,000 events, ' + kb(n.bodyBytes) + ' of JSON)', 'vs its baseline (Node)', 'median (Node, zod JIT)', 'p99 (Node)', 'vs its baseline (jitless, as in browsers)', 'median (jitless)'],
    [
      row('JSON.parse (baseline)', n.jsonParse, j?.jsonParse, n.jsonParse.medianMs, j?.jsonParse.medianMs),
      row('JSON.parse + contract EventPage validation', n.jsonParseAndValidate, j?.jsonParseAndValidate, n.jsonParse.medianMs, j?.jsonParse.medianMs),
      row('fetch + response.json() (baseline, in-memory fetch)', n.fetchJson, undefined, n.fetchJson?.medianMs, undefined),
      row('SDK events.list(): retries, validation', n.sdkList, undefined, n.fetchJson?.medianMs, undefined),
    ],
  );
}
