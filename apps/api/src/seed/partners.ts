/**
 * The consortium "Bełchatów – Kleszczów RAZEM Możemy Więcej" (four institutions), Klaster ONE and
 * associates from the seed documents. Contact details appear only where the sources give them.
 */
import type { PartnerFields } from '../domain/partners.js';

/** Seed partners, in the order the consortium lists them. */
export const SEED_PARTNERS: (PartnerFields & { id: string })[] = [
  {
    id: 'bkppt',
    name: 'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny Sp. z o.o.',
    shortName: 'BKPPT',
    kind: 'technology_park',
    role: 'coordinator',
    description: {
      pl: 'Park przemysłowo-technologiczny regionu bełchatowskiego i koordynator porozumienia „Bełchatów – Kleszczów RAZEM Możemy Więcej”. Prowadził projekt „Transformacja a rozwój gospodarczy regionu”, w którym mieszkańcy, samorządowcy i przedsiębiorcy wspólnie wypracowywali pomysły na transformację energetyczną regionu.',
      en: 'The industrial and technology park of the Bełchatów region and coordinator of the "Bełchatów – Kleszczów RAZEM Możemy Więcej" agreement. It ran the project "Transition and the region\'s economic development", in which residents, local officials and entrepreneurs worked out ideas for the region\'s energy transition together.',
      uk: 'Промислово-технологічний парк Белхатувського регіону та координатор угоди «Bełchatów – Kleszczów RAZEM Możemy Więcej». Реалізував проєкт «Трансформація та економічний розвиток регіону», у якому мешканці, представники місцевої влади й підприємці разом напрацьовували ідеї енергетичної трансформації регіону.',
    },
  },
  {
    id: 'frgk',
    name: 'Fundacja Rozwoju Gminy Kleszczów',
    shortName: 'FRGK',
    kind: 'foundation',
    role: 'member',
    description: {
      pl: 'Fundacja wspierająca rozwój gospodarczy gminy Kleszczów. Współorganizuje spotkania o nowej strefie przemysłowej na terenach pokopalnianych „Kleszczów. W zielonym sercu transformacji!” i o koncepcji Kleszczów 5.0 dla firm nowoczesnych technologii.',
      en: 'A foundation supporting the economic development of the Kleszczów municipality. It co-organises meetings on the new industrial zone on former mining land, "Kleszczów. In the green heart of the transition!", and on the Kleszczów 5.0 concept for high-tech companies.',
      uk: 'Фонд, що підтримує економічний розвиток гміни Клещув. Співорганізовує зустрічі щодо нової промислової зони на колишніх гірничих землях «Kleszczów. W zielonym sercu transformacji!» та концепції Kleszczów 5.0 для компаній новітніх технологій.',
    },
  },
  {
    id: 'arreks',
    name: 'Agencja Rozwoju Regionu ARREKS S.A.',
    shortName: 'ARREKS',
    kind: 'development_agency',
    role: 'member',
    description: {
      pl: 'Agencja rozwoju regionalnego. W porozumieniu odpowiada za wsparcie przedsiębiorców i samorządów w przygotowaniu projektów i pozyskiwaniu środków z Funduszu na rzecz Sprawiedliwej Transformacji (FST).',
      en: 'A regional development agency. Within the agreement it helps businesses and local governments prepare projects and apply for the Just Transition Fund (JTF).',
      uk: 'Агенція регіонального розвитку. У межах угоди допомагає підприємцям і органам місцевого самоврядування готувати проєкти та залучати кошти з Фонду справедливої трансформації.',
    },
  },
  {
    id: 'rig-belchatow',
    name: 'Regionalna Izba Gospodarcza w Bełchatowie',
    shortName: 'RIG Bełchatów',
    kind: 'chamber_of_commerce',
    role: 'member',
    description: {
      pl: 'Samorząd gospodarczy przedsiębiorców regionu bełchatowskiego. W porozumieniu reprezentuje głos firm w konsultacjach społecznych i gospodarczych dotyczących transformacji.',
      en: 'The business self-government of companies in the Bełchatów region. Within the agreement it brings the voice of businesses to the social and economic consultations on the transition.',
      uk: 'Господарське самоврядування підприємців Белхатувського регіону. У межах угоди представляє голос бізнесу в громадських і господарських консультаціях щодо трансформації.',
    },
  },
  {
    id: 'klaster-one',
    name: 'Stowarzyszenie Klaster Obszaru Nowej Energii',
    shortName: 'Klaster ONE',
    kind: 'cluster',
    role: 'associate',
    description: {
      pl: 'Klaster energii z siedzibą w Kleszczowie. Ułatwia współpracę przedsiębiorców, samorządów i inwestorów, integruje środowisko biznesowe i wspiera przepływ informacji o energetyce lokalnej i odnawialnych źródłach energii.',
      en: 'An energy cluster based in Kleszczów. It helps businesses, local governments and investors work together, connects the business community and shares knowledge on local energy and renewables.',
      uk: 'Енергетичний кластер із осідком у Клещуві. Сприяє співпраці підприємців, органів місцевого самоврядування та інвесторів, об’єднує бізнес-середовище й поширює знання про локальну енергетику та відновлювані джерела енергії.',
    },
    address: { street: 'ul. Główna 122', postalCode: '97-410', city: 'Kleszczów', country: 'PL' },
    registry: { nip: '7692252507', regon: '540869122', krs: '0001149189' },
  },
  {
    id: 'pppt',
    name: 'Płocki Park Przemysłowo-Technologiczny S.A.',
    shortName: 'PPPT',
    kind: 'technology_park',
    role: 'associate',
    description: {
      pl: 'Park przemysłowo-technologiczny w Płocku, koordynator Mazowieckiego Klastra Chemicznego. Dzieli się doświadczeniem w polityce klastrowej i współpracy międzynarodowej, m.in. w Europejskiej Sieci Regionów Chemicznych.',
      en: 'The industrial and technology park in Płock and coordinator of the Mazovian Chemical Cluster. It shares its experience in cluster policy and international cooperation, including the European Chemical Regions Network.',
    },
  },
  {
    id: 'tcp',
    name: 'Tarnowskie Centrum Przedsiębiorczości',
    shortName: 'TCP',
    kind: 'development_agency',
    role: 'associate',
    description: {
      pl: 'Jednostka wspierająca przedsiębiorczość w Tarnowie. Partner wymiany doświadczeń o współpracy samorządu z biznesem w sieci „Miasto Przedsiębiorcze”.',
      en: 'A business support centre in Tarnów. A partner for sharing experience on how local government works with business, in the "Enterprising City" network.',
    },
  },
  {
    id: 'gmina-kleszczow',
    name: 'Gmina Kleszczów',
    shortName: 'Gmina Kleszczów',
    kind: 'municipality',
    role: 'associate',
    description: {
      pl: 'Gmina, na której terenie działają Elektrownia i Kopalnia Węgla Brunatnego Bełchatów. Przygotowuje nową strefę przemysłową na terenach pokopalnianych dla firm nowych technologii.',
      en: 'The municipality that hosts the Bełchatów power plant and lignite mine. It is preparing a new industrial zone on former mining land for high-tech companies.',
      uk: 'Гміна, на території якої працюють електростанція та буровугільна шахта Белхатув. Готує нову промислову зону на колишніх гірничих землях для компаній новітніх технологій.',
    },
  },
];
