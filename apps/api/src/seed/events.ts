/**
 * A year of events (about 3 months back to 9 months ahead), generated deterministically from a
 * seeded PRNG relative to today, so the calendar's current month always has several events.
 */
import { CONSORTIUM_TIME_ZONE, type EventStatus } from '@razem/contract';
import type { EventFields } from '../domain/events.js';
import { formatInZone, plainDateIn, type Temporal, zonedToInstant } from '../time.js';
import { REGULAR_TEMPLATES, SPECIAL_TEMPLATES, type EventTemplate } from './event-templates.js';

/** Small, fast, seedable PRNG (mulberry32); the same seed gives the same calendar. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID v4 drawn from the PRNG, so seeded events keep their ids from run to run. */
function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Polish public holidays with fixed dates (MM-DD) and Christmas Eve: no events then. */
const HOLIDAYS = new Set(['01-01', '01-06', '05-01', '05-03', '08-15', '11-01', '11-11', '12-24', '12-25', '12-26', '12-31']);

const isHoliday = (date: Temporal.PlainDate) =>
  HOLIDAYS.has(`${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`);

/** A seeded event: its fixed id and fields. */
export interface SeedEvent {
  id: string;
  fields: EventFields;
}

const FIRST_WEEK = -13;
const LAST_WEEK = 39;

/** Generates the seed calendar around `now`. */
export function generateSeedEvents(now: Date, seed = 20251123): SeedEvent[] {
  const random = mulberry32(seed);
  const zone = CONSORTIUM_TIME_ZONE;
  const today = plainDateIn(now, zone);
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  const events: SeedEvent[] = [];

  const place = (template: EventTemplate, week: number, statusRoll: number) => {
    const date = monday.add({ days: week * 7 + template.weekday - 1 });
    if (isHoliday(date)) return;
    const id = seededUuid(random);
    let startsAt: Date;
    let endsAt: Date;
    if (template.days) {
      startsAt = zonedToInstant(zone, { year: date.year, month: date.month, day: date.day });
      const end = date.add({ days: template.days });
      endsAt = zonedToInstant(zone, { year: end.year, month: end.month, day: end.day });
    } else {
      const [hour, minute] = template.start ?? [10, 0];
      startsAt = zonedToInstant(zone, { year: date.year, month: date.month, day: date.day, hour, minute });
      endsAt = new Date(startsAt.getTime() + (template.minutes ?? 120) * 60_000);
    }
    // A few cancelled or postponed events, as real calendars have.
    const status: EventStatus = statusRoll < 0.05 ? 'cancelled' : statusRoll < 0.08 ? 'postponed' : 'scheduled';
    const slugDate = date.toString();
    events.push({
      id,
      fields: {
        title: template.title,
        summary: template.summary,
        ...(template.description ? { description: template.description } : {}),
        kind: template.kind,
        startsAt: formatInZone(startsAt, zone),
        endsAt: formatInZone(endsAt, zone),
        timeZone: zone,
        allDay: Boolean(template.days),
        location: {
          ...(template.where.venue ? { venue: template.where.venue } : {}),
          ...(template.where.address ? { address: template.where.address } : {}),
          ...(template.where.online ? { onlineUrl: `https://spotkania.razem.example/${template.slug}-${slugDate}` } : {}),
        },
        organizerIds: template.organizers,
        ...(template.registration
          ? { registrationUrl: `https://razem.example/wydarzenia/${template.slug}-${slugDate}/rejestracja` }
          : {}),
        status,
      },
    });
  };

  for (let week = FIRST_WEEK; week <= LAST_WEEK; week++) {
    // Two regular events most weeks, one every fourth week (holiday periods feel quieter).
    const count = ((week % 4) + 4) % 4 === 3 ? 1 : 2;
    const picked = new Set<number>();
    while (picked.size < count) picked.add(Math.floor(random() * REGULAR_TEMPLATES.length));
    for (const index of picked) place(REGULAR_TEMPLATES[index]!, week, random());
    if (((week % 6) + 6) % 6 === 2) {
      const visit = [SPECIAL_TEMPLATES.plock, SPECIAL_TEMPLATES.tarnow, SPECIAL_TEMPLATES.odkrywka][
        (((week - 2) / 6) % 3 + 3) % 3
      ]!;
      place(visit, week, random());
    }
    if (((week % 13) + 13) % 13 === 5) place(SPECIAL_TEMPLATES.konferencja, week, random());
    if (week === 20) place(SPECIAL_TEMPLATES.forum, week, 1);
  }
  return events;
}
