/**
 * Public types of the headless consent core. Types only: nothing here reaches a bundle.
 */
import type { ConsentMethod, ConsentRecordInput, Locale } from '@razem/contract';

export type { ConsentMethod, ConsentRecordInput, Locale };

/** Category id → granted. `necessary` is always `true`. */
export type ConsentChoices = Record<string, boolean>;

/** Text given once for every language or per language (missing languages fall back to Polish). */
export type LocalizedString = string | Partial<Record<Locale, string>>;

/**
 * A cookie name to clear when its category is refused: an exact name, a `RegExp`, or a string
 * written as a regular expression (`"/^_pk_/"`) for JSON config.
 */
export type CookiePattern = string | RegExp;

/** A named service (tool or vendor) inside a category, listed in the settings layer. */
export interface ConsentService {
  /** Stable id, e.g. `youtube`. Embeds may name it with `data-razem-service`. */
  id: string;
  /** Display name, e.g. `YouTube`. */
  name: string;
  /** What the service does and why it needs the category. */
  description?: LocalizedString;
  /** Cookies the service sets, cleared with its category. */
  cookies?: CookiePattern[];
}

/** One consent category. */
export interface ConsentCategory {
  /** Slug: `necessary`, `preferences`, `analytics`, `marketing` or your own. */
  id: string;
  /** Always on and not switchable (only `necessary` by default). */
  required?: boolean;
  /** Name shown in the settings layer; the built-in categories have localized defaults. */
  label?: LocalizedString;
  /** What the category covers; the built-in categories have localized defaults. */
  description?: LocalizedString;
  /** Named services inside the category. */
  services?: ConsentService[];
  /**
   * Cookies cleared when the category is refused or withdrawn, besides its services' cookies.
   * Replaces the defaults of `analytics` (Google Analytics, Matomo, Hotjar) and `marketing`
   * (Google Ads, Meta).
   */
  cookies?: CookiePattern[];
}

/** Google Consent Mode v2 options. */
export interface ConsentModeOptions {
  /** Milliseconds tags wait for an update after the default (`wait_for_update`); default 500. */
  waitForUpdate?: number;
  /** ISO 3166-2 regions the default applies to (`region`); default: everywhere. */
  region?: string[];
  /**
   * Category → Consent Mode signals it grants. Default: analytics → `analytics_storage`;
   * marketing → `ad_storage`, `ad_user_data`, `ad_personalization`; preferences →
   * `functionality_storage`, `personalization_storage`. `security_storage` is always granted.
   */
  signals?: Record<string, string[]>;
}

/** Layout of the banner's first layer. */
export type BannerLayout = 'bar' | 'box' | 'modal';
/** Where a `bar` or `box` sits on the screen (`modal` is always centred). */
export type BannerPosition = 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

/** Everything the consent core and the banner can be configured with (all optional). */
export interface ConsentConfig {
  /** Policy revision; a visitor who decided under an older revision is asked again. Default 1. */
  revision?: number;
  /** Categories in display order; default necessary, preferences, analytics, marketing. */
  categories?: ConsentCategory[];
  /** Name of the first-party cookie and localStorage key; default `razem_consent`. */
  cookieName?: string;
  /** Cookie `Domain`, e.g. `frgk.pl`, so every subdomain of a partner shares one decision. */
  cookieDomain?: string;
  /** `false` keeps decisions for this page only (previews, stories); default `true`. */
  storage?: boolean;
  /** Months a decision granting any optional category stays valid; default 12. */
  consentMonths?: number;
  /** Months a refusal (no optional category granted) stays valid; default 6. */
  refusalMonths?: number;
  /**
   * Global Privacy Control: `reject` (default) refuses every optional category without showing
   * the banner and records method `gpc`; `banner` shows the banner with a GPC notice; `ignore`.
   */
  gpc?: 'reject' | 'banner' | 'ignore';
  /** Google Consent Mode v2 options, or `false` to leave `dataLayer` alone. */
  consentMode?: ConsentModeOptions | false;
  /** Language of the banner and of the consent record; default from `<html lang>`, else Polish. */
  language?: Locale;
  /** API base URL for proof of consent, e.g. `https://api.razem.example`; `<meta name="razem:api-base">` in page config. */
  apiBase?: string;
  /** Publishable key (`rzm_pk_…`) of this site, needed to record proof of consent; `<meta name="razem:api-key">` in page config. */
  apiKey?: string;
  /** Reload the page after a category is withdrawn, so scripts that already ran stop. */
  reloadOnWithdrawal?: boolean;
  /** Banner layout; default `bar`. */
  layout?: BannerLayout;
  /** Banner position; default `bottom`. */
  position?: BannerPosition;
  /** Link to the site's privacy (cookie) policy, shown in the banner. */
  privacyUrl?: string;
  /** Copy overrides per language, keyed like the banner's `locales.ts`. */
  texts?: Partial<Record<Locale, Record<string, string>>>;
}

