import type { Partner, PartnerKind } from '@razem/contract';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { RazemElement } from '../shared/element.js';
import { LocalizeController } from '../shared/localize.js';
import { emptyState, errorState, loadingState } from '../shared/states.js';
import { isHttpUrl } from '../shared/urls.js';
import { partnerListCopy, type PartnerListCopy } from './locales.js';
import { partnerListStyles } from './partner-list.styles.js';
import {
  displayHost,
  filterPartners,
  kindsOf,
  localized,
  parseInlinePartners,
  partnersJsonLd,
  sortPartners,
} from './partners.js';

/** `data-razem` of the JSON-LD script, the element's own or a framework's placeholder. */
const JSON_LD_ID = 'partner-list';

/** How the partners are laid out. */
export type PartnerListLayout = 'grid' | 'list' | 'compact';

/** Where the shown partners came from. */
export type PartnerSource = 'api' | 'inline' | 'property';

/** `detail` of `razem-partners-loaded`. */
export interface PartnersLoadedDetail {
  partners: Partner[];
  source: PartnerSource;
}

/** `detail` of `razem-filter-change`. */
export interface FilterChangeDetail {
  kind: PartnerKind | '';
  search: string;
  /** Partners matching the filter. */
  count: number;
}

/** How long the filters must rest before the new count is announced to screen readers. */
const ANNOUNCE_AFTER_MS = 600;

/** `detail` of `razem-load-failed`. */
export interface LoadFailedDetail {
  error: unknown;
}

/**
 * The consortium's partners with logos, roles and contacts, from the Razem API or from inline
 * JSON. Emits schema.org `Organization` JSON-LD into its light DOM so search engines see every
 * member.
 *
 * @summary Lists consortium partners: grid, list or compact, with kind filter and search.
 * @customElement razem-partner-list
 * @tagname razem-partner-list
 *
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default look), `dark`, or `auto` to follow the visitor's system setting.
 *
 * @slot empty - Replaces the message shown when there are no partners.
 *
 * @event razem-partners-loaded - Partners arrived from the API or inline JSON. `detail: { partners, source }`.
 * @event razem-filter-change - The visitor changed the kind filter or search. `detail: { kind, search, count }`.
 * @event razem-load-failed - The partners could not be shown: the API failed or is not configured, or the inline JSON is unreadable; the error state with Retry is shown. `detail: { error }`.
 *
 * @csspart filters - The filter bar (kind select and search).
 * @csspart select - The kind select.
 * @csspart search - The search input.
 * @csspart count - The number of partners found (announced to screen readers once filtering pauses).
 * @csspart list - The list of partners.
 * @csspart item - One partner.
 * @csspart logo - A partner's logo image.
 * @csspart name - A partner's name (a heading of `heading-level`).
 * @csspart kind - A partner's kind.
 * @csspart role - A partner's consortium role badge.
 * @csspart description - A partner's description.
 * @csspart link - Website, e-mail and phone links.
 * @csspart state - The loading, empty and error containers (also `loading`, `empty`, `error`).
 * @csspart button - The Retry button.
 *
 * @cssproperty --razem-color-accent - Links, buttons, focus ring and the coordinator badge.
 * @cssproperty --razem-color-on-accent - Text on accent backgrounds.
 * @cssproperty --razem-color-text - Body text.
 * @cssproperty --razem-color-muted - Kinds and secondary text.
 * @cssproperty --razem-color-surface - Background of cards.
 * @cssproperty --razem-color-subtle - Skeletons and badges.
 * @cssproperty --razem-color-border - Card and input borders.
 * @cssproperty --razem-color-danger - Error text and border.
 * @cssproperty --razem-radius - Corner radius.
 * @cssproperty --razem-font-family - Font; inherits the page font by default.
 * @cssproperty --razem-font-size - Base font size; inherits by default.
 * @cssproperty --razem-space-1 - Smallest gap.
 * @cssproperty --razem-space-2 - Small gap.
 * @cssproperty --razem-space-3 - Card padding.
 * @cssproperty --razem-space-4 - Gap between cards.
 * @cssproperty --razem-partner-list-min-width - Narrowest grid column (default 16rem).
 * @cssproperty --razem-logo-height - Height of logos (default 3rem; 2rem in compact).
 */
export class RazemPartnerList extends RazemElement {
  static override styles = partnerListStyles;

  /**
   * For framework wrappers that render this element on a server (`@razem/react`): `partners` can
   * also be given as a `<script type="application/json">` child, and a
   * `<script type="application/ld+json" data-razem="partner-list">` child is filled in, not added.
   */
  static readonly serverChildren = { inlineJson: 'partners', jsonLd: JSON_LD_ID } as const;

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    kind: {},
    search: {},
    showFilters: { type: Boolean, attribute: 'show-filters' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    partners: { attribute: false },
    strings: { attribute: false },
    loaded: { state: true },
    status: { state: true },
    errorKey: { state: true },
    announced: { state: true },
  };

