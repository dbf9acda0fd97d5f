/**
 * Kinds of event the consortium runs, written the way its announcements are (seed documents):
 * workshops, consultations, study visits, webinars, conferences and panels in Bełchatów,
 * Kleszczów, Łódź and online.
 */
import type { EventKind, LocalizedText, PostalAddress } from '@razem/contract';

/** Where a template takes place. */
export interface Venue {
  venue?: string;
  address?: PostalAddress;
  online?: boolean;
}

/** One recurring kind of event. */
export interface EventTemplate {
  slug: string;
  kind: EventKind;
  title: LocalizedText;
  summary: LocalizedText;
  description?: LocalizedText;
  organizers: string[];
  where: Venue;
  /** ISO weekday (1 = Monday) and local start time; all-day templates give `days` instead. */
  weekday: number;
  start?: [number, number];
  minutes?: number;
  /** All-day events: number of days. */
  days?: number;
  registration?: boolean;
}

const BKPPT: Venue = { venue: 'Siedziba BKPPT, Bełchatów' };
const SOLPARK: Venue = { venue: 'Solpark Kleszczów' };
const RIG: Venue = { venue: 'Sala konferencyjna Regionalnej Izby Gospodarczej, Bełchatów' };
const KLASTER: Venue = {
  venue: 'Siedziba Klastra ONE',
  address: { street: 'ul. Główna 122', postalCode: '97-410', city: 'Kleszczów', country: 'PL' },
};
const FRGK: Venue = { venue: 'Siedziba Fundacji Rozwoju Gminy Kleszczów, Kleszczów' };
const LODZ: Venue = { venue: 'Urząd Marszałkowski Województwa Łódzkiego, Łódź' };
const ONLINE: Venue = { online: true };

