/**
 * What <razem-partner-list> does with data, free of the DOM so it is tested in Node: ordering,
 * filtering, localized text, schema.org JSON-LD and reading inline JSON.
 */
import type { ConsortiumRole, Partner, PartnerKind } from '@razem/contract';
import type { RazemLocale } from '../shared/locale.js';
import { isHttpUrl } from '../shared/urls.js';

/** Coordinators first, then members, then associates (the order of CONSORTIUM_ROLES). */
const ROLE_ORDER: Record<ConsortiumRole, number> = { coordinator: 0, member: 1, associate: 2 };

/** Partner names are Polish: sort them by Polish rules (ł after l, ś after s) in every locale. */
const collator = /* @__PURE__ */ new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

/** A new array sorted by consortium role, then name. */
export function sortPartners(partners: readonly Partner[]): Partner[] {
  return [...partners].sort(
    (a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || collator.compare(a.name, b.name),
  );
}

/**
 * Folds text for matching: lower case, no diacritics (ł has no decomposition, so it is mapped by
 * hand), so `lodz` finds „Łódź” and `BELCHATOW` finds „Bełchatów”.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .toLowerCase();
}

/** The description in `locale`, or Polish when it has no translation. */
export function localized(
  text: Partner['description'] | undefined,
  locale: RazemLocale,
): { text: string; lang: RazemLocale } | undefined {
  if (!text) return undefined;
  const translated = text[locale];
  return translated ? { text: translated, lang: locale } : { text: text.pl, lang: 'pl' };
}

/** What the list is narrowed to. Empty values mean "any". */
export interface PartnerFilter {
  kind?: PartnerKind | '' | undefined;
  search?: string | undefined;
}

/**
 * Partners of `filter.kind` whose name, short name, city or description (in any language)
 * contains every word of `filter.search`.
 */
export function filterPartners(partners: readonly Partner[], filter: PartnerFilter): Partner[] {
  const words = fold(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return partners.filter((partner) => {
    if (filter.kind && partner.kind !== filter.kind) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [
        partner.name,
        partner.shortName,
        partner.address?.city,
        partner.description?.pl,
        partner.description?.en,
        partner.description?.uk,
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** Kinds present in `partners`, in the order of first appearance (the filter's options). */
export function kindsOf(partners: readonly Partner[]): PartnerKind[] {
  return [...new Set(partners.map((p) => p.kind))];
}

/** Host name of a website for display: `https://www.bkppt.pl/o-nas` → `bkppt.pl`. */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Reads partners from inline JSON: an array of partners or a page `{ data: [...] }` as the API
 * returns it. Entries missing the fields the list needs are dropped, not fatal, and a logo
 * without its width and height is left out (it would shift the page as it loads); the JSON is
 * the page author's own content, so it is not validated against the full schema (that would
 * load zod on pages that never call the API).
 *
 * @throws SyntaxError when the text is not JSON, TypeError when it holds no list.
 */
export function parseInlinePartners(json: string): Partner[] {
  const value: unknown = JSON.parse(json);
  const list = Array.isArray(value) ? value : (value as { data?: unknown } | null)?.data;
  if (!Array.isArray(list)) throw new TypeError('Expected an array of partners or { "data": [...] }');
  return list
    .filter(
      (p): p is Partner =>
        !!p && typeof p === 'object' && typeof p.id === 'string' && typeof p.name === 'string' && typeof p.kind === 'string',
    )
    .map((p) => (p.logo && !(p.logo.width > 0 && p.logo.height > 0) ? { ...p, logo: undefined } : p));
}

type JsonLd = Record<string, unknown>;

/**
 * One schema.org Organization per partner. Unknown fields stay `undefined`, which
 * `JSON.stringify` leaves out.
 */
export function organizationJsonLd(partner: Partner, locale: RazemLocale): JsonLd {
  const { registry, address } = partner;
  // Inline JSON is unchecked: only web addresses become links for search engines.
  const website = isHttpUrl(partner.website) ? partner.website : undefined;
  const identifier = (['nip', 'regon', 'krs'] as const)
    .filter((key) => registry?.[key])
    .map((key) => ({ '@type': 'PropertyValue', propertyID: key.toUpperCase(), value: registry?.[key] }));
  return {
    '@type': 'Organization',
    '@id': website && `${website}#organization`,
    name: partner.name,
    alternateName: partner.shortName !== partner.name ? partner.shortName : undefined,
    description: localized(partner.description, locale)?.text,
    url: website,
    logo: isHttpUrl(partner.logo?.url) ? partner.logo?.url : undefined,
    email: partner.email,
    telephone: partner.phone,
    taxID: registry?.nip,
    identifier: identifier.length ? identifier : undefined,
    address: address && {
      '@type': 'PostalAddress',
      streetAddress: address.street,
      postalCode: address.postalCode,
      addressLocality: address.city,
      addressCountry: address.country ?? 'PL',
    },
  };
}

/**
 * The `<script type="application/ld+json">` text for the whole list. `<` is escaped so a name
 * containing `</script>` cannot end the script if the page is serialized and parsed again.
 */
export function partnersJsonLd(partners: readonly Partner[], locale: RazemLocale): string {
  const graph = partners.map((p) => organizationJsonLd(p, locale));
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
}
