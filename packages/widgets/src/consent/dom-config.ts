/**
 * Configuration written in the page: a `<script type="application/json" id="razem-consent-config">`
 * (or a JSON `<script>` inside `<razem-consent-banner>`), then the banner's attributes, which win.
 * `api-key="…"` → `apiKey`, `lang` → `language`, digits → numbers, `off`/`false` → `false`.
 * The API location and key may also come from the page-wide `<meta name="razem:api-base">` and
 * `<meta name="razem:api-key">` every Razem element reads.
 */
import { attempt } from './storage.js';
import type { ConsentConfig } from './types.js';

/** Reads the consent configuration from `doc`; malformed JSON is ignored, never thrown. */
export function readDomConfig(doc: Document): ConsentConfig {
  const banner = doc.querySelector('razem-consent-banner');
  const json = (doc.getElementById('razem-consent-config') ?? banner?.querySelector('script[type="application/json"]'))?.textContent;
  const parsed = json && attempt(() => JSON.parse(json) as unknown);
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="razem:${name}"]`)?.content;
  const config: Record<string, unknown> = {
    apiBase: meta('api-base'),
    apiKey: meta('api-key'),
    ...(parsed && typeof parsed === 'object' ? parsed : {}),
  };
  for (const { name, value } of banner?.attributes ?? []) {
    const key = name === 'lang' ? 'language' : name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    config[key] = /^\d+$/.test(value) ? +value : /^(off|false)$/.test(value) ? false : value;
  }
  return config;
}