/** Events that recur through the year, a couple each week. */
export const REGULAR_TEMPLATES: EventTemplate[] = [
  {
    slug: 'wniosek-fst',
    kind: 'workshop',
    title: {
      pl: 'Warsztaty: jak przygotować wniosek do Funduszu na rzecz Sprawiedliwej Transformacji',
      en: 'Workshop: preparing a Just Transition Fund application',
      uk: 'Воркшоп: як підготувати заявку до Фонду справедливої трансформації',
    },
    summary: {
      pl: 'Praktyczne warsztaty dla firm i samorządów: kryteria, budżet, wskaźniki; najczęstsze błędy we wnioskach.',
      en: 'A hands-on workshop for businesses and local governments: criteria, budget, indicators; the most common mistakes.',
      uk: 'Практичний воркшоп для компаній і громад: критерії, бюджет, показники; найпоширеніші помилки.',
    },
    description: {
      pl: 'Program:\n1. Zasady naborów FST w województwie łódzkim.\n2. Budżet i wskaźniki; jak je opisać.\n3. Konsultacje indywidualne pomysłów uczestników.\nProsimy o zabranie zarysu własnego projektu.',
      en: 'Agenda:\n1. Just Transition Fund calls in Łódź Voivodeship.\n2. Budget and indicators; how to describe them.\n3. One-to-one advice on participants\' ideas.\nPlease bring an outline of your own project.',
    },
    organizers: ['arreks', 'bkppt'],
    where: BKPPT,
    weekday: 2,
    start: [10, 0],
    minutes: 240,
    registration: true,
  },
  {
    slug: 'pomysly-mieszkancow',
    kind: 'workshop',
    title: {
      pl: 'Warsztaty projektowe: pomysły mieszkańców na transformację regionu',
      en: "Design workshop: residents' ideas for the region's transition",
      uk: 'Проєктний воркшоп: ідеї мешканців щодо трансформації регіону',
    },
    summary: {
      pl: 'Pracujemy w grupach – samorządowcy, przedsiębiorcy, młodzież i seniorzy – nad pomysłami, które chcielibyśmy zobaczyć w regionie.',
      en: 'Working in mixed groups – local officials, entrepreneurs, young people and seniors – on ideas we would like to see in the region.',
      uk: 'Працюємо в змішаних групах – місцева влада, підприємці, молодь і сеньйори – над ідеями, які хочемо бачити в регіоні.',
    },
    organizers: ['bkppt'],
    where: BKPPT,
    weekday: 3,
    start: [16, 0],
    minutes: 180,
    registration: true,
  },
  {
    slug: 'energetyka-lokalna',
    kind: 'workshop',
    title: {
      pl: 'Energetyka lokalna w praktyce – warsztaty dla gmin',
      en: 'Local energy in practice – a workshop for municipalities',
    },
    summary: {
      pl: 'Jak gmina może korzystać z OZE: instalacje, klastry energii, społeczności energetyczne; czego unikać przy przewymiarowaniu instalacji.',
      en: 'How a municipality can use renewables: installations, energy clusters, energy communities; what to avoid when sizing installations.',
    },
    organizers: ['klaster-one', 'frgk'],
    where: SOLPARK,
    weekday: 4,
    start: [9, 30],
    minutes: 240,
  },
  {
    slug: 'zawody-przyszlosci',
    kind: 'workshop',
    title: {
      pl: 'Zawody przyszłości w regionie – warsztaty dla młodzieży',
      en: 'Jobs of the future in the region – a youth workshop',
      uk: 'Професії майбутнього в регіоні – воркшоп для молоді',
    },
    summary: {
      pl: 'Drony, robotyka, sztuczna inteligencja, OZE: jakie kompetencje będą potrzebne w firmach nowej strefy przemysłowej?',
      en: 'Drones, robotics, AI, renewables: what skills will the companies of the new industrial zone need?',
      uk: 'Дрони, робототехніка, штучний інтелект, ВДЕ: які навички знадобляться компаніям нової промислової зони?',
    },
    organizers: ['frgk'],
    where: SOLPARK,
    weekday: 5,
    start: [10, 0],
    minutes: 180,
  },
  {
    slug: 'seniorzy-e-uslugi',
    kind: 'workshop',
    title: {
      pl: 'Seniorzy w cyfrowym urzędzie: e-usługi krok po kroku',
      en: 'Seniors and digital public services, step by step',
      uk: 'Сеньйори в цифровому уряді: е-послуги крок за кроком',
    },
    summary: {
      pl: 'Profil zaufany, e-wnioski, bezpieczeństwo w sieci; zajęcia w małych grupach, z własnym telefonem lub na naszych komputerach.',
      en: 'Trusted profile, e-forms, staying safe online; small groups, on your own phone or on our computers.',
    },
    organizers: ['frgk', 'gmina-kleszczow'],
    where: FRGK,
    weekday: 1,
    start: [11, 0],
    minutes: 120,
  },
  {
    slug: 'efektywnosc-energetyczna',
    kind: 'workshop',
    title: { pl: 'Efektywność energetyczna to dobry biznes', en: 'Energy efficiency is good business' },
    summary: {
      pl: 'Audyt energetyczny, magazyny energii, wirtualne elektrownie: przykłady firm, które obniżyły koszty energii.',
      en: 'Energy audits, storage, virtual power plants: examples of companies that cut their energy costs.',
    },
    organizers: ['klaster-one', 'rig-belchatow'],
    where: RIG,
    weekday: 2,
    start: [13, 0],
    minutes: 180,
    registration: true,
  },
  {
    slug: 'spotkanie-klastra',
    kind: 'meeting',
    title: { pl: 'Spotkanie Klastra Obszaru Nowej Energii', en: 'Klaster ONE members’ meeting' },
    summary: {
      pl: 'Spotkanie członków i partnerów klastra: bieżące projekty, nowi członkowie, współpraca z samorządami.',
      en: 'Members and partners of the cluster: current projects, new members, cooperation with local governments.',
    },
    organizers: ['klaster-one'],
    where: KLASTER,
    weekday: 4,
    start: [17, 0],
    minutes: 120,
  },
  {
    slug: 'zespol-wykonawczy',
    kind: 'meeting',
    title: {
      pl: 'Posiedzenie zespołu wykonawczego porozumienia „RAZEM Możemy Więcej”',
      en: 'Executive team meeting of the “RAZEM Możemy Więcej” agreement',
    },
    summary: {
      pl: 'Przegląd zadań porozumienia: konsultacje, promocja tematyki FST, przygotowanie wspólnej strategii transformacji.',
      en: 'Review of the agreement’s tasks: consultations, promoting the Just Transition Fund, preparing the joint transition strategy.',
    },
    organizers: ['bkppt', 'frgk', 'arreks', 'rig-belchatow'],
    where: BKPPT,
    weekday: 1,
    start: [10, 0],
    minutes: 120,
  },
  {
    slug: 'konsultacje-strategii',
    kind: 'meeting',
    title: {
      pl: 'Konsultacje społeczne: strategia transformacji energetycznej regionu bełchatowskiego',
      en: 'Public consultation: the energy transition strategy of the Bełchatów region',
      uk: 'Громадські консультації: стратегія енергетичної трансформації Белхатувського регіону',
    },
    summary: {
      pl: 'Otwarte spotkanie dla mieszkańców, samorządowców i przedsiębiorców; każdy głos trafia do protokołu konsultacji.',
      en: 'An open meeting for residents, local officials and entrepreneurs; every comment goes into the consultation record.',
      uk: 'Відкрита зустріч для мешканців, місцевої влади й підприємців; кожна думка потрапляє до протоколу консультацій.',
    },
    description: {
      pl: 'Uwagi można też zgłaszać przez formularz pomysłów na stronach partnerów porozumienia.\nSala jest dostępna dla osób poruszających się na wózkach.',
      en: 'You can also send comments through the idea form on the partners’ websites.\nThe hall is wheelchair accessible.',
    },
    organizers: ['bkppt', 'arreks'],
    where: { venue: 'Miejskie Centrum Kultury w Bełchatowie' },
    weekday: 3,
    start: [17, 0],
    minutes: 150,
  },
  {
    slug: 'dyzur-fst',
    kind: 'meeting',
    title: {
      pl: 'Dyżur konsultacyjny dla przedsiębiorców: fundusze FST',
      en: 'Drop-in advice for entrepreneurs: Just Transition funds',
    },
    summary: {
      pl: 'Indywidualne konsultacje pomysłów na projekty; bez zapisów, kolejność zgłoszeń.',
      en: 'One-to-one advice on project ideas; no booking, first come, first served.',
    },
    organizers: ['arreks', 'rig-belchatow'],
    where: RIG,
    weekday: 4,
    start: [9, 0],
    minutes: 360,
  },
  {
    slug: 'sniadanie-biznesowe',
    kind: 'meeting',
    title: {
      pl: 'Śniadanie biznesowe Regionalnej Izby Gospodarczej',
      en: 'Regional Chamber of Commerce business breakfast',
    },
    summary: {
      pl: 'Nieformalne spotkanie przedsiębiorców; tym razem o kadrach, gdy kompleks energetyczny ograniczy zatrudnienie.',
      en: 'An informal meeting of entrepreneurs; this time on hiring as the energy complex reduces its workforce.',
    },
    organizers: ['rig-belchatow'],
    where: RIG,
    weekday: 5,
    start: [8, 30],
    minutes: 120,
  },
  {
    slug: 'webinarium-nabory',
    kind: 'online_session',
    title: {
      pl: 'Webinarium: nabory FST w województwie łódzkim',
      en: 'Webinar: Just Transition Fund calls in Łódź Voivodeship',
      uk: 'Вебінар: конкурси ФСТ у Лодзинському воєводстві',
    },
    summary: {
      pl: 'Harmonogram naborów, kto może aplikować, jak liczyć wkład własny; pytania na czacie.',
      en: 'Call schedule, who can apply, how to count own contribution; questions in the chat.',
      uk: 'Графік конкурсів, хто може подавати заявки, як рахувати власний внесок; запитання в чаті.',
    },
    organizers: ['arreks'],
    where: ONLINE,
    weekday: 2,
    start: [11, 0],
    minutes: 90,
    registration: true,
  },
  {
    slug: 'oze-w-gminie',
    kind: 'online_session',
    title: {
      pl: 'Webinarium: OZE w gminie – szanse i pułapki',
      en: 'Webinar: renewables in a municipality – opportunities and pitfalls',
    },
    summary: {
      pl: 'Nowa rzeczywistość energetyczna a decyzje strategiczne władz lokalnych; przykłady dobrych i złych inwestycji.',
      en: 'The new energy reality and the strategic decisions of local authorities; examples of good and bad investments.',
    },
    organizers: ['klaster-one'],
    where: ONLINE,
    weekday: 3,
    start: [10, 0],
    minutes: 90,
  },
  {
    slug: 'qa-formularz',
    kind: 'online_session',
    title: {
      pl: 'Q&A online: jak zgłosić pomysł na transformację regionu',
      en: "Online Q&A: how to submit an idea for the region's transition",
      uk: 'Онлайн-сесія запитань і відповідей: як подати ідею щодо трансформації регіону',
    },
    summary: {
      pl: 'Pokazujemy formularz pomysłów, odpowiadamy na pytania; co dzieje się z pomysłem po wysłaniu?',
      en: 'We walk through the idea form and answer questions; what happens to an idea after you send it?',
      uk: 'Показуємо форму ідей і відповідаємо на запитання; що відбувається з ідеєю після надсилання?',
    },
    organizers: ['bkppt'],
    where: ONLINE,
    weekday: 1,
    start: [18, 0],
    minutes: 60,
  },
  {
    slug: 'siec-partnerow',
    kind: 'online_session',
    title: {
      pl: 'Spotkanie online sieci partnerów: wymiana doświadczeń',
      en: 'Partner network online meeting: sharing experience',
    },
    summary: {
      pl: 'Bełchatów, Płock i Tarnów o współpracy samorządów z biznesem; krótkie prezentacje i dyskusja.',
      en: 'Bełchatów, Płock and Tarnów on local government working with business; short talks and discussion.',
    },
    organizers: ['bkppt', 'pppt', 'tcp'],
    where: ONLINE,
    weekday: 4,
    start: [12, 0],
    minutes: 90,
  },
  {
    slug: 'rynek-pracy',
    kind: 'panel',
    title: {
      pl: 'Panel dyskusyjny: rynek pracy po wygaszeniu Elektrowni Bełchatów',
      en: 'Panel: the job market after the Bełchatów power plant winds down',
      uk: 'Панельна дискусія: ринок праці після закриття Белхатувської електростанції',
    },
    summary: {
      pl: 'Przedsiębiorcy, samorządowcy i związkowcy o tym, dokąd trafią pracownicy kompleksu i jak ich wesprzeć.',
      en: 'Entrepreneurs, local officials and unions on where the complex’s workers will go and how to support them.',
    },
    organizers: ['rig-belchatow', 'arreks'],
    where: { venue: 'Miejskie Centrum Kultury w Bełchatowie' },
    weekday: 2,
    start: [17, 0],
    minutes: 120,
  },
  {
    slug: 'energetyka-w-zmianie',
    kind: 'panel',
    title: {
      pl: 'Panel: energetyka w trybie zmiany – decyzje samorządów',
      en: 'Panel: energy in flux – decisions for local government',
    },
    summary: {
      pl: 'Klastry energii, OZE i efektywność energetyczna; czego potrzebują gminy, żeby inwestować rozsądnie?',
      en: 'Energy clusters, renewables and efficiency; what do municipalities need to invest wisely?',
    },
    organizers: ['klaster-one', 'gmina-kleszczow'],
    where: SOLPARK,
    weekday: 4,
    start: [11, 0],
    minutes: 120,
  },
  {
    slug: 'projekty-fst-lodz',
    kind: 'workshop',
    title: {
      pl: 'Warsztaty z Urzędem Marszałkowskim: projekty FST w praktyce',
      en: 'Workshop with the Voivodeship Office: Just Transition projects in practice',
    },
    summary: {
      pl: 'Wyjazd do Łodzi; omówienie przykładowych projektów i pytań z konsultacji w regionie bełchatowskim.',
      en: 'A trip to Łódź; example projects and questions from the consultations in the Bełchatów region.',
    },
    organizers: ['arreks'],
    where: LODZ,
    weekday: 3,
    start: [10, 0],
    minutes: 240,
    registration: true,
  },
  {
    slug: 'opera-na-odkrywce',
    kind: 'meeting',
    title: {
      pl: 'Kultura w transformacji: „Opera na odkrywce” – spotkanie koncepcyjne',
      en: 'Culture in transition: “Opera in the open-pit mine” – concept meeting',
      uk: 'Культура в трансформації: «Опера в кар’єрі» – концептуальна зустріч',
    },
    summary: {
      pl: 'Jeden z pomysłów z warsztatów mieszkańców: czy wyrobisko może stać się sceną? Zapraszamy artystów, przedsiębiorców i pasjonatów.',
      en: 'One of the ideas from the residents’ workshops: can the open pit become a stage? Artists, entrepreneurs and enthusiasts welcome.',
    },
    organizers: ['bkppt'],
    where: BKPPT,
    weekday: 2,
    start: [17, 30],
    minutes: 120,
  },
];

