/**
 * BENCHMARKS.md from a run's results: the headline ratios, the machine, then each section's
 * method and tables. Everything in it is computed from `results/benchmarks.json`.
 */
import { redact } from '../api/bench.ts';
import type { CalendarCell } from '../browser/calendar.ts';
import { kb, ms, thousands } from '../lib/stats.ts';
import { ran, type BenchResults } from '../results.ts';
import { larger, share, slower, table } from './format.ts';
import { apiSection, calendarSection, consentSection, sdkSection, sizesSection } from './sections.ts';

/** Rows of the headline table: comparison, ratio, Razem, peer. */
export function headline(results: BenchResults): string[][] {
  const rows: string[][] = [];
  const v = results.versions;
  const calendar = ran(results.calendar);
  if (calendar) {
    const cap = calendar.options.capMs;
    const counts = calendar.options.counts.filter((c) => c >= 2000).length ? calendar.options.counts.filter((c) => c >= 2000) : calendar.options.counts;
    for (const count of counts) {
      const at = (id: CalendarCell['library']) => calendar.cells.find((c) => c.events === count && c.library === id);
      const ours = at('razem');
      for (const [id, name] of [['fullcalendar', `FullCalendar ${v.fullcalendar}`], ['event-calendar', `@event-calendar/core ${v['@event-calendar/core']}`]] as const) {
        const peer = at(id);
        if (!peer || !ours) continue;
        for (const page of ['cold', 'warm'] as const) {
          // A peer whose cold render failed has no warm samples; its cold row says why.
          if (page === 'warm' && !peer.warm) continue;
          const mineOf = page === 'cold' ? ours : ours.warm;
          const theirsOf = page === 'cold' ? peer : peer.warm;
          const status = theirsOf?.status ?? 'ok';
          const label = page === 'cold' ? 'fresh page' : 'warm page';
          for (const phase of ['firstRender', 'monthSwitch'] as const) {
            if (count > 2000 && phase === 'monthSwitch') continue;
            const mine = mineOf?.[phase]?.medianMs;
            const theirs = theirsOf?.[phase]?.medianMs;
            const what = `Calendar, ${thousands(count)} events, ${phase === 'firstRender' ? 'first render' : 'month switch'} (${label})`;
            const failed = theirs == null && status !== 'ok';
            if (failed && phase === 'monthSwitch' && !theirsOf?.firstRender) {
              rows.push([`${what}: ${name} / Razem`, 'not reached (its first render failed)', ms(mine), '—']);
              continue;
            }
            rows.push([
              `${what}: ${name} / Razem`,
              failed ? (status === 'cap' ? `> ${slower(cap, mine)} (over the ${cap / 1000} s cap)` : 'peer crashed') : slower(theirs, mine),
              ms(mine),
              failed ? (status === 'cap' ? `> ${cap / 1000} s` : 'crashed') : ms(theirs),
            ]);
          }
        }
      }
    }
  }
  const sizes = ran(results.sizes);
  if (sizes) {
    const row = (id: string) => sizes.rows.find((r) => r.id === id);
    const pairs: [string, string, string][] = [
      ['calendar-standalone', 'fullcalendar', 'Calendar bundle (min+gzip): FullCalendar core+daygrid+list+theme / Razem calendar with SDK'],
      ['calendar-standalone', 'event-calendar', 'Calendar bundle (min+gzip): @event-calendar/core / Razem calendar with SDK'],
      ['consent-first-visit', 'cookieconsent', 'Consent, first visit (min+gzip): vanilla-cookieconsent / Razem'],
      ['consent-first-visit', 'klaro', 'Consent, first visit (min+gzip): klaro / Razem'],
      ['consent-returning', 'cookieconsent-returning', 'Consent, returning visitor (min+gzip): vanilla-cookieconsent / Razem'],
      ['consent-returning', 'klaro-returning', 'Consent, returning visitor (min+gzip): klaro / Razem'],
    ];
    for (const [ours, peer, label] of pairs) {
      const a = row(ours)?.sizes?.gzip;
      const b = row(peer)?.sizes?.gzip;
      if (a && b) rows.push([label, larger(b, a), kb(a), kb(b)]);
    }
  }
  const consent = ran(results.consent);
  if (consent) {
    const ours = consent.cells.find((c) => c.library === 'razem');
    const peer = consent.cells.find((c) => c.library === 'cookieconsent');
    if (ours && peer) {
      rows.push([
        'Consent, script start → banner interactive: vanilla-cookieconsent / Razem',
        slower(peer.bannerInteractive?.medianMs, ours.bannerInteractive?.medianMs),
        ms(ours.bannerInteractive?.medianMs),
        ms(peer.bannerInteractive?.medianMs),
      ]);
      rows.push([
        'Consent, returning visitor, script start → decision applied: vanilla-cookieconsent / Razem',
        slower(peer.decisionApplied?.medianMs, ours.decisionApplied?.medianMs),
        ms(ours.decisionApplied?.medianMs),
        ms(peer.decisionApplied?.medianMs),
      ]);
    }
  }
  const api = ran(results.api);
  if (api) {
    for (const target of ['pglite', 'postgres'] as const) {
      for (const scenario of ['events', 'eventsCached', 'ideas'] as const) {
        const ours = api.targets[target]?.[scenario];
        const bare = api.targets.bare?.[scenario];
        if (!ours || !bare) continue;
        rows.push([
          `API ${api.scenarios[scenario].label} on ${target === 'pglite' ? 'PGlite' : 'PostgreSQL'}: Razem req/s / bare Hono req/s`,
          `${share(ours.requestsPerSecond, bare.requestsPerSecond)} (p50 ${bare.p50Ms < 1 ? `≥ ×${ours.p50Ms}` : share(ours.p50Ms, bare.p50Ms)})`,
          `${thousands(ours.requestsPerSecond)} req/s, p50 ${ours.p50Ms < 1 ? '< 1' : ours.p50Ms} ms`,
          `${thousands(bare.requestsPerSecond)} req/s, p50 ${bare.p50Ms < 1 ? '< 1' : bare.p50Ms} ms`,
        ]);
      }
    }
  }
  const sdk = ran(results.sdk);
  if (sdk) {
    rows.push([
      'SDK: JSON.parse + contract validation of 1,000 events / JSON.parse alone (Node)',
      share(sdk.node.jsonParseAndValidate.medianMs, sdk.node.jsonParse.medianMs),
      ms(sdk.node.jsonParseAndValidate.medianMs),
      ms(sdk.node.jsonParse.medianMs),
    ]);
    if (sdk.jitless) {
      rows.push([
        'SDK: the same, zod jitless as in browsers',
        share(sdk.jitless.jsonParseAndValidate.medianMs, sdk.jitless.jsonParse.medianMs),
        ms(sdk.jitless.jsonParseAndValidate.medianMs),
        ms(sdk.jitless.jsonParse.medianMs),
      ]);
    }
  }
  return rows;
}

