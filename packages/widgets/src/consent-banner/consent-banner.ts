import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { BannerLayout, BannerPosition, ConsentLayer, ConsentManager } from '../consent/types.js';
import type { RazemLocale } from '../shared/locale.js';
import { tokens } from '../shared/tokens.js';
import { consentBannerStyles } from './consent-banner.styles.js';
import { CONSENT_BANNER_COPY, loadBannerCopy, type ConsentBannerCopy } from './locales.js';
import type * as SettingsLayer from './settings-layer.js';

type SettingsLayerModule = typeof SettingsLayer;
type Action = 'acceptAll' | 'rejectAll' | 'save';

/**
 * The cookie banner: a first layer with three equal actions (accept all, reject all, settings)
 * and a settings layer with a switch per category, loaded when opened. It only renders and
 * forwards choices; the consent core (`createConsentManager`) decides, stores, gates and records,
 * and opens this element when a decision is needed. Configure it with attributes or a JSON
 * `<script>` child (see `src/consent/README.md`); without a core on the page it starts one.
 *
 * Every byte here is on a first visit (target: core + banner + Lit + styles ≤ 12 KB gzip), so it
 * extends `LitElement` directly (it talks to no API, the core does) and resolves its language
 * when it renders, from `lang` or the consent configuration, instead of observing the page.
 *
 * @summary Lawful cookie consent banner (GDPR, ePrivacy, Consent Mode v2, GPC).
 * @customElement razem-consent-banner
 * @tagname razem-consent-banner
 * @attr layout - `bar` (default), `box` or `modal` (a dialog with a focus trap).
 * @attr position - `bottom` (default), `top`, `bottom-left`, `bottom-right`, `top-left`, `top-right`.
 * @attr privacy-url - link to the privacy (cookie) policy.
 * @attr {'light' | 'dark' | 'auto'} theme - `light`, `dark` or `auto`.
 * @attr lang - language of the copy (`pl`, `en`, `uk`); also read from a container's `lang`;
 *   defaults to the consent configuration's language.
 * @attr open - present while the banner is shown.
 * @event razem-consent-change - after every decision; `detail` is the new `ConsentState`.
 * @csspart panel - the banner region or dialog.
 * @csspart button - every action button.
 * @cssproperty --razem-consent-z-index - stacking order of the overlay (default 2147483000).
 * @cssproperty --razem-color-accent - buttons, switches and links.
 */
export class RazemConsentBanner extends LitElement {
  static override styles = [tokens, consentBannerStyles];

  // Declared rather than decorated, so no decorator helper lands in this chunk.
  static override properties = {
    manager: { attribute: false },
    layout: {},
    position: {},
    privacyUrl: { attribute: 'privacy-url' },
    open: { type: Boolean, reflect: true },
    layer: { state: true },
  };

  /** The consent core this banner acts for; defaults to `window.razemConsent`. */
  declare manager?: ConsentManager;
  /** Layout; falls back to the manager's configuration. */
  declare layout?: BannerLayout;
  /** Position of a bar or box; falls back to the manager's configuration. */
  declare position?: BannerPosition;
  /** Privacy policy link; falls back to the manager's configuration. */
  declare privacyUrl?: string;
  /** Whether the banner is shown. */
  declare open: boolean;
  /** The layer shown. */
  declare private layer: ConsentLayer;
  /** Categories switched on in the settings layer (not reactive: the switches show it). */
  private picked = new Set<string>();
  /** The settings layer, loaded the first time it opens. */
  private settingsModule?: SettingsLayerModule;

  private trigger?: HTMLElement;

  constructor() {
    super();
    this.open = false;
    this.layer = 'first';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
    // A banner placed without the core script starts the core, which then opens it if needed.
    queueMicrotask(() => {
      if (this.manager || !this.isConnected) return;
      if (window.razemConsent) this.manager = window.razemConsent;
      else void import('../consent/consent.define.js');
    });
  }

  /** Opens `layer`, remembering where focus was so closing can return it. */
  async show(layer: ConsentLayer = 'first'): Promise<void> {
    const active = document.activeElement as HTMLElement | null;
    if (active !== document.body) this.trigger = active ?? undefined;
    const m = this.manager;
    this.picked = new Set(m?.config.categories.map((c) => c.id).filter(m.granted));
    // Appear in the visitor's language from the first frame.
    await loadBannerCopy(this.locale);
    this.open = true;
    // Opened on request (not on page load): move focus in, so keyboard users land on it.
    await this.openLayer(layer, layer === 'settings' || this.modal);
  }

