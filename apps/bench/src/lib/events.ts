/**
 * Synthetic consortium events for the calendar and SDK benches: contract-valid `ConsortiumEvent`s
 * spread over one month, deterministic (seeded), so every library renders the same data in every
 * run. Used in Node and bundled into the browser pages.
 */
import type { ConsortiumEvent, EventKind } from '@razem/contract';

const KINDS: EventKind[] = ['meeting', 'workshop', 'study_visit', 'online_session', 'conference', 'panel'];
const ORGANIZERS = ['bkppt', 'frgk', 'arreks', 'izba-belchatow', 'klaster-one'];
const TOPICS = [
  'Warsztaty: jak przygotować wniosek o dotację',
  'Spotkanie konsorcjum RAZEM Możemy Więcej',
  'Wizyta studyjna w parku technologicznym',
  'Transformacja energetyczna regionu bełchatowskiego',
  'Panel: zielone miejsca pracy po węglu',
  'Sesja online: fundusze na sprawiedliwą transformację',
];

/** Mulberry32: a tiny seeded generator, so fixtures are the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A version-4-shaped UUID made from a counter (the contract checks the format, not randomness). */
function uuidFor(index: number, salt: number): string {
  const hex = (index * 7919 + salt).toString(16).padStart(12, '0').slice(-12);
  return `b3e1c0de-${pad(salt % 10000, 4)}-4000-8000-${hex}`;
}

/**
 * `count` events in `year`-`month` (1–12), Warsaw wall-clock times. Months are picked by the
 * callers from November–February, where Warsaw stays at +01:00, so offsets are exact without a
 * time-zone library. About 5 % are all-day and 3 % span two or three days, as in the seed data.
 */
export function monthOfEvents(count: number, year: number, month: number, seed = 1): ConsortiumEvent[] {
  const random = seeded(seed * 1000 + month);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const events: ConsortiumEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = 1 + Math.floor(random() * days);
    const kind = KINDS[i % KINDS.length]!;
    const topic = TOPICS[Math.floor(random() * TOPICS.length)]!;
    const roll = random();
    const date = `${year}-${pad(month)}-${pad(day)}`;
    let startsAt: string;
    let endsAt: string;
    let allDay = false;
    if (roll < 0.05) {
      allDay = true;
      const end = new Date(Date.UTC(year, month - 1, day + 1));
      startsAt = `${date}T00:00:00+01:00`;
      endsAt = `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}T00:00:00+01:00`;
    } else {
      const hour = 8 + Math.floor(random() * 10);
      const span = roll < 0.08 ? 24 * (1 + Math.floor(random() * 2)) : 1 + Math.floor(random() * 3);
      const end = new Date(Date.UTC(year, month - 1, day, hour + span, 30));
      startsAt = `${date}T${pad(hour)}:30:00+01:00`;
      endsAt = `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}T${pad(end.getUTCHours())}:30:00+01:00`;
    }
    events.push({
      id: uuidFor(i, seed * 100 + month),
      title: { pl: `${topic} #${i + 1}`, en: `Event #${i + 1}` },
      summary: { pl: 'Spotkanie otwarte dla mieszkańców i przedsiębiorców regionu.' },
      kind,
      startsAt,
      endsAt,
      timeZone: 'Europe/Warsaw',
      allDay,
      location: { venue: 'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny' },
      organizerIds: [ORGANIZERS[i % ORGANIZERS.length]!],
      status: i % 40 === 0 ? 'cancelled' : 'scheduled',
      updatedAt: '2026-10-01T09:00:00+02:00',
    });
  }
  return events.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
}

/** The months every calendar bench shows: first render in the first, the switch goes to the second. */
export const BENCH_MONTHS = [
  { year: 2026, month: 11 },
  { year: 2026, month: 12 },
] as const;

/** `count` events in each of the two bench months. */
export function benchEvents(count: number): ConsortiumEvent[] {
  return BENCH_MONTHS.flatMap(({ year, month }) => monthOfEvents(count, year, month));
}

/**
 * The months a warm-up renders before a warm sample: other months (Warsaw still at +01:00) with
 * other events, so nothing the measured render needs is cached by the warm-up, only the page
 * itself is warm (compiled code, Intl's locale data, parsed styles).
 */
export const WARM_UP_MONTHS = [
  { year: 2027, month: 1 },
  { year: 2027, month: 2 },
] as const;

/** `count` events in each warm-up month, from another seed than {@link benchEvents}. */
export function warmUpEvents(count: number): ConsortiumEvent[] {
  return WARM_UP_MONTHS.flatMap(({ year, month }) => monthOfEvents(count, year, month, 2));
}