  /**
   * `grid` (cards), `list` (rows) or `compact` (names and logos only).
   * @attr layout
   */
  layout: PartnerListLayout = 'grid';

  /**
   * Show only partners of this kind, e.g. `technology_park`. Empty shows all.
   * @attr kind
   */
  kind: PartnerKind | '' = '';

  /**
   * Show only partners whose name, city or description contains these words.
   * @attr search
   */
  search = '';

  /**
   * Shows the kind select and search box.
   * @attr show-filters
   */
  showFilters = false;

  /**
   * Level of each partner's name heading (2–6), to fit the page's outline.
   * @attr heading-level
   */
  headingLevel = 3;

  /**
   * Partners to show instead of loading them (from your own SDK call or data). Setting it
   * skips the API and inline JSON.
   */
  declare partners?: Partner[];

  /** Replacements for any of the built-in copy in the current language (shallow merge). */
  declare strings?: Partial<PartnerListCopy>;

  declare private loaded?: Partner[];
  private status: 'loading' | 'ready' | 'error' = 'loading';
  declare private errorKey?: 'error' | 'notConfigured';
  /** What the status region says: the count, once the visitor pauses filtering. */
  private announced = '';
  private announceTimer?: ReturnType<typeof setTimeout>;

  private readonly localize = new LocalizeController(this, partnerListCopy, () => this.strings);
  private abort?: AbortController;
  private jsonLd?: HTMLScriptElement;
  /** Whether `jsonLd` was made here (else it is a framework's placeholder, see `writeJsonLd`). */
  private ownJsonLd = false;
  private settled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Decided after the first update: `partners` set before the tag was defined (by a framework,
    // or by hydration of server-rendered HTML) only takes effect then.
    void this.updateComplete.then(() => {
      if (this.loaded || this.partners || !this.isConnected) return;
      // Children (the inline JSON) may not be parsed yet when the element upgrades early.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.reload(), { once: true });
      } else {
        void this.reload();
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    clearTimeout(this.announceTimer);
  }

  /** Loads the partners again: re-reads inline JSON, or fetches from the API. */
  async reload(): Promise<void> {
    this.abort?.abort();
    if (this.partners) return;
    const inline = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    this.status = 'loading';
    if (inline) {
      try {
        this.finish(parseInlinePartners(inline.textContent ?? ''), 'inline');
      } catch (error) {
        this.fail(error);
      }
      return;
    }
    const { apiBase, apiKey } = this.config;
    if (!apiBase) {
      this.fail(new Error('No api-base attribute or razem:api-base meta tag'), 'notConfigured');
      return;
    }
    const abort = (this.abort = new AbortController());
    try {
      // Loaded on demand so pages with inline JSON never download the SDK.
      const { loadPartners } = await import('./load.js');
      const partners = await loadPartners({ apiBase, apiKey }, abort.signal);
      if (!abort.signal.aborted) this.finish(partners, 'api');
    } catch (error) {
      if (!abort.signal.aborted) this.fail(error);
    }
  }

  private finish(partners: Partner[], source: PartnerSource): void {
    this.loaded = sortPartners(partners);
    this.status = 'ready';
    this.emit<PartnersLoadedDetail>('razem-partners-loaded', { partners: this.loaded, source });
  }

  private fail(error: unknown, key: 'error' | 'notConfigured' = 'error'): void {
    // What was shown came from the previous source: the error replaces it (and its JSON-LD).
    this.loaded = undefined;
    this.status = 'error';
    this.errorKey = key;
    console.error('[razem-partner-list]', error);
    this.emit<LoadFailedDetail>('razem-load-failed', { error });
  }

  /** Sorted partners from whichever source is in use. */
  private get all(): Partner[] | undefined {
    return this.partners ? sortPartners(this.partners) : this.loaded;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update carries the initial attributes, already used by connectedCallback. Here
    // rather than in updated(), so the loading state lands in this update, not in another one.
    // `partners` taken back (a framework passing none now): the element's own data again.
    if (this.settled && (changed.has('apiBase') || changed.has('apiKey') || (changed.has('partners') && !this.partners))) void this.reload();
    this.settled = true;
  }

  protected override updated(): void {
    this.writeJsonLd();
  }

  /**
   * Keeps one JSON-LD script in the light DOM in step with the data and language. A
   * `<script type="application/ld+json" data-razem="partner-list">` child already there (rendered
   * by a framework, e.g. `@razem/react` on the server) is filled in rather than another one added:
   * a child the framework did not render would make its hydration fail and rebuild the tree. Such
   * a script is the framework's, so it is emptied, never removed.
   */
  private writeJsonLd(): void {
    const all = this.status === 'ready' || this.partners ? this.all : undefined;
    // A placeholder the framework has taken away is not ours to put back.
    if (!this.ownJsonLd && this.jsonLd?.parentNode !== this) this.jsonLd = undefined;
    this.jsonLd ??= this.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][data-razem="${JSON_LD_ID}"]`) ?? undefined;
    if (!all?.length) {
      if (!this.ownJsonLd) {
        if (this.jsonLd) this.jsonLd.textContent = '';
        return;
      }
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      this.ownJsonLd = false;
      return;
    }
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
      this.jsonLd.dataset.razem = JSON_LD_ID;
      this.ownJsonLd = true;
    }
    const text = partnersJsonLd(all, this.localize.locale);
    if (this.jsonLd.textContent !== text) this.jsonLd.textContent = text;
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }

  private onFilter(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'kind') this.kind = target.value as PartnerKind | '';
    else this.search = target.value;
    const count = filterPartners(this.all ?? [], this).length;
    this.emit<FilterChangeDetail>('razem-filter-change', { kind: this.kind, search: this.search, count });
    // Announced after a pause in typing, not at every keystroke (a reader would queue them all).
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announced = this.localize.plural(count, this.localize.copy.found)), ANNOUNCE_AFTER_MS);
  }

  protected override render(): TemplateResult {
    const copy = this.localize.copy;
    const all = this.all;
    if (this.localize.loading) return loadingState('');
    if (!all) {
      return this.status === 'error'
        ? errorState(copy[this.errorKey ?? 'error'], copy.retry, () => void this.reload())
        : loadingState(copy.loading);
    }
    if (all.length === 0) return emptyState(copy.empty);
    const shown = filterPartners(all, this);
    return html`${this.showFilters ? this.renderFilters(copy, all, shown.length) : nothing}
      ${shown.length
        ? html`<ul part="list" class="list" role="list" aria-label=${copy.listLabel} tabindex="-1" data-after-retry>
            ${shown.map((partner) => this.renderPartner(partner, copy))}
          </ul>`
        : html`<p part="state empty" class="state">${copy.noMatches}</p>`}`;
  }

  private renderFilters(copy: PartnerListCopy, all: Partner[], count: number): TemplateResult {
    return html`<div part="filters" class="filters" role="search" aria-label=${copy.filtersLabel} @input=${this.onFilter}>
        <label
          >${copy.kindLabel}
          <select part="select" name="kind" .value=${this.kind}>
            <option value="">${copy.allKinds}</option>
            ${kindsOf(all).map(
              (kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${copy.kinds[kind] ?? kind}</option>`,
            )}
          </select>
        </label>
        <label
          >${copy.searchLabel}
          <input part="search" name="search" type="search" autocomplete="off" .value=${this.search} />
        </label>
      </div>
      <p part="count" class="count">${this.localize.plural(count, copy.found)}</p>
      <span class="vh" role="status">${this.announced}</span>`;
  }

  private renderPartner(partner: Partner, copy: PartnerListCopy): TemplateResult {
    const compact = this.layout === 'compact';
    const locale = this.localize.locale;
    const description = compact ? undefined : localized(partner.description, locale);
    const logo = partner.logo;
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    return html`<li part="item" class="item">
      ${logo && isHttpUrl(logo.url)
        ? html`<img
            part="logo"
            class="logo"
            src=${logo.url}
            width=${logo.width}
            height=${logo.height}
            alt=${partner.name}
            loading="lazy"
            decoding="async"
          />`
        : nothing}
      <div class="body">
        <div part="name" class="name" role="heading" aria-level=${level}>${partner.name}</div>
        <p class="meta">
          <span part="kind">${copy.kinds[partner.kind] ?? partner.kind}</span><span class="vh">, </span>
          <span part="role" class="role ${partner.role}">${copy.roles[partner.role] ?? partner.role}</span>
        </p>
        ${description
          ? html`<p part="description" class="description" lang=${description.lang === locale ? nothing : description.lang}>
              ${description.text}
            </p>`
          : nothing}
        ${this.renderContacts(partner, copy, compact)}
      </div>
    </li>`;
  }

  private renderContacts(partner: Partner, copy: PartnerListCopy, compact: boolean): TemplateResult | typeof nothing {
    const { website, email, phone } = partner;
    // No empty paragraph for readers to stop at when there is nothing to contact.
    if (!isHttpUrl(website) && (compact || (!email && !phone))) return nothing;
    return html`<p class="contacts">
      ${isHttpUrl(website)
        ? html`<a part="link" href=${website} target="_blank" rel="noopener"
            ><span class="vh">${copy.website}: </span>${displayHost(website)}<span class="vh"> ${copy.newTab}</span></a
          >`
        : nothing}
      ${email && !compact
        ? html`<a part="link" href="mailto:${email}"><span class="vh">${copy.email}: </span>${email}</a>`
        : nothing}
      ${phone && !compact
        ? html`<a part="link" href="tel:${phone.replace(/[^\d+]/g, '')}"
            ><span class="vh">${copy.phone}: </span>${phone}</a
          >`
        : nothing}
    </p>`;
  }
}
