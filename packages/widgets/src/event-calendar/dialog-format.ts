/**
 * Date text only the details dialog needs, in the dialog's chunk: whole dates, date ranges and
 * dates with times (cached formatters, like `format.ts`).
 */
import type { DayNumber } from './dates.js';
import { formatter, zonePart } from './format.js';

/** "śr., 25 lis". */
export const DAY_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const ZONE_SHORT: Intl.DateTimeFormatOptions = { hour: 'numeric', timeZoneName: 'short' };
const ZONE_LONG: Intl.DateTimeFormatOptions = { hour: 'numeric', timeZoneName: 'long' };

/**
 * A zone's name at an instant: `short` gives "CET" / "GMT+1" / "EST", `long` gives
 * "czas środkowoeuropejski standardowy" / "Central European Standard Time".
 */
export function zoneName(ms: number, locale: string, zone: string, long = false): string {
  return zonePart(long ? ZONE_LONG : ZONE_SHORT, ms, locale, zone);
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, weekday: 'long', hour: 'numeric', minute: '2-digit' };
const MS_PER_DAY = 86_400_000;

/** A range of civil days (`last` inclusive), e.g. "25–27 listopada 2026". */
export function formatDayRange(first: DayNumber, last: DayNumber, locale: string): string {
  const f = formatter(DATE, locale, 'UTC');
  return last <= first ? f.format(first * MS_PER_DAY) : f.formatRange(first * MS_PER_DAY, last * MS_PER_DAY);
}

/** Date and time of an instant in `zone`, e.g. "środa, 25 listopada 2026 17:00". */
export function formatDateTime(ms: number, locale: string, zone: string): string {
  return formatter(DATE_TIME, locale, zone).format(ms);
}
