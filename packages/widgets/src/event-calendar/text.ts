/**
 * Plain-text views of an event shared by the grid, the list and the dialog: the title in the
 * visitor's language and the place on one line.
 */
import type { ConsortiumEvent, LocalizedText } from '@razem/contract';
import type { RazemLocale } from '../shared/locale.js';

/** Text in the wanted language, or Polish (always present) with its language tag. */
export interface Localized {
  text: string;
  lang: RazemLocale;
}

/** Picks `locale` from a localized text, falling back to Polish. */
export function localized(text: LocalizedText, locale: RazemLocale): Localized {
  const wanted = text[locale];
  return wanted ? { text: wanted, lang: locale } : { text: text.pl, lang: 'pl' };
}

/** Venue and postal address on one line: "Park Naukowo-Technologiczny, ul. Sienkiewicza 5, 97-400 Bełchatów". */
export function placeText(event: ConsortiumEvent): string {
  const { venue, address } = event.location ?? {};
  return [venue, address?.street, address ? `${address.postalCode} ${address.city}` : undefined]
    .filter(Boolean)
    .join(', ');
}
