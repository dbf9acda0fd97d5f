/**
 * Bundle sizes: each Razem element, the SDK, the CDN loader and the consent paths, beside
 * vanilla-cookieconsent, klaro, FullCalendar (core + daygrid + list + classic theme) and
 * @event-calendar/core (core + DayGrid + List), all through `bundle.ts`. Razem is bundled from
 * its published entry points (`@razem/widgets/<element>/define`, `@razem/sdk`) as an app would
 * import them; peers from their npm entry points with the stylesheets their docs tell you to load.
 */
import { join, relative, resolve } from 'node:path';
import { versionOf } from '../lib/versions.ts';
import { bundle, closure, measure, type Bundle, type OutputFile, type Sizes } from './bundle.ts';
import { cdnSizes, loaderSizes } from './cdn.ts';

/** One row of the size table. */
export interface SizeRow {
  id: string;
  /** What is compared: rows of one group sit in one table. */
  group: 'calendar' | 'consent' | 'returning' | 'elements' | 'sdk';
  library: string;
  label: string;
  sizes: Sizes | null;
  /** The same files from the widgets' CDN build, as served (Razem elements only). */
  cdn?: Sizes;
  /** Budget from the element issues, min+gzip bytes. */
  targetGzip?: number;
  note?: string;
}

/** The size section's results. */
export interface SizeResults {
  method: string;
  rows: SizeRow[];
  notes: string[];
}

const benchRoot = resolve(import.meta.dirname, '../..');
const widgetsDist = resolve(benchRoot, '../../packages/widgets/dist');

const RUNTIME_INPUT = /(^|\/)node_modules\/(.*\/node_modules\/)?(lit|lit-html|lit-element|@lit\/reactive-element|zod)\/|\/packages\/(sdk|contract)\/dist\//;
const OTHER_LANGUAGE = /\/locales-(en|uk)[-.]/;

/** A lazy chunk holding only English or Ukrainian copy: a Polish page never loads it. */
const otherLanguage = (file: OutputFile) => file.inputs.length > 0 && file.inputs.every((input) => OTHER_LANGUAGE.test(input));
/** Follows every lazy import a Polish page can make. */
const polish = (file: OutputFile) => !otherLanguage(file);

const ELEMENTS = ['partner-list', 'event-calendar', 'idea-form', 'consent-banner', 'consent-settings', 'consent'] as const;
const define = (element: string) => `import '@razem/widgets/${element}/define';\n`;

/** Single-entry bundle of `source`, returning the bundle and its entry file. */
async function single(source: string): Promise<{ b: Bundle; entry: string }> {
  const b = await bundle({ entry: source });
  return { b, entry: b.entries.get('entry')! };
}

