/**
 * Accessible placeholders for embeds (video, maps) whose category is not granted. Loaded by the
 * core only when a page has such embeds, so returning visitors who consented never fetch it.
 * The placeholder's shadow root keeps page CSS out; its sheet is adopted, which a strict
 * Content-Security-Policy allows without `unsafe-inline`.
 */
import { categoryLabel } from './category-locales.js';
import type { ConsentManager, Locale } from './types.js';

const COPY: Record<Locale, { text: string; load: string; settings: string; unknown: string }> = {
  pl: {
    text: 'Ta treść może zapisywać pliki cookie (kategoria: {category}), więc nie wyświetlamy jej bez Twojej zgody.',
    load: 'Wczytaj tę treść',
    settings: 'Ustawienia plików cookie',
    unknown: 'Treść zewnętrzna',
  },
  en: {
    text: 'This content may set cookies (category: {category}), so we do not show it without your consent.',
    load: 'Load this content',
    settings: 'Cookie settings',
    unknown: 'External content',
  },
  uk: {
    text: 'Цей вміст може зберігати файли cookie (категорія: {category}), тому ми не показуємо його без вашої згоди.',
    load: 'Завантажити цей вміст',
    settings: 'Налаштування файлів cookie',
    unknown: 'Зовнішній вміст',
  },
};

const CSS = `:host{display:flex;box-sizing:border-box;max-width:100%;align-items:center;justify-content:center;
padding:1rem;background:var(--razem-color-surface-muted,#f1f3f5);color:var(--razem-color-text,#1b1f24);
border:1px solid var(--razem-color-border,#6b7280);border-radius:var(--razem-radius,.5rem);
font:1rem/1.5 var(--razem-font-family,system-ui,sans-serif)}
div{max-width:36rem;text-align:center}p{margin:0 0 .75rem}
button{font:inherit;min-height:44px;margin:.25rem;padding:.5rem 1rem;cursor:pointer;border-radius:var(--razem-radius,.5rem);
border:2px solid var(--razem-color-accent,#0b5394);background:var(--razem-color-accent,#0b5394);color:var(--razem-color-on-accent,#fff)}
button+button{background:transparent;color:var(--razem-color-accent,#0b5394)}
button:focus-visible{outline:3px solid var(--razem-color-focus,#c2410c);outline-offset:2px}`;

let sheet: CSSStyleSheet | undefined;

/**
 * Puts a placeholder before each blocked embed and hides the embed. The core passes its
 * `release` and placeholder registry rather than this chunk importing them, so the core stays
 * one file.
 */
export function addPlaceholders(
  embeds: Element[],
  manager: ConsentManager,
  release: (el: Element) => void,
  placeholders: WeakMap<Element, Element>,
): void {
  const lang = manager.config.language;
  const copy = COPY[lang];
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  for (const el of embeds) {
    if (placeholders.has(el) || !el.isConnected) continue;
    const ids = (el.getAttribute('data-razem-consent') ?? '').split(' ').filter(Boolean);
    const categories = ids.map((id) => {
      const c = manager.config.categories.find((x) => x.id === id);
      return c ? categoryLabel(c, lang) : id;
    });
    const serviceId = el.getAttribute('data-razem-service');
    const service =
      manager.config.categories.flatMap((c) => c.services ?? []).find((s) => s.id === serviceId)?.name ??
      serviceId ??
      el.getAttribute('title') ??
      copy.unknown;

    const host = document.createElement('div');
    host.className = 'razem-embed-placeholder';
    host.setAttribute('role', 'group');
    host.setAttribute('aria-label', service);
    // Same footprint as the embed, so loading it later shifts nothing.
    const { width, height } = el.getBoundingClientRect();
    if (width && height) {
      host.style.width = `${width}px`;
      host.style.aspectRatio = `${width} / ${height}`;
    }
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const box = document.createElement('div');
    const title = document.createElement('p');
    title.append(Object.assign(document.createElement('strong'), { textContent: service }));
    const text = document.createElement('p');
    // A page may describe its own embed (`data-razem-placeholder`), e.g. a map it hosts itself.
    text.textContent = (el.getAttribute('data-razem-placeholder') ?? copy.text).replace('{category}', categories.join(', '));
    const load = Object.assign(document.createElement('button'), { type: 'button', textContent: copy.load });
    const settings = Object.assign(document.createElement('button'), { type: 'button', textContent: copy.settings });
    load.setAttribute('part', 'button');
    settings.setAttribute('part', 'button');
    load.onclick = () => {
      release(el);
      if (el instanceof HTMLIFrameElement) el.focus();
    };
    settings.onclick = () => void manager.show('settings');
    box.append(title, text, load, settings);
    root.append(box);
    placeholders.set(el, host);
    if (el instanceof HTMLIFrameElement) el.setAttribute('hidden', '');
    el.before(host);
  }
}
