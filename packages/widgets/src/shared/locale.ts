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

const pluralFormats = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>();

/**
 * Picks the plural form of `count` in `locale` and fills `{count}`. The `Intl` objects are
 * cached per locale: a dense calendar month asks for 50 and more plurals per render.
 */
export function plural(locale: string, count: number, forms: PluralCopy): string {
  let format = pluralFormats.get(locale);
  if (!format) pluralFormats.set(locale, (format = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)]));
  return (forms[format[0].select(count)] ?? forms.other).replaceAll('{count}', format[1].format(count));
}
