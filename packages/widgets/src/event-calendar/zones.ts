/**
 * Time-zone conversion with nothing but `Intl.DateTimeFormat`: the UTC offset of a zone at an
 * instant, the calendar day and minute an instant falls on in a zone, and the instant of a
 * zone's wall-clock time. Offsets are cached per zone and UTC day (a day has at most one
 * transition, located by bisection), so placing 10,000 events costs a few dozen
 * `formatToParts` calls instead of 10,000.
 */
import { MS_PER_DAY, type DayNumber } from './dates.js';

const MS_PER_MINUTE = 60_000;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is an IANA zone this runtime knows. */
export function isValidTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    partsFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

let systemZone: string | undefined;

/** The zone of the runtime (the visitor's zone in a browser); UTC if it cannot tell. */
export function systemTimeZone(): string {
  return (systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The offset of `zone` from UTC at `ms`, in minutes (Warsaw in winter: 60). The runtime's own
 * zone (what most visitors view in) is read from `Date`, an order of magnitude cheaper than
 * formatting; any other zone from Intl.
 */
function measureOffset(ms: number, zone: string): number {
  if (zone === systemTimeZone()) {
    const west = new Date(ms - (((ms % 1000) + 1000) % 1000)).getTimezoneOffset();
    return west ? -west : 0;
  }
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const date = new Date(0);
  date.setUTCFullYear(fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1);
  date.setUTCHours(fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0, 0);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((date.getTime() - wholeSecond) / MS_PER_MINUTE);
}

/** Offsets of one UTC day: `before` until `at`, `after` from then (equal when no transition). */
interface DayOffsets {
  before: number;
  after: number;
  at: number;
}

const offsetCache = new Map<string, Map<number, DayOffsets>>();

function dayOffsets(utcDay: number, zone: string): DayOffsets {
  let days = offsetCache.get(zone);
  if (!days) offsetCache.set(zone, (days = new Map()));
  let entry = days.get(utcDay);
  if (!entry) {
    const start = utcDay * MS_PER_DAY;
    const before = measureOffset(start, zone);
    const after = measureOffset(start + MS_PER_DAY - MS_PER_MINUTE, zone);
    let at = start + MS_PER_DAY;
    if (before !== after) {
      // Bisect to the minute of the transition (tz transitions fall on whole minutes).
      let lo = start;
      let hi = start + MS_PER_DAY - MS_PER_MINUTE;
      while (hi - lo > MS_PER_MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
        if (measureOffset(mid, zone) === before) lo = mid;
        else hi = mid;
      }
      at = hi;
    }
    entry = { before, after, at };
    days.set(utcDay, entry);
  }
  return entry;
}

/** The UTC offset of `zone` at instant `ms`, in minutes east of UTC. */
export function offsetAt(ms: number, zone: string): number {
  const entry = dayOffsets(Math.floor(ms / MS_PER_DAY), zone);
  return ms < entry.at ? entry.before : entry.after;
}

/** Where an instant falls on a zone's calendar and clock. */
export interface ZonedTime {
  /** The calendar day. */
  day: DayNumber;
  /** Minutes since that day's midnight on the wall clock (0–1439). */
  minute: number;
}

/** The day and wall-clock minute of instant `ms` in `zone`. */
export function zonedTime(ms: number, zone: string): ZonedTime {
  const local = ms + offsetAt(ms, zone) * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  return { day, minute: Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE) };
}

/** The calendar day instant `ms` falls on in `zone`. */
export function zonedDay(ms: number, zone: string): DayNumber {
  return Math.floor((ms + offsetAt(ms, zone) * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * The instant when the wall clock in `zone` shows `minute` minutes after midnight of `day`.
 * A time skipped by a DST change (02:30 on the spring-forward night in Warsaw) maps to the
 * same distance after the change (03:30), as RFC 5545 prescribes; a time that occurs twice
 * (02:30 on the autumn night) maps to the first occurrence.
 */
export function zonedInstant(day: DayNumber, zone: string, minute = 0): number {
  const local = day * MS_PER_DAY + minute * MS_PER_MINUTE;
  // The offset before the wall time and the offset after it bracket every answer.
  const early = offsetAt(local - MS_PER_DAY, zone);
  const late = offsetAt(local + MS_PER_DAY, zone);
  const first = local - early * MS_PER_MINUTE;
  if (offsetAt(first, zone) === early) return first;
  const second = local - late * MS_PER_MINUTE;
  if (offsetAt(second, zone) === late) return second;
  // In a gap: neither reading is valid; keep the distance from midnight on the earlier offset.
  return first;
}

/** The instant of midnight starting `day` in `zone`. */
export function startOfZonedDay(day: DayNumber, zone: string): number {
  return zonedInstant(day, zone, 0);
}
