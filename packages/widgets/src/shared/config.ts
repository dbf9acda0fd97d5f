/**
 * Where the API is and which publishable key to send. Each element takes `api-base` and
 * `api-key` attributes; a page with several elements states them once in `<meta>` tags instead:
 *
 * ```html
 * <meta name="razem:api-base" content="https://api.example.pl">
 * <meta name="razem:api-key" content="rzm_pk_…">
 * ```
 *
 * Meta tags rather than a global script object because they work under a strict
 * Content-Security-Policy (no inline script needed) and in any CMS that lets editors add meta tags.
 */

/** The API location and key an element talks to. */
export interface RazemConfig {
  /** Base URL of the API, e.g. `http://127.0.0.1:8787`. */
  apiBase: string | undefined;
  /** Publishable key (`rzm_pk_…`); public reads work without one. */
  apiKey: string | undefined;
}

function meta(name: string): string | undefined {
  // No document when rendered on a server: only the element's own attributes count there.
  return globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;
}

/** Element attributes win over the page-wide meta tags. */
export function resolveConfig(element: { apiBase?: string | undefined; apiKey?: string | undefined }): RazemConfig {
  return {
    apiBase: element.apiBase?.trim() || meta('razem:api-base'),
    apiKey: element.apiKey?.trim() || meta('razem:api-key'),
  };
}
