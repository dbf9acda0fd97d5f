import type { ConsentManager } from '../consent/types.js';
import type { RazemLocale } from '../shared/locale.js';
import { CONSENT_SETTINGS_COPY } from './locales.js';

const CSS = `:host{display:inline-block}
button{font:inherit;cursor:pointer;min-height:2.75rem;padding:.5rem 1rem;border:2px solid var(--razem-color-accent,#0b5a8c);
border-radius:var(--razem-radius,.5rem);background:var(--razem-color-accent,#0b5a8c);color:var(--razem-color-on-accent,#fff)}
:host([variant=link]) button{min-height:0;padding:0;border:0;background:none;color:inherit;text-decoration:underline}
button:focus-visible{outline:3px solid var(--razem-color-accent,#0b5a8c);outline-offset:2px}`;

let sheet: CSSStyleSheet | undefined;

/**
 * `HTMLElement`, or a stand-in where there is none (Node, a worker), so that importing this
 * module on a server defines the class instead of throwing. It is never instantiated there.
 */
const Base: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

/**
 * Withdrawal as easy as consent: a button (or link-styled button) that reopens the cookie
 * settings from anywhere on the page, typically the footer. Deliberately Lit-free and tiny,
 * because it sits on every page a returning visitor sees.
 *
 * @summary Reopens the cookie settings.
 * @customElement razem-consent-settings
 * @tagname razem-consent-settings
 * @attr {'button' | 'link'} variant - `button` (default) or `link` (looks like a text link, still a button).
 * @attr lang - language of the default label; defaults to the nearest `lang`.
 * @slot - replaces the default label.
 * @csspart button - the button.
 * @cssproperty --razem-color-accent - button colour.
 */
export class RazemConsentSettings extends Base {
  static observedAttributes = ['lang'];

  /** The consent core to reopen; defaults to `window.razemConsent`. */
  manager?: ConsentManager;

  private label?: HTMLSlotElement;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      // delegatesFocus: the banner returns focus to this element, which passes it to the button.
      const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('part', 'button');
      button.onclick = () => {
        const manager = this.manager ?? window.razemConsent;
        if (manager) void manager.show('settings');
        else console.warn('[razem] <razem-consent-settings>: no consent manager on the page');
      };
      this.label = document.createElement('slot');
      button.append(this.label);
      root.append(button);
    }
    this.attributeChangedCallback();
  }

  attributeChangedCallback(): void {
    // The nearest `lang`, read directly: this element must stay free of shared runtime code.
    const lang = (this.closest<HTMLElement>('[lang]')?.lang ?? '').slice(0, 2) as RazemLocale;
    if (this.label) this.label.textContent = CONSENT_SETTINGS_COPY[lang] ?? CONSENT_SETTINGS_COPY.pl;
  }
}
