/** English copy of <razem-partner-list>, loaded on pages in English. */
import type { PartnerListCopy } from './locales.js';

/** English copy. */
export const en: PartnerListCopy = {
  listLabel: 'Consortium partners',
  loading: 'Loading partners…',
  empty: 'There are no partners to show yet.',
  noMatches: 'No partner matches the selected filters.',
  error: 'The list of partners could not be loaded.',
  notConfigured: 'No API address: add the api-base attribute or a <meta name="razem:api-base"> tag.',
  retry: 'Try again',
  filtersLabel: 'Filter partners',
  kindLabel: 'Type of institution',
  allKinds: 'All types',
  searchLabel: 'Search',
  found: { one: '{count} partner found', other: '{count} partners found' },
  newTab: '(opens in a new tab)',
  website: 'Website',
  email: 'Email',
  phone: 'Phone',
  kinds: {
    technology_park: 'Technology park',
    foundation: 'Foundation',
    development_agency: 'Development agency',
    chamber_of_commerce: 'Chamber of commerce',
    municipality: 'Municipality',
    cluster: 'Cluster',
    university: 'University',
    company: 'Company',
    ngo: 'Non-governmental organisation',
  },
  roles: { coordinator: 'Coordinator', member: 'Member', associate: 'Associate partner' },
};
