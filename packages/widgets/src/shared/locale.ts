/**
 * DOM-free locale helpers: which language to show and how to pick plural forms.
 */

/** Languages every element ships copy for. Polish is the default. */
export type RazemLocale = 'pl' | 'en' | 'uk';

/** The supported locales, Polish first. */
export const RAZEM_LOCALES: readonly RazemLocale[] = ['pl', 'en', 'uk'];

/**
 * Maps a BCP 47 tag to a supported locale: `pl-PL` → `pl`, `en-GB` → `en`, `uk-UA` → `uk`
 * (and the common mistake `ua` → `uk`). Anything else, or nothing, is Polish.
 */
export function normalizeLocale(tag: string | null | undefined): RazemLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'ua') return 'uk';
  return RAZEM_LOCALES.includes(language as RazemLocale) ? (language as RazemLocale) : 'pl';
}

/**
 * Copy that depends on a count. Keys are CLDR plural categories (`Intl.PluralRules`): Polish
 * uses one / few / many (and other for fractions), Ukrainian the same, English one / other.
 * `{count}` in the text is replaced by the number.
 */
export type PluralCopy = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form of `count` in `locale` and fills `{count}`. */
export function plural(locale: RazemLocale, count: number, forms: PluralCopy): string {
  const category = new Intl.PluralRules(locale).select(count);
  const text = forms[category] ?? forms.other;
  return text.replaceAll('{count}', new Intl.NumberFormat(locale).format(count));
}
