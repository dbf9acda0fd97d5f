/**
 * Copy of <razem-partner-list>: Polish here, English and Ukrainian in their own modules that only
 * pages in those languages download. Any entry can be replaced per element through `strings`.
 */
import type { ConsortiumRole, PartnerKind } from '@razem/contract';
import type { PluralCopy } from '../shared/locale.js';
import type { Catalog } from '../shared/localize.js';

/** Every text the partner list shows. */
export interface PartnerListCopy {
  /** Accessible name of the list. */
  listLabel: string;
  loading: string;
  empty: string;
  /** Shown when filters leave nothing. */
  noMatches: string;
  error: string;
  /** Shown when the element has no API address and no inline JSON. */
  notConfigured: string;
  retry: string;
  filtersLabel: string;
  kindLabel: string;
  allKinds: string;
  searchLabel: string;
  /** Announced to screen readers and shown above the list. `{count}` is the number. */
  found: PluralCopy;
  /** Visually hidden after external links. */
  newTab: string;
  website: string;
  email: string;
  phone: string;
  kinds: Record<PartnerKind, string>;
  roles: Record<ConsortiumRole, string>;
}

/** Polish copy, the default. */
export const pl: PartnerListCopy = {
  listLabel: 'Partnerzy porozumienia',
  loading: 'Wczytywanie partnerów…',
  empty: 'Nie ma jeszcze partnerów do pokazania.',
  noMatches: 'Żaden partner nie pasuje do wybranych filtrów.',
  error: 'Nie udało się wczytać listy partnerów.',
  notConfigured: 'Brak adresu API: dodaj atrybut api-base lub znacznik <meta name="razem:api-base">.',
  retry: 'Spróbuj ponownie',
  filtersLabel: 'Filtruj partnerów',
  kindLabel: 'Rodzaj instytucji',
  allKinds: 'Wszystkie rodzaje',
  searchLabel: 'Szukaj',
  found: {
    one: 'Znaleziono {count} partnera',
    few: 'Znaleziono {count} partnerów',
    many: 'Znaleziono {count} partnerów',
    other: 'Znaleziono {count} partnera',
  },
  newTab: '(otwiera się w nowej karcie)',
  website: 'Strona internetowa',
  email: 'E-mail',
  phone: 'Telefon',
  kinds: {
    technology_park: 'Park technologiczny',
    foundation: 'Fundacja',
    development_agency: 'Agencja rozwoju',
    chamber_of_commerce: 'Izba gospodarcza',
    municipality: 'Samorząd',
    cluster: 'Klaster',
    university: 'Uczelnia',
    company: 'Firma',
    ngo: 'Organizacja pozarządowa',
  },
  roles: { coordinator: 'Koordynator', member: 'Członek', associate: 'Partner stowarzyszony' },
};

/** Built-in copy by locale. */
export const partnerListCopy: Catalog<PartnerListCopy> = {
  pl,
  en: () => import('./locales-en.js').then((m) => m.en),
  uk: () => import('./locales-uk.js').then((m) => m.uk),
};