/** The headline table as Markdown (also quoted in the root README). */
export function headlineTable(results: BenchResults): string {
  return table(['comparison', 'ratio', 'Razem', 'peer / baseline'], headline(results));
}

function machine(results: BenchResults): string {
  const m = results.machine;
  const load = (l?: number[]) => (l ? l.join(' / ') : '—');
  return [
    `- **Date**: ${results.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} (run took ${Math.round(results.durationSeconds)} s)`,
    `- **CPU**: ${m.cpu}, ${m.cores} cores`,
    `- **Memory**: ${m.memoryGb} GB (${m.freeMemoryGb} GB free at start)`,
    `- **OS**: ${m.os}`,
    `- **Node**: ${m.node}; **Chromium**: ${m.chromium ?? 'not found'}`,
    `- **Load average** (1 / 5 / 15 min): ${load(m.loadAverage.start)} at the start, ${load(m.loadAverage.end)} at the end, on ${m.cores} cores. ` +
      (Math.max(...m.loadAverage.start, ...(m.loadAverage.end ?? [])) > m.cores
        ? 'The machine was shared and busy during the run: absolute times are inflated and noisy; ratios taken in the same run are the numbers to read.'
        : 'The machine was mostly idle.'),
    `- **Versions**: ${Object.entries(results.versions).map(([name, version]) => `${name} ${version}`).join(', ')}`,
  ].join('\n');
}

