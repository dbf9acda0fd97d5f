/**
 * Defaults of the consent core and how a partial configuration is completed. Pure.
 */
import type { ConsentCategory, ConsentConfig, Locale, ResolvedConsentConfig } from './types.js';

/** The default categories (their default cookie patterns are in `cookies.ts`). */
export const DEFAULT_CATEGORIES: ConsentCategory[] = [
  { id: 'necessary', required: true },
  { id: 'preferences' },
  { id: 'analytics' },
  { id: 'marketing' },
];

/** The Consent Mode v2 signals each default category grants. */
export const DEFAULT_SIGNALS: Record<string, string[]> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

const LOCALES: readonly Locale[] = ['pl', 'en', 'uk'];

/** `en-GB` → `en`; anything unsupported → `pl`. */
export function toLocale(lang: string | null | undefined): Locale {
  const short = (lang ?? '').slice(0, 2).toLowerCase() as Locale;
  return LOCALES.includes(short) ? short : 'pl';
}

/** Fills in every default; never throws on odd input, so a typo cannot break the page. */
export function resolveConfig(config: ConsentConfig = {}, documentLang?: string | null): ResolvedConsentConfig {
  const mode = config.consentMode;
  return {
    revision: 1,
    categories: DEFAULT_CATEGORIES,
    cookieName: 'razem_consent',
    storage: true,
    consentMonths: 12,
    refusalMonths: 6,
    gpc: 'reject',
    // Attributes that are absent arrive as undefined and must not erase a default.
    ...(Object.fromEntries(Object.entries(config).filter((e) => e[1] != null)) as ConsentConfig),
    language: toLocale(config.language ?? documentLang),
    consentMode: mode === false ? false : { waitForUpdate: 500, signals: DEFAULT_SIGNALS, ...mode },
  };
}

/** Ids of the categories a visitor can switch off. */
export const optionalIds = (config: ResolvedConsentConfig): string[] =>
  config.categories.filter((c) => !c.required).map((c) => c.id);
