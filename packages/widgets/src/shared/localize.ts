/**
 * Localization controller shared by every element: follows `lang` on the element, the closest
 * ancestor with `lang`, or `<html lang>`, re-renders when any of them changes, and merges
 * per-element copy overrides over the built-in copy.
 *
 * Polish copy ships with the element; English and Ukrainian copy are modules loaded only by pages
 * that need them (three languages of copy would otherwise be a fifth of an element's weight).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeLocale, plural, type PluralCopy, type RazemLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/** An element's copy by locale: Polish inline, the others inline or loaded on demand. */
export type Catalog<Copy> = { pl: Copy } & Record<Exclude<RazemLocale, 'pl'>, Copy | (() => Promise<Copy>)>;

/** Nearest `lang` on the element or its ancestors, crossing shadow roots outwards. */
export function findLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    // Duck-typed, not `instanceof Element`/`ShadowRoot`: server-side rendering has neither global.
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
    // 11 = DOCUMENT_FRAGMENT_NODE: from a shadow root, continue at its host.
    node = node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
  }
  return undefined;
}

const controllers = new Set<LocalizeController<object>>();
/** Polish stand-ins for copy that failed to download, and the download to try again. */
const failed = new WeakMap<object, () => Promise<object>>();
let observer: MutationObserver | undefined;

/**
 * Reads the current locale for `host` and exposes its copy.
 *
 * @typeParam Copy - the element's copy: strings and {@link PluralCopy} entries.
 */
export class LocalizeController<Copy extends object> implements ReactiveController {
  /** The language currently rendered. */
  locale: RazemLocale = 'pl';
  /**
   * The language `lang` asks for (none before the first sync); ahead of {@link locale} while its
   * copy downloads.
   */
  private wanted?: RazemLocale;

  constructor(
    private readonly host: Host,
    private readonly catalog: Catalog<Copy>,
    private readonly overrides: () => Partial<Copy> | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /**
   * True while the first copy is downloading; elements show their loading state rather than
   * flash text in the wrong language. A later switch of `lang` keeps the language shown until
   * the new copy is there, so what the visitor is doing (focus, an open dialog) stays put.
   */
  get loading(): boolean {
    return typeof this.catalog[this.locale] === 'function';
  }

  /**
   * The copy in the current locale with the element's overrides applied (Polish while
   * {@link loading}).
   */
  get copy(): Copy {
    const copy = this.catalog[this.locale];
    return { ...(typeof copy === 'function' ? this.catalog.pl : copy), ...this.overrides() };
  }

  /** `forms` in the plural category of `count` for the current locale. */
  plural(count: number, forms: PluralCopy): string {
    return plural(this.locale, count, forms);
  }

  hostConnected(): void {
    controllers.add(this as LocalizeController<object>);
    // One observer for the whole page: `lang` changes anywhere are rare and cheap to re-check.
    observer ??= new MutationObserver(() => controllers.forEach((c) => c.sync()));
    if (controllers.size === 1) {
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.sync();
  }

  hostDisconnected(): void {
    controllers.delete(this as LocalizeController<object>);
    if (controllers.size === 0) observer?.disconnect();
  }

  /** Re-reads `lang`; re-renders the host when the locale changed, loading its copy first. */
  sync(): void {
    const next = normalizeLocale(findLang(this.host));
    const first = !this.wanted;
    if (next === this.wanted) return;
    this.wanted = next;
    const entry = (failed.get(this.catalog[next]) as (() => Promise<Copy>) | undefined) ?? this.catalog[next];
    if (typeof entry === 'function') {
      this.catalog[next as Exclude<RazemLocale, 'pl'>] = entry;
      if (first) this.locale = next;
      entry()
        .then(
          // Cached in the catalog, so every element of this kind shares one download.
          (copy) => (this.catalog[next as Exclude<RazemLocale, 'pl'>] = copy),
          (error: unknown) => {
            console.warn(`[razem] could not load "${next}" copy; showing Polish`, error);
            // Polish rather than loading for ever; the next switch to this language downloads again.
            failed.set((this.catalog[next as Exclude<RazemLocale, 'pl'>] = { ...this.catalog.pl }), entry);
          },
        )
        .finally(() => {
          // Unless `lang` moved on meanwhile.
          if (this.wanted === next) this.locale = next;
          this.host.requestUpdate();
        });
      return;
    }
    this.locale = next;
    this.host.requestUpdate();
  }
}
