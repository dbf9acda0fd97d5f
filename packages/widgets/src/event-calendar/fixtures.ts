/**
 * Events for tests, stories and the bench, without the API: a realistic month of the
 * consortium's calendar and synthetic dense months of any size. Deterministic, so stories and
 * assertions do not drift.
 */
import type { ConsortiumEvent, EventKind } from '@razem/contract';
import { KINDS, WARSAW } from './consortium.js';
import { dayNumber, daysInMonth, type DayNumber, type YearMonth } from './dates.js';
import { offsetAt, zonedInstant } from './zones.js';

/** An ISO instant with the zone's offset, like the API writes: `2026-11-25T17:00:00+01:00`. */
export function zonedIso(day: DayNumber, minute: number, zone: string = WARSAW): string {
  const ms = zonedInstant(day, zone, minute);
  const offset = offsetAt(ms, zone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A UUID made from a number, so fixture ids are stable. */
export function fixtureId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A valid event with overridable fields; starts 25 November 2026, 17:00–19:00 in Warsaw. */
export function fixtureEvent(overrides: Partial<ConsortiumEvent> = {}): ConsortiumEvent {
  const day = dayNumber(2026, 11, 25);
  return {
    id: fixtureId(1),
    title: { pl: 'Spotkanie konsorcjum', en: 'Consortium meeting', uk: 'Зустріч консорціуму' },
    kind: 'meeting',
    startsAt: zonedIso(day, 17 * 60),
    endsAt: zonedIso(day, 19 * 60),
    timeZone: WARSAW,
    allDay: false,
    organizerIds: ['bkppt'],
    status: 'scheduled',
    updatedAt: '2026-10-01T08:00:00Z',
    ...overrides,
  };
}

const ORGANIZERS = ['bkppt', 'frgk', 'arreks', 'rig-belchatow', 'klaster-one', 'gmina-kleszczow'];

/** A month of the consortium's calendar: workshops, meetings, a study visit, a cancelled session. */
export function sampleMonth(ym: YearMonth): ConsortiumEvent[] {
  const d = (day: number) => dayNumber(ym.year, ym.month, Math.min(day, daysInMonth(ym.year, ym.month)));
  const at = (day: number, hour: number, minute = 0) => zonedIso(d(day), hour * 60 + minute);
  return [
    fixtureEvent({
      id: fixtureId(101),
      title: {
        pl: 'Warsztaty: jak przygotować wniosek do Funduszu na rzecz Sprawiedliwej Transformacji',
        en: 'Workshop: preparing a Just Transition Fund application',
        uk: 'Воркшоп: як підготувати заявку до Фонду справедливої трансформації',
      },
      summary: { pl: 'Kryteria, budżet i wskaźniki; najczęstsze błędy we wnioskach.', en: 'Criteria, budget and indicators.' },
      description: {
        pl: 'Program:\n1. Zasady naborów FST w województwie łódzkim.\n2. Budżet i wskaźniki.\n3. Konsultacje indywidualne.',
        en: 'Programme:\n1. Just Transition Fund calls in Łódź Voivodeship.\n2. Budget and indicators.\n3. One-to-one advice.',
      },
      kind: 'workshop',
      startsAt: at(4, 10),
      endsAt: at(4, 14),
      location: {
        venue: 'Siedziba BKPPT',
        address: { street: 'ul. Czapliniecka 123', postalCode: '97-400', city: 'Bełchatów', country: 'PL' },
      },
      organizerIds: ['bkppt', 'arreks'],
      registrationUrl: 'https://razem.example/wydarzenia/wniosek-fst/rejestracja',
    }),
    fixtureEvent({
      id: fixtureId(102),
      title: { pl: 'Konsultacje społeczne: strefa przemysłowa „W zielonym sercu transformacji”', en: 'Public consultation: the new industrial zone' },
      kind: 'meeting',
      startsAt: at(11, 17),
      endsAt: at(11, 19),
      location: { venue: 'Solpark Kleszczów', address: { street: 'ul. Sportowa 8', postalCode: '97-410', city: 'Kleszczów', country: 'PL' } },
      organizerIds: ['gmina-kleszczow', 'frgk'],
    }),
    fixtureEvent({
      id: fixtureId(103),
      title: { pl: 'Webinar: magazyny energii dla małych firm', en: 'Webinar: energy storage for small businesses', uk: 'Вебінар: накопичувачі енергії для малого бізнесу' },
      kind: 'online_session',
      startsAt: at(11, 12),
      endsAt: at(11, 13, 30),
      location: { onlineUrl: 'https://spotkania.razem.example/magazyny-energii' },
      organizerIds: ['klaster-one'],
      registrationUrl: 'https://razem.example/wydarzenia/magazyny-energii/rejestracja',
    }),
    fixtureEvent({
      id: fixtureId(104),
      title: { pl: 'Wizyta studyjna w Płockim Parku Przemysłowo-Technologicznym', en: 'Study visit to the Płock Industrial and Technology Park' },
      kind: 'study_visit',
      allDay: true,
      startsAt: zonedIso(d(17), 0),
      endsAt: zonedIso(d(19), 0),
      location: { venue: 'Płocki Park Przemysłowo-Technologiczny, Płock' },
      organizerIds: ['arreks', 'rig-belchatow'],
    }),
    fixtureEvent({
      id: fixtureId(105),
      title: { pl: 'Panel: przedsiębiorczość po węglu', en: 'Panel: enterprise after coal' },
      kind: 'panel',
      status: 'cancelled',
      startsAt: at(20, 16),
      endsAt: at(20, 18),
      location: { venue: 'Sala konferencyjna Regionalnej Izby Gospodarczej, Bełchatów' },
      organizerIds: ['rig-belchatow'],
    }),
    fixtureEvent({
      id: fixtureId(106),
      title: { pl: 'Spotkanie Klastra Obszaru Nowej Energii', en: 'Klaster ONE members’ meeting' },
      kind: 'meeting',
      status: 'postponed',
      startsAt: at(25, 10),
      endsAt: at(25, 12),
      location: { venue: 'Siedziba Klastra ONE', address: { street: 'ul. Główna 122', postalCode: '97-410', city: 'Kleszczów', country: 'PL' } },
      organizerIds: ['klaster-one'],
    }),
    fixtureEvent({
      id: fixtureId(107),
      title: { pl: 'Konferencja „Transformacja a rozwój gospodarczy regionu”', en: 'Conference: Transition and the region’s economic growth' },
      kind: 'conference',
      startsAt: at(25, 9),
      endsAt: at(26, 15),
      location: { venue: 'Urząd Marszałkowski Województwa Łódzkiego, Łódź' },
      organizerIds: ['bkppt', 'frgk', 'arreks', 'rig-belchatow'],
      registrationUrl: 'https://razem.example/wydarzenia/konferencja/rejestracja',
    }),
  ];
}

/** Titles for synthetic events, long Polish ones among them. */
const TITLES = [
  'Warsztaty dla przedsiębiorców',
  'Dyżur doradcy FST',
  'Spotkanie informacyjne dla mieszkańców gminy Kleszczów w sprawie planowanej strefy przemysłowej',
  'Webinar o fotowoltaice',
  'Konsultacje strategii',
  'Wizyta studyjna',
];

/**
 * `count` synthetic events spread over one month (about one in eight all-day or multi-day), for
 * the dense-month story, the DOM-bound test and the bench. Same `seed`, same events.
 */
export function denseMonth(ym: YearMonth, count: number, seed = 1): ConsortiumEvent[] {
  let state = seed >>> 0 || 1;
  const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
  const first = dayNumber(ym.year, ym.month, 1);
  const days = daysInMonth(ym.year, ym.month);
  const events: ConsortiumEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = first + Math.floor(random() * days);
    const kind: EventKind = KINDS[Math.floor(random() * KINDS.length)]!;
    const spanning = random() < 0.125;
    const startMinute = 8 * 60 + Math.floor(random() * 40) * 15;
    const title = `${TITLES[i % TITLES.length]} #${i + 1}`;
    events.push({
      id: fixtureId(100_000 * seed + i),
      title: { pl: title, en: `Event #${i + 1}`, uk: `Подія #${i + 1}` },
      kind,
      allDay: spanning,
      startsAt: spanning ? zonedIso(day, 0) : zonedIso(day, startMinute),
      endsAt: spanning ? zonedIso(day + 1 + Math.floor(random() * 3), 0) : zonedIso(day, startMinute + 90),
      timeZone: WARSAW,
      organizerIds: [ORGANIZERS[i % ORGANIZERS.length]!],
      status: i % 41 === 0 ? 'cancelled' : 'scheduled',
      updatedAt: '2026-10-01T08:00:00Z',
    });
  }
  // The API returns events ordered by start; so do the fixtures.
  return events.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