/** Study visits, conferences and the forum: a few times a year, some over several days. */
export const SPECIAL_TEMPLATES: Record<'plock' | 'tarnow' | 'odkrywka' | 'konferencja' | 'forum', EventTemplate> = {
  plock: {
    slug: 'wizyta-plock',
    kind: 'study_visit',
    title: {
      pl: 'Wizyta studyjna w Płockim Parku Przemysłowo-Technologicznym',
      en: 'Study visit to the Płock Industrial and Technology Park',
    },
    summary: {
      pl: 'Dwa dni w Płocku: Mazowiecki Klaster Chemiczny, współpraca międzynarodowa, strategia Smart City.',
      en: 'Two days in Płock: the Mazovian Chemical Cluster, international cooperation, the Smart City strategy.',
    },
    description: {
      pl: 'Wyjazd autokarem spod siedziby BKPPT o 7:00 pierwszego dnia; powrót drugiego dnia wieczorem.\nLiczba miejsc ograniczona.',
      en: 'Coach leaves BKPPT at 7:00 on day one; back in the evening of day two.\nPlaces are limited.',
    },
    organizers: ['bkppt', 'pppt'],
    where: { venue: 'Płocki Park Przemysłowo-Technologiczny, Płock' },
    weekday: 4,
    days: 2,
    registration: true,
  },
  tarnow: {
    slug: 'wizyta-tarnow',
    kind: 'study_visit',
    title: {
      pl: 'Wizyta studyjna: Tarnów – współpraca samorządu z biznesem',
      en: 'Study visit: Tarnów – local government working with business',
      uk: 'Навчальний візит: Тарнув – співпраця місцевої влади з бізнесом',
    },
    summary: {
      pl: 'Inkubator przedsiębiorczości, Centrum Nauki i Techniki „Pasaż Odkryć”, wizyty w firmach; sesja warsztatowa z Tarnowskim Centrum Przedsiębiorczości.',
      en: 'The business incubator, the “Pasaż Odkryć” science centre, company visits; a workshop with the Tarnów Enterprise Centre.',
    },
    organizers: ['rig-belchatow', 'tcp'],
    where: { venue: 'Inkubator Przedsiębiorczości w Tarnowie' },
    weekday: 4,
    days: 2,
    registration: true,
  },
  odkrywka: {
    slug: 'tereny-pokopalniane',
    kind: 'study_visit',
    title: {
      pl: 'Wizyta na terenach pokopalnianych: strefa Kleszczów 5.0',
      en: 'Site visit to former mining land: the Kleszczów 5.0 zone',
    },
    summary: {
      pl: 'Objazd terenów przyszłej strefy przemysłowej; rozmowa o centrum badawczym pojazdów inteligentnych i autonomicznych.',
      en: 'A tour of the future industrial zone; a talk on the research centre for intelligent and autonomous vehicles.',
    },
    organizers: ['frgk', 'gmina-kleszczow'],
    where: { venue: 'Zbiórka: Solpark Kleszczów' },
    weekday: 5,
    start: [9, 0],
    minutes: 360,
    registration: true,
  },
  konferencja: {
    slug: 'konferencja-transformacja',
    kind: 'conference',
    title: {
      pl: 'Konferencja „Transformacja a rozwój gospodarczy regionu”',
      en: 'Conference “Transition and the region’s economic development”',
      uk: 'Конференція «Трансформація та економічний розвиток регіону»',
    },
    summary: {
      pl: 'Eksperci, samorządowcy i przedsiębiorcy o wyzwaniach transformacji; podsumowanie pomysłów z warsztatów i formularza.',
      en: 'Experts, local officials and entrepreneurs on the challenges of the transition; a summary of the ideas from the workshops and the form.',
      uk: 'Експерти, місцева влада й підприємці про виклики трансформації; підсумок ідей із воркшопів і форми.',
    },
    organizers: ['bkppt', 'frgk', 'arreks', 'rig-belchatow'],
    where: BKPPT,
    weekday: 3,
    days: 1,
    registration: true,
  },
  forum: {
    slug: 'forum-sprawiedliwej-transformacji',
    kind: 'conference',
    title: {
      pl: 'Forum Sprawiedliwej Transformacji Bełchatów–Kleszczów',
      en: 'Bełchatów–Kleszczów Just Transition Forum',
      uk: 'Форум справедливої трансформації Белхатув–Клещув',
    },
    summary: {
      pl: 'Dwa dni paneli, warsztatów i prezentacji projektów; strefa wystawców dla firm z regionu.',
      en: 'Two days of panels, workshops and project presentations; an exhibitors’ area for companies from the region.',
    },
    organizers: ['frgk', 'bkppt', 'klaster-one'],
    where: SOLPARK,
    weekday: 3,
    days: 2,
    registration: true,
  },
};