async function razemRows(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  const sdkEvents = await single(`export { createRazemHttp, EventsResource } from '@razem/sdk';\n`);
  rows.push({
    id: 'sdk-events',
    group: 'sdk',
    library: 'Razem',
    label: 'SDK: list events (createRazemHttp + EventsResource, with zod and the event schemas)',
    sizes: measure(sdkEvents.b, closure(sdkEvents.b, sdkEvents.entry)),
    targetGzip: 9_000,
  });
  const sdkClient = await single(`export { createRazemClient } from '@razem/sdk';\n`);
  rows.push({
    id: 'sdk-client',
    group: 'sdk',
    library: 'Razem',
    label: 'SDK: createRazemClient (every public resource)',
    sizes: measure(sdkClient.b, closure(sdkClient.b, sdkClient.entry)),
  });

  // Every element on one page, with Lit, zod, the SDK and the contract forced into one
  // chunk: that chunk is the shared runtime, and what else an element loads is its own cost.
  const all = await bundle(Object.fromEntries(ELEMENTS.map((element) => [element, define(element)])), [
    { name: 'runtime', test: RUNTIME_INPUT },
  ]);
  const everything = (element: string) => closure(all, all.entries.get(element)!, polish);
  const runtime = new Set([...all.files.values()].filter((file) => file.inputs.some((i) => RUNTIME_INPUT.test(i))).map((f) => f.path));
  rows.push({
    id: 'runtime',
    group: 'elements',
    library: 'Razem',
    label: 'shared runtime: Lit + SDK + schemas (loaded once per page)',
    sizes: measure(all, [...runtime]),
    targetGzip: 22_000,
  });
  const onTop = (element: string) => measure(all, everything(element).filter((path) => !runtime.has(path)));

  const alone = async (element: string) => {
    const { b, entry } = await single(define(element));
    return { initial: measure(b, closure(b, entry)), full: measure(b, closure(b, entry, polish)) };
  };
  const partners = await alone('partner-list');
  rows.push(
    { id: 'partner-list-inline', group: 'elements', library: 'Razem', label: 'partner-list, inline JSON (Lit + element, no SDK)', sizes: partners.initial, targetGzip: 10_000 },
    { id: 'partner-list-api', group: 'elements', library: 'Razem', label: 'partner-list from the API (everything, Polish)', sizes: partners.full, targetGzip: 26_000 },
  );
  const form = await alone('idea-form');
  rows.push(
    { id: 'idea-form-on-top', group: 'elements', library: 'Razem', label: 'idea form on top of the runtime', sizes: onTop('idea-form'), targetGzip: 8_000 },
    { id: 'idea-form-standalone', group: 'elements', library: 'Razem', label: 'idea form standalone (everything, Polish)', sizes: form.full, targetGzip: 30_000 },
  );
  const calendar = await alone('event-calendar');
  rows.push(
    { id: 'calendar-on-top', group: 'elements', library: 'Razem', label: 'event calendar on top of the runtime', sizes: onTop('event-calendar'), targetGzip: 10_000 },
    {
      id: 'calendar-initial',
      group: 'calendar',
      library: 'Razem',
      label: 'event calendar, events given (inline JSON or property; no SDK)',
      sizes: calendar.initial,
    },
    {
      id: 'calendar-standalone',
      group: 'calendar',
      library: 'Razem',
      label: 'event calendar standalone from the API (everything, Polish)',
      sizes: calendar.full,
      targetGzip: 32_000,
    },
  );

  // Consent: a returning visitor loads the core alone; a first visit adds the banner (Polish).
  const consent = await single(define('consent'));
  const core = closure(consent.b, consent.entry);
  const bannerChunk = core
    .flatMap((path) => consent.b.files.get(path)?.dynamicImports ?? [])
    .find((path) => consent.b.files.get(path)!.inputs.some((input) => /consent-banner\/define\.js$/.test(input)));
  if (!bannerChunk) throw new Error('the consent core does not load the banner lazily any more; update the size bench');
  const bannerStatic = closure(consent.b, bannerChunk);
  const polishCopy = bannerStatic
    .flatMap((path) => consent.b.files.get(path)?.dynamicImports ?? [])
    .filter((path) => consent.b.files.get(path)!.inputs.every((input) => /\/locales-pl[-.]/.test(input)));
  const firstVisit = [...new Set([...core, ...closure(consent.b, [bannerChunk, ...polishCopy])])];
  rows.push(
    { id: 'consent-returning', group: 'returning', library: 'Razem', label: 'consent core: a returning visitor (no UI, no SDK)', sizes: measure(consent.b, core), targetGzip: 3_000 },
    { id: 'consent-first-visit', group: 'consent', library: 'Razem', label: 'consent first visit: core + banner + Lit + styles, Polish', sizes: measure(consent.b, firstVisit), targetGzip: 12_000 },
  );
  const settings = await single(define('consent-settings'));
  rows.push({
    id: 'consent-settings',
    group: 'elements',
    library: 'Razem',
    label: 'consent settings link (withdrawal, on every page)',
    sizes: measure(settings.b, closure(settings.b, settings.entry)),
  });
  rows.push(loaderRow());
  return rows;
}

/**
 * The CDN loader: measured as served when `packages/widgets/dist/cdn/loader.js` exists, so the
 * bench picks it up without a change here.
 */
function loaderRow(): SizeRow {
  const label = 'CDN loader (one script tag; loads the elements a page uses)';
  const loader = loaderSizes(join(widgetsDist, 'cdn'));
  if (!loader) return { id: 'cdn-loader', group: 'elements', library: 'Razem', label, sizes: null, note: 'not built yet' };
  return { id: 'cdn-loader', group: 'elements', library: 'Razem', label, sizes: loader.sizes, note: `as served: ${loader.files.join(' + ')}` };
}

