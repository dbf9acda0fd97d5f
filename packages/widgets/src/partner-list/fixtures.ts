/**
 * Partner fixtures for tests and Storybook, typed by the contract: the four institutions of
 * "Bełchatów – Kleszczów RAZEM Możemy Więcej" and their neighbours, plus generated lists for
 * edge cases. Registry numbers are made up. Logos are loaded from `logoBase` (a loopback
 * server in tests and Storybook) so nothing is fetched from the internet.
 */
import type { Partner, PartnerKind } from '@razem/contract';

const updatedAt = '2026-01-15T09:00:00+01:00';

/** The consortium as the seed describes it; `logoBase` ends without a slash. */
export function seedPartners(logoBase: string): Partner[] {
  const logo = (id: string, width = 240, height = 80) => ({ url: `${logoBase}/${id}.svg`, width, height });
  return [
    {
      id: 'regionalna-izba-gospodarcza',
      name: 'Regionalna Izba Gospodarcza w Bełchatowie',
      shortName: 'RIG Bełchatów',
      kind: 'chamber_of_commerce',
      role: 'member',
      description: {
        pl: 'Samorząd gospodarczy przedsiębiorców regionu bełchatowskiego.',
        en: 'Business self-government of the Bełchatów region’s entrepreneurs.',
      },
      logo: logo('rig'),
      website: 'https://www.rig.belchatow.pl',
      email: 'biuro@rig.belchatow.pl',
      address: { street: 'ul. Kościuszki 1', postalCode: '97-400', city: 'Bełchatów', country: 'PL' },
      updatedAt,
    },
    {
      id: 'bkppt',
      name: 'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny Sp. z o.o.',
      shortName: 'BKPPT',
      kind: 'technology_park',
      role: 'coordinator',
      description: {
        pl: 'Park technologiczny prowadzący projekt „Transformacja a rozwój gospodarczy regionu”.',
        en: 'Technology park running the project “Transition and the region’s economic development”.',
        uk: 'Технологічний парк, що реалізує проєкт «Трансформація та економічний розвиток регіону».',
      },
      logo: logo('bkppt'),
      website: 'https://www.bkppt.pl',
      email: 'biuro@bkppt.pl',
      phone: '+48 44 123 45 67',
      address: { street: 'ul. Czyżewskiego 2', postalCode: '97-400', city: 'Bełchatów', country: 'PL' },
      registry: { nip: '7692220000', regon: '100000000', krs: '0000300000' },
      updatedAt,
    },
    {
      id: 'arreks',
      name: 'Agencja Rozwoju Regionalnego ARREKS S.A.',
      shortName: 'ARREKS',
      kind: 'development_agency',
      role: 'member',
      description: { pl: 'Agencja wspierająca przedsiębiorców i inwestorów w gminie Kleszczów.' },
      logo: logo('arreks', 200, 100),
      website: 'https://www.arreks.com.pl',
      phone: '+48 44 731 31 10',
      address: { street: 'ul. Główna 122', postalCode: '97-410', city: 'Kleszczów', country: 'PL' },
      registry: { nip: '7692000000', krs: '0000100000' },
      updatedAt,
    },
    {
      id: 'frgk',
      name: 'Fundacja Rozwoju Gminy Kleszczów',
      shortName: 'FRGK',
      kind: 'foundation',
      role: 'member',
      description: {
        pl: 'Fundacja gminna wspierająca przedsiębiorczość i nowe technologie.',
        en: 'Municipal foundation supporting entrepreneurship and new technologies.',
        uk: 'Муніципальний фонд підтримки підприємництва та нових технологій.',
      },
      logo: logo('frgk', 160, 160),
      website: 'https://www.frgk.pl',
      email: 'frgk@frgk.pl',
      address: { street: 'ul. Fabryczna 6', postalCode: '97-410', city: 'Kleszczów', country: 'PL' },
      updatedAt,
    },
    {
      id: 'klaster-one',
      name: 'Stowarzyszenie Klaster Obszaru Nowej Energii',
      shortName: 'Klaster ONE',
      kind: 'cluster',
      role: 'associate',
      description: { pl: 'Klaster energii łączący przedsiębiorców, samorządy i inwestorów.' },
      website: 'https://www.klaster-one.pl',
      address: { street: 'ul. Fabryczna 6', postalCode: '97-410', city: 'Kleszczów', country: 'PL' },
      updatedAt,
    },
    {
      id: 'gmina-kleszczow',
      name: 'Gmina Kleszczów',
      shortName: 'Kleszczów',
      kind: 'municipality',
      role: 'associate',
      description: { pl: 'Gmina, na terenie której działa Park i Klaster.', en: 'The municipality hosting the Park and the Cluster.' },
      logo: logo('kleszczow', 120, 140),
      website: 'https://www.kleszczow.pl',
      updatedAt,
    },
  ];
}

/** Partners with the longest names Polish institutions really use, to test wrapping. */
export function longNamePartners(logoBase: string): Partner[] {
  return [
    {
      id: 'pstww',
      name: 'Państwowa Szkoła Techniczno-Wdrożeniowa im. Wojciecha Korfantego w Bełchatowie – Centrum Kształcenia Zawodowego i Ustawicznego',
      shortName: 'PSTW Bełchatów',
      kind: 'university',
      role: 'member',
      description: {
        pl: 'Najdłuższa nazwa w konsorcjum: sprawdzamy, czy przenosi się poprawnie, bez wychodzenia poza kartę, nawet na wąskim ekranie telefonu.',
      },
      logo: { url: `${logoBase}/wide.svg`, width: 400, height: 60 },
      website: 'https://www.przyklad-bardzo-dlugiej-domeny-uczelni-technicznej.edu.pl',
      email: 'sekretariat.centrum.ksztalcenia.zawodowego@przyklad-uczelni.edu.pl',
      updatedAt,
    },
    {
      id: 'stowarzyszenie',
      name: 'Stowarzyszenie Przyjaciół Ziemi Bełchatowskiej i Kleszczowskiej „Zielona Transformacja Przemysłowo-Energetyczna”',
      shortName: 'SPZBiK',
      kind: 'ngo',
      role: 'associate',
      description: { pl: 'Organizacja pozarządowa działająca na rzecz sprawiedliwej transformacji.' },
      updatedAt,
    },
  ];
}

const KINDS: PartnerKind[] = ['company', 'ngo', 'municipality', 'university', 'cluster', 'foundation'];
const TOWNS = ['Bełchatów', 'Kleszczów', 'Zelów', 'Szczerców', 'Łódź', 'Piotrków Trybunalski', 'Płock', 'Tarnów'];

/** `count` generated partners (e.g. 60 for the "many partners" state), deterministic. */
export function manyPartners(count: number, logoBase: string): Partner[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const town = TOWNS[i % TOWNS.length] ?? 'Bełchatów';
    return {
      id: `partner-${n}`,
      name: `Partner ${String(n).padStart(2, '0')} – ${town}`,
      shortName: `P${n}`,
      kind: KINDS[i % KINDS.length] ?? 'company',
      role: i < 2 ? 'coordinator' : i % 3 === 0 ? 'associate' : 'member',
      description: { pl: `Instytucja nr ${n} z miejscowości ${town}.`, en: `Institution no. ${n} from ${town}.` },
      ...(i % 2 === 0 ? { logo: { url: `${logoBase}/generic.svg`, width: 160, height: 80 } } : {}),
      website: `https://partner-${n}.example.pl`,
      address: { street: `ul. Przykładowa ${n}`, postalCode: '97-400', city: town, country: 'PL' },
      updatedAt,
    };
  });
}