/** A decision as stored in the cookie and localStorage. */
export interface StoredConsent {
  /** Anonymous random consent id (UUID), kept across decisions of one browser. */
  id: string;
  /** Policy revision the decision was made under. */
  revision: number;
  /** Choices per optional category (`necessary` is implied). */
  choices: ConsentChoices;
  /** How the visitor decided. */
  method: ConsentMethod;
  /** When, in milliseconds since the epoch. */
  decidedAt: number;
}

/** What `get()` returns and `razem-consent-change` carries. */
export interface ConsentState {
  /** `true` once the visitor decided (now or in a valid stored decision). */
  decided: boolean;
  /** Every configured category → granted; optional categories are `false` until granted. */
  choices: ConsentChoices;
  /** How the decision was made; `undefined` before a decision. */
  method?: ConsentMethod;
  /** ISO timestamp of the decision; `undefined` before a decision. */
  decidedAt?: string;
  /** Anonymous consent id sent with proof of consent. */
  consentId: string;
  /** Policy revision in force. */
  revision: number;
  /** `true` when the browser sends Global Privacy Control. */
  gpc: boolean;
  /** `false` when neither the cookie nor localStorage could keep the decision (this page only). */
  persisted: boolean;
}

/** The banner layer to open. */
export type ConsentLayer = 'first' | 'settings';

/** The consent manager every page gets from `createConsentManager()` (`window.razemConsent`). */
export interface ConsentManager {
  /** The configuration in force, with defaults filled in. */
  readonly config: ResolvedConsentConfig;
  /** The current state. */
  get(): ConsentState;
  /** Whether `category` is granted now. */
  granted(category: string): boolean;
  /** Calls `listener` after every decision; returns a function that stops it. */
  onChange(listener: (state: ConsentState) => void): () => void;
  /**
   * Grants every category. Consent Mode and gated content follow at once; the promise resolves
   * once the decision is stored, refused cookies are cleared and listeners were told.
   */
  acceptAll(): Promise<ConsentState>;
  /** Refuses every optional category (resolves like `acceptAll`). */
  rejectAll(): Promise<ConsentState>;
  /** Grants exactly `categories` (plus necessary) and refuses the rest (resolves like `acceptAll`). */
  accept(categories: readonly string[]): Promise<ConsentState>;
  /** Loads and opens the banner (first layer, or the settings layer to change a decision). */
  show(layer?: ConsentLayer): Promise<void>;
  /** Stops watching the page and forgets listeners (single-page apps, tests). */
  destroy(): void;
}

type OptionalKeys = 'cookieDomain' | 'apiBase' | 'apiKey' | 'privacyUrl' | 'texts' | 'reloadOnWithdrawal' | 'layout' | 'position';

/** Configuration with every default applied. */
export interface ResolvedConsentConfig
  extends Required<Omit<ConsentConfig, OptionalKeys | 'consentMode'>>,
    Pick<ConsentConfig, OptionalKeys> {
  /** Consent Mode options with defaults, or `false`. */
  consentMode: Required<Omit<ConsentModeOptions, 'region'>> & Pick<ConsentModeOptions, 'region'> | false;
}
