/**
 * Date and time text through `Intl.DateTimeFormat`, with formatters cached per style, locale and
 * zone: constructing one costs far more than formatting with it, and a dense month formats
 * thousands of times. Civil days are formatted as UTC midnights in zone `UTC`, so the visitor's
 * own zone can never shift a date.
 */
import { MS_PER_DAY, type DayNumber, type Weekday, type YearMonth, dayNumber } from './dates.js';

/** "listopad 2026". */
export const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
/** "środa, 25 listopada 2026". */
export const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
/** "17:00" / "5:00 PM". */
export const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const WEEKDAY_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short' };
const WEEKDAY_LONG: Intl.DateTimeFormatOptions = { weekday: 'long' };
const ZONE_GENERIC: Intl.DateTimeFormatOptions = { hour: 'numeric', timeZoneName: 'longGeneric' };
const ZONE_OFFSET: Intl.DateTimeFormatOptions = { hour: 'numeric', timeZoneName: 'shortOffset' };

const cache = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** A cached formatter of `options` (a constant: the cache is keyed by its identity), locale and zone. */
export function formatter(options: Intl.DateTimeFormatOptions, locale: string, zone: string): Intl.DateTimeFormat {
  let byPlace = cache.get(options);
  if (!byPlace) cache.set(options, (byPlace = new Map()));
  const key = `${locale}|${zone}`;
  let result = byPlace.get(key);
  if (!result) byPlace.set(key, (result = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone })));
  return result;
}

/** A civil day, "środa, 25 listopada 2026" by default. */
export function formatDay(day: DayNumber, locale: string, options = DAY): string {
  return formatter(options, locale, 'UTC').format(day * MS_PER_DAY);
}

/** Month and year, e.g. "listopad 2026" / "November 2026" / "листопад 2026 р.". */
export function formatMonth(ym: YearMonth, locale: string): string {
  return formatDay(dayNumber(ym.year, ym.month, 1), locale, MONTH);
}

/** Names of the weekdays in column order, short ("pon.") or long ("poniedziałek"). */
export function weekdayNames(columns: readonly Weekday[], locale: string, long = false): string[] {
  // 2024-01-01 was a Monday: ISO weekday w is that day + w - 1.
  const monday = dayNumber(2024, 1, 1);
  return columns.map((w) => formatDay(monday + w - 1, locale, long ? WEEKDAY_LONG : WEEKDAY_SHORT));
}

const clocks = new Map<string, Map<number, string>>();

/**
 * A wall-clock time given as minutes after midnight, e.g. 1020 → "17:00" / "5:00 PM": the text
 * depends on nothing else, so each is formatted once per locale however many events start then.
 */
export function formatClock(minute: number, locale: string): string {
  let byMinute = clocks.get(locale);
  if (!byMinute) clocks.set(locale, (byMinute = new Map()));
  let text = byMinute.get(minute);
  if (text === undefined) byMinute.set(minute, (text = formatter(TIME, locale, 'UTC').format(minute * 60_000)));
  return text;
}

/** Start and end clock times, e.g. "17:00–19:00"; with dates when they fall on other days. */
export function formatTimeRange(start: number, end: number, locale: string, zone: string): string {
  return formatter(TIME, locale, zone).formatRange(start, end);
}

/** The `timeZoneName` part of formatting `ms` with `options` (which ask for one) in `zone`. */
export function zonePart(options: Intl.DateTimeFormatOptions, ms: number, locale: string, zone: string): string {
  return formatter(options, locale, zone).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * A zone over a period, as the calendar names it above a month: the name that holds all year
 * and the UTC offsets at the period's start and end, "czas wschodnioamerykański (GMT-4 → GMT-5)"
 * for a month with a DST change, "Eastern Time (GMT-5)" without one.
 */
export function zonePeriodName(start: number, end: number, locale: string, zone: string): string {
  const first = zonePart(ZONE_OFFSET, start, locale, zone);
  const last = zonePart(ZONE_OFFSET, end, locale, zone);
  return `${zonePart(ZONE_GENERIC, start, locale, zone)} (${first === last ? first : `${first} → ${last}`})`;
}
