/**
 * The CDN loader (`dist/cdn/loader.js`): the one script a page without a build step needs.
 *
 * ```html
 * <script type="module" src="https://cdn.example/razem/loader.js" nonce="…"></script>
 * <razem-partner-list></razem-partner-list>
 * ```
 *
 * 1. Adds an import map whose `integrity` section holds the SRI hash of every file of the build,
 *    so each module fetched from then on (element files, chunks, lazily loaded copy and API code)
 *    is refused unless its content is exactly what was built. The hashes come from a content-hashed
 *    table module, itself checked against the hash built into this file.
 * 2. Loads the consent core first when the page configures consent (`#razem-consent-config` or a
 *    `<razem-consent-banner>`), before any other element.
 * 3. Loads the files of only the `razem-*` elements on the page, and of those added later (a
 *    MutationObserver watches the document until every kind is loaded). A file that failed to
 *    download is tried again a few times, and when the browser comes back online.
 *
 * Under a Content-Security-Policy the import map is an inline script: it carries the nonce of the
 * loader's own `<script>` tag, so give that tag the page's nonce. Nothing here uses eval or inline
 * handlers. Built by build/cdn.ts, which fills in `__RAZEM_LOADER__`; not part of the npm build.
 */

/** Filled in by build/cdn.ts: paths are relative to the loader's own URL. */
declare const __RAZEM_LOADER__: {
  /** The integrity table module (`sri-<hash>.js`) and its own SRI hash. */
  sri: [path: string, integrity: string];
  /** CSS selector → the file that defines what it matches. The consent core comes first. */
  load: [selector: string, path: string][];
};

const { sri, load } = __RAZEM_LOADER__;
const url = (path: string): string => new URL(path, import.meta.url).href;

// Module scripts have no `document.currentScript`: find our tag by URL. Browsers hide the nonce
// attribute's value; the `nonce` property keeps it.
const own = [...document.scripts].find((script) => script.src === import.meta.url);
const nonce = (own ?? document.querySelector<HTMLScriptElement>('script[nonce]'))?.nonce;

/** Adds an import map with SRI hashes for these files (Chromium merges maps added later). */
function integrity(hashes: Record<string, string>): void {
  const map = document.createElement('script');
  map.type = 'importmap';
  if (nonce) map.nonce = nonce;
  map.textContent = JSON.stringify({ integrity: Object.fromEntries(Object.entries(hashes).map(([path, hash]) => [url(path), hash])) });
  document.head.append(map);
}

const pending = new Map(load);
/** Files whose last download failed. */
const failed = new Set<string>();

/**
 * Imports a file. One that failed to download is tried again 2, 8 and 32 s later, and whenever
 * the browser comes back online: on a flaky connection it usually arrives, and the browser does
 * not retry, so the element stayed an unknown, empty tag for the page's life. Resolves after the
 * first attempt.
 */
function importFile(path: string, attempt = 0): Promise<unknown> {
  return import(/* @vite-ignore */ url(path)).then(
    () => failed.delete(path),
    (error: unknown) => {
      console.error(`[razem] could not load ${path}`, error);
      failed.add(path);
      if (attempt < 3) setTimeout(() => failed.has(path) && void importFile(path, attempt + 1), 2000 * 4 ** attempt);
    },
  );
}

addEventListener('online', () => failed.forEach((path) => void importFile(path, 3)));

/** Loads what the elements now on the page need; stops watching once everything is loaded. */
function scan(): void {
  for (const [selector, path] of pending) {
    if (!document.querySelector(selector)) continue;
    pending.delete(selector);
    void importFile(path);
  }
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver(scan);

integrity({ [sri[0]]: sri[1] });
try {
  integrity(((await import(/* @vite-ignore */ url(sri[0]))) as { default: Record<string, string> }).default);
} catch (error) {
  // Without the table nothing can be checked, so nothing is loaded.
  pending.clear();
  console.error('[razem] could not load the integrity table; no element is loaded', error);
}
// The consent core is the first entry of `load`: waiting for it means nothing else runs before
// the visitor's stored decision is applied.
const [consent, core] = load[0]!;
if (pending.has(consent) && document.querySelector(consent)) {
  pending.delete(consent);
  await importFile(core);
}
if (pending.size) {
  observer.observe(document, { childList: true, subtree: true });
  scan();
}
