/**
 * Civil-date arithmetic on plain integers. A calendar day is a "day number": days since
 * 1970-01-01 in the proleptic Gregorian calendar, with no time zone attached. Integers make
 * bucketing thousands of events into cells a matter of array indexing, and sidestep the local
 * time zone of `Date`, which must never leak into what the calendar shows.
 */

/** Days since 1970-01-01 of a civil date (no time zone). */
export type DayNumber = number;

/** ISO weekday: 1 = Monday … 7 = Sunday (as `Intl.Locale#getWeekInfo` numbers them). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A civil date; `month` is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A calendar month; `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** Milliseconds in a day without a DST change (day numbers are UTC-based, so always this). */
export const MS_PER_DAY = 86_400_000;

/** Day number of a civil date. Out-of-range months and days roll over like `Date.UTC`. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The civil date of a day number. */
export function civilDate(day: DayNumber): CivilDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekday(day: DayNumber): Weekday {
  return ((((day + 3) % 7) + 7) % 7) + 1 as Weekday;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** The month `delta` months after `ym` (negative goes back). */
export function shiftMonth(ym: YearMonth, delta: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The month a day falls in. */
export function monthOf(day: DayNumber): YearMonth {
  const { year, month } = civilDate(day);
  return { year, month };
}

/**
 * The same day of the month `delta` months later, clamped to the month's length
 * (31 January + 1 month = 28 or 29 February), as calendars and date pickers move.
 */
export function addMonths(day: DayNumber, delta: number): DayNumber {
  const date = civilDate(day);
  const target = shiftMonth(date, delta);
  return dayNumber(target.year, target.month, Math.min(date.day, daysInMonth(target.year, target.month)));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: DayNumber): string {
  const { year, month, day: d } = civilDate(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** `YYYY-MM` of a month. */
export function isoMonth(ym: YearMonth): string {
  return `${pad(ym.year, 4)}-${pad(ym.month)}`;
}

/** Parses `YYYY-MM-DD`; undefined unless it names a real date. */
export function parseIsoDay(text: string): DayNumber | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/**
 * Parses `YYYY-MM`; undefined unless the month is 01–12 and the year 1970–2999 (a calendar of
 * events has nothing before the epoch, and a link to year 0 is a typo, not a month to load).
 */
export function parseIsoMonth(text: string): YearMonth | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && year >= 1970 && year <= 2999 ? { year, month } : undefined;
}