const failed = (section: { error: string } | object | undefined, name: string) =>
  section && 'error' in section ? `_${name} could not run: ${section.error}_` : `_${name} was not run (\`--only\`)._`;

/** The whole BENCHMARKS.md. */
export function renderMarkdown(results: BenchResults): string {
  const sizes = ran(results.sizes);
  const calendar = ran(results.calendar);
  const consent = ran(results.consent);
  const api = ran(results.api);
  const sdk = ran(results.sdk);
  const out: string[] = [];
  out.push(`# Benchmarks

Every performance claim about Razem comes from this file, and this file comes from one command:
\`pnpm bench\` at the repository root (the \`@razem/bench\` package, \`apps/bench\`). It measures
Razem and its peers in the same run, on the same machine, and also writes
[\`apps/bench/results/benchmarks.json\`](apps/bench/results/benchmarks.json). **Ratios are the
headline**; absolute times are context and depend on the machine below.
${results.mode === 'smoke' ? '\n> **Smoke run** (tiny sizes, one sample): checks that the harness works. Do not quote it.\n' : ''}
## Headline

${headlineTable(results)}

"×N slower/larger" reads as the peer compared with Razem; "Razem / bare" ratios below 1 mean
Razem serves that share of the bare handler's throughput.

## Machine

${machine(results)}`);

  out.push(`## Bundle sizes

${sizes ? `Method: ${sizes.method}\n\n${sizes.notes.map((n) => `- ${n}`).join('\n')}\n- Peers are bundled from their npm entry points with the stylesheets their documentation tells a page to load; they load everything up front, so a returning visitor pays the whole library again.\n\n${sizesSection(sizes)}` : failed(results.sizes, 'The size section')}`);

  out.push(`## Calendar rendering in Chromium

${
  calendar
    ? `Method: headless Chromium (flags \`--disable-frame-rate-limit --disable-gpu-vsync\`, so waiting for a frame adds no 60 Hz tick),
a page per library built with esbuild, Warsaw time, 1100×900 viewport, a 1,000 px wide calendar. Each sample is a fresh
page. A **cold** sample is the page's first calendar (a first-time visitor: cold caches and JIT, and the page's first use
of \`Intl\`, whose locale data alone takes 10–25 ms to load on this kind of machine whatever the library). A **warm**
sample first renders ${calendar.options.warmRounds} calendar(s) of other months' events in the same page, unmeasured, with a month switch each, and
takes them down (the library's own destroy), as js-framework-benchmark warms up before it measures; it is what every later
render costs, and what the per-frame targets of the element issue are read against. **First render** is timed in the page from the mount call until the
month's title and at least one event are in the DOM and the next frame has been drawn (\`requestAnimationFrame\`, then a
message handled after that frame's paint); Razem's Lit update is awaited first. **Month switch** is the same from the
library's "next month" call (Razem: setting \`month\`). Events are synthetic, seeded and contract-valid, in November 2026
and as many again in December (the month switched to); 5 % all-day, 3 % multi-day. Every library collapses crowded
days into "+N more" (Razem by design; FullCalendar \`dayMaxEvents: 2\`; EventCalendar \`dayMaxEvents: true\` with a
740 px height). DOM elements include shadow roots. Before any sample each library renders 50 events once, unmeasured (Chromium's
first-use costs land on no library); samples then go round the libraries in turn. Median of up to ${calendar.options.repeats} samples per cell (fewer
when one cell would take over ${calendar.options.budgetMs / 1000} s); a page call over the ${calendar.options.capMs / 1000} s cap is reported as
"> cap", not left out.

For reference, the element issue quotes FullCalendar 7 at 159 ms (first render) and 64 ms (switch) with 2,000 events and
344 ms with 10,000, and @event-calendar/core 5 at about 19 s, measured elsewhere; compare ratios, not times.

${calendarSection(calendar, results.versions)}`
    : failed(results.calendar, 'The calendar section')
}`);

  out.push(`## Consent

${
  consent
    ? `Method: the same page harness (esbuild, served uncompressed from loopback, headless Chromium). An inline script in
the head marks **script start** before the library's module is fetched. **Banner interactive**: the first layer's
buttons are in the DOM and shown, and the next frame has been drawn (seen by a MutationObserver, then checked each
frame until shown). Then "accept all" and a reload: **decision applied** is when the library has read and applied the
stored decision (Razem: its core module has run; vanilla-cookieconsent: its \`onConsent\` callback). Files and bytes are
the scripts and stylesheets the visit fetched, uncompressed. One unmeasured visit per library first; then the median of
${consent.options.repeats} fresh contexts.

${consentSection(consent, results.versions)}`
    : failed(results.consent, 'The consent section')
}`);

  out.push(`## API

${
  api
    ? `Method: [autocannon](https://github.com/mcollina/autocannon), ${api.options.connections} connections, ${api.options.durationSeconds} s per row after a 1 s warm-up,
load generator and server in separate processes on the same machine. The Razem API is the real server
(\`@razem/api/testing\`: seeded, generous rate limits, silent logs); PostgreSQL runs in an isolated schema dropped
afterwards. The **bare Hono handler** (same run) serves the very page the Razem API answered, serialised per request,
with Hono's ETag middleware, and answers \`POST /v1/ideas\` with a receipt after reading the JSON: no database,
validation, keys, rate limits or logs. The API keeps no server-side response cache; the **cached** row is the
\`If-None-Match\` revalidation (304) a browser or CDN sends for a copy it holds. \`POST /v1/ideas\` sends a fresh
\`Idempotency-Key\` each time, as the SDK does.
${api.notes.map((n) => `\n- ${n}`).join('')}

${apiSection(api)}`
    : failed(results.api, 'The API section')
}`);

  out.push(`## SDK validation

${
  sdk
    ? `Method: [${sdk.tool}](https://github.com/tinylibs/tinybench) (a programmatic API whose statistics go straight into the
JSON report; vitest bench would mean parsing a reporter's output), 3 rounds per task, median of the rounds' medians.
One answer of 1,000 contract events. \`events.list()\` runs the whole client (fetch, retries, timeouts, contract
validation) against an in-memory \`fetch\`, beside the same \`fetch\` with \`response.json()\`. Node runs zod with its JIT;
browsers run the SDK with zod \`jitless\` (strict CSP), measured in a worker.
${sdk.notes.map((n) => `\n- ${n}`).join('')}

${sdkSection(sdk)}`
    : failed(results.sdk, 'The SDK section')
}`);

  out.push(`## Reproduce

\`\`\`sh
pnpm install
pnpm bench                      # builds what it needs (turbo), then every section; about 5–10 minutes
pnpm --filter @razem/bench bench -- --only sizes,calendar   # some sections (sizes, sdk, api, calendar, consent)
\`\`\`

PostgreSQL: \`TEST_DATABASE_URL\` (default ${redact('postgres://postgres@127.0.0.1:5432/test')}); without it the PostgreSQL rows are
skipped with a note. Chromium: \`CHROMIUM_PATH\` (default \`/usr/bin/chromium\`). Nothing is fetched from outside
loopback.`);
  return `${out.join('\n\n')}\n`;
}
