/**
 * Which file the CDN loader loads for what it finds on a page (used by build/cdn.ts).
 */

/** Element folder (`partner-list`) → its content-hashed entry (`partner-list/define-<hash>.js`). */
export type CdnEntries = Record<string, string>;

/** What the loader is built with (`__RAZEM_LOADER__` in src/loader/loader.ts). */
export interface LoaderTable {
  sri: [path: string, integrity: string];
  load: [selector: string, path: string][];
}

/**
 * The loader's table: the consent core first (for a page that configures consent or places a
 * banner; the core loads the banner itself, and only when a decision is needed, so returning
 * visitors never download it), then one `razem-<folder>` tag per element.
 */
export function loaderTable(entries: CdnEntries, sri: LoaderTable['sri']): LoaderTable {
  const { consent, 'consent-banner': _banner, ...elements } = entries;
  if (!consent) throw new Error('the CDN build has no consent core');
  return {
    sri,
    load: [
      ['#razem-consent-config,razem-consent-banner', consent],
      ...Object.entries(elements).map(([folder, file]): [string, string] => [`razem-${folder}`, file]),
    ],
  };
}