  /**
   * Hides the banner and returns focus to what opened it. The core calls it after any decision,
   * also one made by page script while the banner is open.
   */
  close(): void {
    this.open = false;
    this.trigger?.focus();
    this.trigger = undefined;
  }

  private async openLayer(layer: ConsentLayer, focus: boolean): Promise<void> {
    if (layer === 'settings') this.settingsModule ??= await import('./settings-layer.js');
    this.layer = layer;
    await this.updateComplete;
    if (focus) this.panel?.querySelector('h2')?.focus();
  }

  private get panel(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector('.panel');
  }

  /**
   * `lang` on the element or a container inside the page, else the consent configuration's
   * language (which defaults to `<html lang>`).
   */
  private get locale(): RazemLocale {
    const lang = (this.closest<HTMLElement>('body [lang]')?.lang ?? '').slice(0, 2) as RazemLocale;
    return /^(pl|en|uk)$/.test(lang) ? lang : (this.manager?.config.language ?? 'pl');
  }

  private get modal(): boolean {
    return (this.layout ?? this.manager?.config.layout) === 'modal';
  }

  protected override updated(): void {
    const dialog = this.panel;
    if (dialog instanceof HTMLDialogElement) {
      if (this.open && !dialog.open) dialog.showModal();
      if (!this.open && dialog.open) dialog.close();
    }
  }

  // Browsers may close a modal on a repeated Esc despite a cancelled `cancel`; undecided stays open.
  private readonly keepOpen = (): void => {
    if (this.open) (this.panel as HTMLDialogElement).showModal();
  };

  // Focus stays inside a modal because `showModal()` makes the rest of the page inert.
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      // Esc never counts as a choice: it leaves the settings layer, or closes a banner that was
      // reopened after a decision; the first layer of an undecided visit stays.
      event.preventDefault();
      if (this.manager?.get().decided) this.close();
      else if (this.layer === 'settings') void this.openLayer('first', true);
    }
  };

  private decide(action: Action): void {
    const m = this.manager;
    if (!m) return;
    if (action === 'save') m.accept([...this.picked]);
    else m[action]();
    this.close();
  }

  private readonly button = (label: string, action: Action | 'settings'): TemplateResult => {
    const onClick = () => (action === 'settings' ? void this.openLayer('settings', true) : this.decide(action));
    return html`<button class="btn" part="button" type="button" @click=${onClick}>${label}</button>`;
  };

  protected override render(): TemplateResult | typeof nothing {
    const m = this.manager;
    const lang = this.locale;
    const copy = CONSENT_BANNER_COPY[lang];
    if (!copy) void loadBannerCopy(lang).then(() => this.requestUpdate());
    if (!m || !copy) return nothing;
    const t: ConsentBannerCopy = { ...copy, ...m.config.texts?.[lang] };
    const url = this.privacyUrl ?? m.config.privacyUrl;
    const privacy = url ? html`<a href=${url}>${t.privacy}</a>` : nothing;
    const layout = this.layout ?? m.config.layout ?? 'bar';
    const settings = this.layer === 'settings' && this.settingsModule;
    const body = settings
      ? settings.settingsLayer({ root: this.shadowRoot!, manager: m, lang, picked: this.picked, privacy, button: this.button, t })
      : html`<h2 id="t" tabindex="-1">${t.title}</h2>
          <p id="d">${t.intro} ${privacy}</p>
          <div class="actions">
            ${this.button(t.acceptAll, 'acceptAll')} ${this.button(t.rejectAll, 'rejectAll')}
            ${this.button(t.settings, 'settings')}
          </div>`;
    const cls = `panel ${layout} ${this.position ?? m.config.position ?? 'bottom'}`;
    return layout === 'modal'
      ? html`<dialog
          part="panel"
          class=${cls}
          lang=${lang}
          aria-labelledby="t"
          aria-describedby="d"
          @cancel=${(e: Event) => e.preventDefault()}
          @close=${this.keepOpen}
        >
          <div>${body}</div>
        </dialog>`
      : html`<div part="panel" class=${cls} lang=${lang} role="region" aria-labelledby="t"><div>${body}</div></div>`;
  }
}
