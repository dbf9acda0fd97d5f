/**
 * Size budgets of the CDN build (min + gzip, each file compressed on its own as browsers fetch
 * it), checked by `pnpm test`. Which files count comes from the chunk graph of build/cdn.ts
 * (build/bundle-graph.mjs). Definitions (also in README "Size"):
 *
 * - shared runtime: Lit and the shared foundations, the SDK core (zod, HTTP core, errors) and
 *   the contract's building blocks: files loaded once per page however many elements use them.
 * - on top of the shared runtime: the element's own files (any file holding element code) that it
 *   loads to do its job, up front and lazily in normal use, with one language of copy.
 * - standalone: everything a page with only that element downloads, with one language.
 * - one language: Polish (built in), or the largest lazily loaded English/Ukrainian copy.
 *
 * Every check enforces the target where it is met. Where it is not, the limit is the
 * measured size rounded up to the next 0.1 kB, at least 0.1 kB above it (a rebuild that renames a
 * hashed chunk changes import strings by a byte or two; a small fix should not need a new limit), so growth fails, and the check's name
 * says the target, how far above it the build is now (computed here, so it cannot go stale) and
 * why.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadGraph } from './build/bundle-graph.mjs';

const graph = loadGraph(import.meta.dirname);
const LIT = /^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//;
const SDK = /^node_modules\/zod\/|^(sdk|contract)\/src\//;
const LOCALE = /\/locales-[a-z]+\.ts$/;
const OTHER_LANGUAGE = /\/locales-(en|uk)\.ts$/;

const gzip = (file) => gzipSync(readFileSync(new URL(file, import.meta.url)), { level: 9 }).length;
const sizeOf = (files) => files.reduce((sum, file) => sum + gzip(file), 0);
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const isLocale = (file) => graph.outputs[file].modules.every((id) => LOCALE.test(id));
/** The largest of `files` (the heaviest language, when comparing copy chunks). */
const largest = (files) => [...files].sort((a, b) => gzip(b) - gzip(a)).slice(0, 1);
const own = (files) => files.filter(graph.isElementCode);
const withoutLocales = (files) => files.filter((file) => !isLocale(file));
const unique = (...lists) => [...new Set(lists.flat())].sort();

/** Fails the build (not just a check) when a page would download what it must not. */
function forbid(files, pattern, message) {
  const found = files.filter((file) => graph.holds(file, pattern));
  if (found.length) throw new Error(`${message}: ${found.join(', ')}`);
}

const checks = [];
// The file measurements need no bundler: these are already the files browsers fetch.
const measure = (name, path, limit) => checks.push({ name, path, limit, gzip: true, rolldown: false });

/**
 * A budget with the issue's `target` (kB). Met: the target is the limit. Not met: `limit` (the
 * measured size, rounded up) holds the line and `why` says what stands between the two.
 */
function budget(name, files, target, { limit, why } = {}) {
  const size = sizeOf(files);
  if (!limit) return measure(`${name} (target ${target} kB)`, files, `${target} kB`);
  const gap = size - target * 1000;
  const status = gap > 0 ? `${kB(gap)} over the target: ${why}` : `now within the target; make ${target} kB the limit`;
  measure(`${name} (target ${target} kB, not met: ${status})`, files, limit);
}

/** Everything `entry` can load, with the English/Ukrainian copy swapped for its largest one. */
const everything = (entry) => {
  const all = graph.closure(entry, { dynamic: true });
  return {
    files: withoutLocales(all),
    polish: all.filter((file) => isLocale(file) && graph.holds(file, /locales-pl\.ts$/)),
    other: largest(all.filter((file) => graph.holds(file, OTHER_LANGUAGE))),
  };
};

