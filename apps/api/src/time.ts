/**
 * Time-zone arithmetic through the Temporal polyfill, so event times are exact in Europe/Warsaw
 * whatever the server's own zone is.
 */
import { Temporal } from 'temporal-polyfill';

/** `2026-11-25T17:00:00+01:00`: an instant written with the offset it has in `timeZone`. */
export function formatInZone(date: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime())
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: date.getMilliseconds() ? 'millisecond' : 'second' });
}

/** UTC `…Z` string with milliseconds, for `updatedAt`-like fields. */
export function formatUtc(date: Date): string {
  return date.toISOString();
}

/** The instant of a wall-clock time in `timeZone` (DST gaps resolve forward, like calendars do). */
export function zonedToInstant(
  timeZone: string,
  fields: { year: number; month: number; day: number; hour?: number; minute?: number },
): Date {
  const zoned = Temporal.PlainDateTime.from({ hour: 0, minute: 0, ...fields }).toZonedDateTime(timeZone, {
    disambiguation: 'compatible',
  });
  return new Date(zoned.epochMilliseconds);
}

/** Calendar date of an instant in `timeZone`. */
export function plainDateIn(date: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Whether `date` is local midnight in `timeZone` (all-day events start and end there). */
export function isLocalMidnight(date: Date, timeZone: string): boolean {
  const zoned = Temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timeZone);
  return zoned.hour === 0 && zoned.minute === 0 && zoned.second === 0 && zoned.millisecond === 0;
}

export { Temporal };