async function peerRow(row: Omit<SizeRow, 'sizes'>, source: string): Promise<SizeRow> {
  const { b, entry } = await single(source);
  return { ...row, sizes: measure(b, closure(b, entry, () => true)) };
}

async function peerRows(): Promise<SizeRow[]> {
  const fc = `FullCalendar ${versionOf('fullcalendar')}`;
  const ec = `@event-calendar/core ${versionOf('@event-calendar/core')}`;
  const cc = `vanilla-cookieconsent ${versionOf('vanilla-cookieconsent')}`;
  const klaro = `klaro ${versionOf('klaro')}`;
  const fullcalendar = [
    `export { Calendar } from 'fullcalendar';`,
    `export { default as dayGrid } from 'fullcalendar/daygrid';`,
    `export { default as list } from 'fullcalendar/list';`,
    `export { default as classic } from 'fullcalendar/themes/classic';`,
    `import 'fullcalendar/skeleton.css';`,
    `import 'fullcalendar/themes/classic/theme.css';`,
    `import 'fullcalendar/themes/classic/palette.css';`,
  ].join('\n');
  const eventCalendar = `export { createCalendar, DayGrid, List } from '@event-calendar/core';\nimport '@event-calendar/core/index.css';\n`;
  const cookieConsent = `export * as CookieConsent from 'vanilla-cookieconsent';\nimport 'vanilla-cookieconsent/dist/cookieconsent.css';\n`;
  const rows = await Promise.all([
    peerRow({ id: 'fullcalendar', group: 'calendar', library: fc, label: 'core + daygrid + list + classic theme, with CSS' }, fullcalendar),
    peerRow({ id: 'event-calendar', group: 'calendar', library: ec, label: 'core + DayGrid + List, with CSS' }, eventCalendar),
    peerRow({ id: 'cookieconsent', group: 'consent', library: cc, label: 'library + CSS (first visit)' }, cookieConsent),
    peerRow({ id: 'klaro', group: 'consent', library: klaro, label: 'default build (CSS and translations inside)' }, `export * as klaro from 'klaro';\n`),
    peerRow(
      { id: 'klaro-no-css', group: 'consent', library: klaro, label: 'no-CSS build + klaro.min.css' },
      `export * as klaro from 'klaro/dist/klaro-no-css.js';\nimport 'klaro/dist/klaro.min.css';\n`,
    ),
  ]);
  // Neither peer loads less for a visitor who already decided: the whole library runs every time.
  const returning = rows
    .filter((row) => row.id === 'cookieconsent' || row.id === 'klaro')
    .map((row) => ({ ...row, id: `${row.id}-returning`, group: 'returning' as const, label: 'returning visitor: the same library loads' }));
  return [...rows, ...returning];
}

/** Runs the size section. */
export async function benchSizes(): Promise<SizeResults> {
  const cdn = cdnSizes(join(widgetsDist, 'cdn'));
  const rows = [...(await razemRows()), ...(await peerRows())].map((row) => (cdn.has(row.id) ? { ...row, cdn: cdn.get(row.id)! } : row));
  return {
    method:
      'rolldown (the bundler behind size-limit 14, which the SDK and widgets budgets use, and Vite 8): ESM, tree-shaken, code-split, minified, NODE_ENV=production, comments dropped; imported stylesheets minified by esbuild. Each output file is then compressed on its own with zlib, gzip level 9 and brotli quality 11; a row is the sum over the files a page loads.',
    rows,
    notes: [
      `Razem is bundled from ${relative(resolve(benchRoot, '../..'), widgetsDist)} and packages/sdk/dist as an app imports it; its lazy chunks count only where a page loads them (Polish copy; English/Ukrainian chunks left out).`,
      "The CDN column measures packages/widgets/dist/cdn as served to a <script type=module> page (its own chunk layout: one runtime chunk with Lit and the shared code, one SDK chunk, Lit templates compacted), compressed the same way.",
    ],
  };
}