// The shared runtime: Lit + shared foundations + SDK core + contract building blocks, i.e. every
// file without element code that several elements load.
const SHARED = /^widgets\/src\/shared\//;
const core = graph.files.filter((file) => graph.holds(file, LIT));
const sdk = graph.files.filter((file) => graph.holds(file, /^node_modules\/zod\/|^sdk\/src\/http\.ts$/));
const foundations = graph.files.filter((file) => graph.holds(file, SHARED) && !core.includes(file) && !sdk.includes(file));
const blocks = graph.files.filter((file) =>
  graph.outputs[file].modules.every((id) => /^contract\/src\/(common|response|enums|fields)\.ts$/.test(id)),
);
const runtime = unique(core, foundations, sdk, blocks);
forbid(core, SDK, 'the Lit core chunk holds SDK code');
forbid(sdk, LIT, 'the SDK chunk holds Lit');
forbid(sdk, /^contract\/src\/(idea|event|partner|consent)\.ts$/, 'an element-only schema is in the shared SDK chunk');
forbid(sdk, /^sdk\/src\/(resources|admin)\//, 'an SDK resource is in the shared SDK chunk');

const runtimeSize = kB(sizeOf(runtime));
const litCore = kB(sizeOf(unique(core, foundations)));

budget('shared runtime: Lit + shared foundations + SDK core (zod, HTTP, errors) + contract building blocks', runtime, 22);
measure('runtime part: Lit + define() + tokens (every Lit element, the consent banner included)', core, '6.8 kB');
measure('runtime part: shared foundations (states, localization, base class, config)', foundations, '2.1 kB');
measure('runtime part: SDK core (zod, HTTP core, errors, schema building blocks; pages calling the API)', sdk, '9.5 kB');

// <razem-partner-list>: inline JSON loads no SDK code; from the API, the whole page.
{
  const entry = graph.entry('partner-list');
  const initial = graph.closure(entry);
  forbid(initial, SDK, 'partner-list loads SDK code before calling the API');
  const { files, other } = everything(entry);
  const why = `Lit with the shared foundations is ${litCore} before the element (filters, search, three layouts, JSON-LD: ${kB(sizeOf(own(initial)))})`;
  budget('partner-list: inline JSON, Polish (Lit + element, no SDK)', initial, 10, { limit: '13.4 kB', why });
  budget('partner-list: inline JSON, English/Ukrainian page', [...initial, ...other], 10, { limit: '14.4 kB', why });
  budget('partner-list: from the API, everything, one language', [...files, ...other], 26);
}

// <razem-idea-form>: no inline-JSON mode; validation, delivery and status load on first use.
{
  const entry = graph.entry('idea-form');
  forbid(graph.closure(entry), SDK, 'idea-form loads SDK code before it is needed');
  const { files, other } = everything(entry);
  const why =
    'drafts, the offline outbox, GOV.UK-style errors, the status check, two-tab safety, undo and their copy; 8 kB would mean dropping features the issue asks for';
  budget('idea-form: on top of the shared runtime, Polish (everything it loads)', own(files), 8, { limit: '15 kB', why });
  budget('idea-form: on top of the shared runtime, English/Ukrainian', [...own(files), ...other], 8, { limit: '18 kB', why });
  budget('idea-form: standalone (Lit + SDK + schemas + element), one language', [...files, ...other], 30, {
    limit: '36.1 kB',
    why: `the shared runtime is ${runtimeSize} and the element's own files are over their 8 kB`,
  });
}

// <razem-event-calendar> (see its section in the widgets README): the grid and list up front;
// the details dialog, filters and deep links on first use; the API code once the API is called.
{
  const entry = graph.entry('event-calendar');
  const initial = graph.closure(entry);
  forbid(initial, SDK, 'event-calendar loads SDK code before calling the API');
  const { files, other } = everything(entry);
  // Over the 10 kB target by the error, Retry and loading note shown when the dialog's chunk is slow or does not arrive.
  measure('event-calendar: own files up front, Polish (what renders the month or list)', own(initial), '10.5 kB');
  budget('event-calendar: on top of the shared runtime (up front + dialog + API code), one language', [...own(files), ...other], 10, {
    limit: '19.4 kB',
    why: `month grid, list, APG keyboard grid, time zones, the details dialog with .ics/Google/Outlook, deep links and range caching; up front it is ${kB(sizeOf(own(initial)))}`,
  });
  budget('event-calendar: standalone with styles, inline JSON, one language', [...initial, ...other], 32);
  budget('event-calendar: standalone with styles, from the API, one language', [...files, ...other], 32, {
    limit: '38 kB',
    why: `the shared runtime is ${runtimeSize} and the element's own files are over their 10 kB`,
  });
}

// Consent: the core every configured page loads first (no Lit, no SDK), a first visit (core +
// banner + the Lit core chunk + one language of copy), the settings link.
{
  const coreFiles = graph.closure(graph.entry('consent'));
  forbid(coreFiles, new RegExp(`${LIT.source}|${SDK.source}`), 'the consent core loads Lit or SDK code');
  const banner = graph.entry('consent-banner');
  const firstVisit = unique(coreFiles, graph.closure(banner));
  forbid(firstVisit, SDK, 'a first visit loads SDK code');
  forbid(firstVisit, /^widgets\/src\/shared\/(localize|states|element)\.ts$/, 'a first visit loads shared foundations the banner does not use');
  const { polish, other } = everything(banner);
  budget('consent: core, every configured page (no Lit, no SDK)', coreFiles, 3);
  budget('consent: first visit, Polish (core + banner + Lit + styles + copy)', [...firstVisit, ...polish], 12);
  budget('consent: first visit, English/Ukrainian', [...firstVisit, ...other], 12);
  measure('consent: settings link (no Lit)', graph.closure(graph.entry('consent-settings')), '1 kB');
}

// Entry points of the CDN build itself.
{
  const loader = 'dist/cdn/loader.js';
  const manifest = JSON.parse(readFileSync(new URL('dist/cdn/manifest.json', import.meta.url), 'utf8'));
  budget('loader.js (the one script tag)', [loader], 1.5);
  measure('integrity table the loader loads (one sha384 per file, incompressible)', [`dist/cdn/${manifest.integrityTable}`], '2.3 kB');
  measure(
    'stable entries: define.js and every <element>/define.js (one import each)',
    manifest.mutable.filter((file) => file !== 'loader.js').map((file) => `dist/cdn/${file}`),
    '0.6 kB',
  );
}

export default checks;
