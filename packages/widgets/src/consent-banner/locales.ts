/**
 * Copy of the first layer of <razem-consent-banner>, one module per language
 * (`locales-pl.ts`, `locales-en.ts`, `locales-uk.ts`) loaded when the banner opens, so a first
 * visit carries exactly one language and every language costs the same. Pages override any
 * entry per language through the consent configuration's `texts`. The three actions are equally
 * short on purpose: refusing must look exactly as easy as accepting. The settings layer's copy
 * is in `settings-locales.ts`.
 */
import type { RazemLocale } from '../shared/locale.js';

/** Every text of the first layer. */
export interface ConsentBannerCopy {
  /** Also the accessible name of the banner region or dialog. */
  title: string;
  intro: string;
  acceptAll: string;
  rejectAll: string;
  settings: string;
  privacy: string;
}

/** Copy loaded so far, by language. */
export const CONSENT_BANNER_COPY: Partial<Record<RazemLocale, ConsentBannerCopy>> = {};

const load = (lang: RazemLocale): Promise<{ default: ConsentBannerCopy }> =>
  lang === 'uk' ? import('./locales-uk.js') : lang === 'en' ? import('./locales-en.js') : import('./locales-pl.js');

/** Loads the copy of `lang` once; Polish when that language cannot be loaded. */
export async function loadBannerCopy(lang: RazemLocale): Promise<ConsentBannerCopy> {
  let copy = CONSENT_BANNER_COPY[lang];
  if (!copy) {
    try {
      copy = (await load(lang)).default;
    } catch (error) {
      if (lang === 'pl') throw error;
      copy = await loadBannerCopy('pl');
    }
    CONSENT_BANNER_COPY[lang] = copy;
  }
  return copy;
}
