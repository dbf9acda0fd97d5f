import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from './dates.js';
import { formatDateTime, formatDayRange, zoneName } from './dialog-format.js';
import { formatClock, formatDay, formatMonth, formatTimeRange, weekdayNames, zonePeriodName } from './format.js';
import { isValidTimeZone, offsetAt, startOfZonedDay, zonedDay, zonedInstant, zonedTime } from './zones.js';

const at = (iso: string) => Date.parse(iso);
// Intl puts a narrow no-break space before AM/PM; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('offsets', () => {
  it('follow Warsaw across both DST changes of 2026', () => {
    // Spring forward: 29 March 2026, 02:00 CET → 03:00 CEST (01:00 UTC).
    expect(offsetAt(at('2026-03-29T00:59:59Z'), 'Europe/Warsaw')).toBe(60);
    expect(offsetAt(at('2026-03-29T01:00:00Z'), 'Europe/Warsaw')).toBe(120);
    // Fall back: 25 October 2026, 03:00 CEST → 02:00 CET (01:00 UTC).
    expect(offsetAt(at('2026-10-25T00:59:00Z'), 'Europe/Warsaw')).toBe(120);
    expect(offsetAt(at('2026-10-25T01:00:00Z'), 'Europe/Warsaw')).toBe(60);
  });

  it('find transitions that are not on the hour (Lord Howe moves by 30 minutes)', () => {
    // 5 April 2026, 02:00 LHDT (+11:00) → 01:30 LHST (+10:30), i.e. 15:00 UTC the day before.
    expect(offsetAt(at('2026-04-04T14:59:00Z'), 'Australia/Lord_Howe')).toBe(660);
    expect(offsetAt(at('2026-04-04T15:00:00Z'), 'Australia/Lord_Howe')).toBe(630);
    expect(offsetAt(at('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('recognise valid zones only', () => {
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('an instant on a zone’s calendar', () => {
  const meeting = at('2026-11-25T17:00:00+01:00');

  it('is the same evening in Warsaw, the morning in New York and the next night in Tokyo', () => {
    expect(zonedTime(meeting, 'Europe/Warsaw')).toEqual({ day: dayNumber(2026, 11, 25), minute: 17 * 60 });
    expect(zonedTime(meeting, 'America/New_York')).toEqual({ day: dayNumber(2026, 11, 25), minute: 11 * 60 });
    expect(zonedTime(meeting, 'Asia/Tokyo')).toEqual({ day: dayNumber(2026, 11, 26), minute: 60 });
  });

  it('uses each side’s DST: in mid-March New York is 5 hours behind Warsaw, not 6', () => {
    const march = at('2026-03-16T18:00:00+01:00');
    expect(zonedTime(march, 'America/New_York').minute).toBe(13 * 60);
    expect(zonedTime(at('2026-11-16T18:00:00+01:00'), 'America/New_York').minute).toBe(12 * 60);
  });

  it('crosses midnight at the DST change', () => {
    expect(zonedTime(at('2026-03-29T00:59:00Z'), 'Europe/Warsaw').minute).toBe(119);
    expect(zonedTime(at('2026-03-29T01:00:00Z'), 'Europe/Warsaw').minute).toBe(180);
    expect(isoDay(zonedDay(at('2026-10-24T22:30:00Z'), 'Europe/Warsaw'))).toBe('2026-10-25');
    expect(isoDay(zonedDay(at('2026-10-24T21:30:00Z'), 'Europe/Warsaw'))).toBe('2026-10-24');
  });
});

describe('wall-clock time to instant', () => {
  const spring = dayNumber(2026, 3, 29);
  const autumn = dayNumber(2026, 10, 25);

  it('maps ordinary times and midnights', () => {
    expect(new Date(startOfZonedDay(dayNumber(2026, 11, 25), 'Europe/Warsaw')).toISOString()).toBe('2026-11-24T23:00:00.000Z');
    expect(new Date(startOfZonedDay(dayNumber(2026, 7, 1), 'Europe/Warsaw')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(new Date(zonedInstant(spring, 'Europe/Warsaw', 4 * 60)).toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(new Date(zonedInstant(spring, 'Europe/Warsaw', 60)).toISOString()).toBe('2026-03-29T00:00:00.000Z');
  });

  it('moves a skipped time (02:30 on the spring-forward night) forward by the gap', () => {
    expect(new Date(zonedInstant(spring, 'Europe/Warsaw', 150)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of a repeated time (02:30 on the autumn night)', () => {
    expect(new Date(zonedInstant(autumn, 'Europe/Warsaw', 150)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(zonedInstant(autumn, 'Europe/Warsaw', 210)).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('gives a 23-hour and a 25-hour day at the changes', () => {
    const hours = (day: number) =>
      (startOfZonedDay(day + 1, 'Europe/Warsaw') - startOfZonedDay(day, 'Europe/Warsaw')) / 3_600_000;
    expect(hours(spring)).toBe(23);
    expect(hours(autumn)).toBe(25);
    expect(hours(dayNumber(2026, 11, 25))).toBe(24);
  });
});

describe('formatting', () => {
  const meeting = at('2026-11-25T17:00:00+01:00');
  const day = dayNumber(2026, 11, 25);

  it('names months and weekdays in Polish, English and Ukrainian', () => {
    expect(formatMonth({ year: 2026, month: 11 }, 'pl')).toBe('listopad 2026');
    expect(formatMonth({ year: 2026, month: 11 }, 'en')).toBe('November 2026');
    expect(formatMonth({ year: 2026, month: 11 }, 'uk')).toMatch(/^листопад 2026/);
    expect(weekdayNames([1, 2, 3, 4, 5, 6, 7], 'pl')[0]).toBe('pon.');
    expect(weekdayNames([7, 1], 'en', true)).toEqual(['Sunday', 'Monday']);
  });

  it('formats civil days the same whatever the zone of the runtime', () => {
    expect(formatDay(day, 'pl')).toBe('środa, 25 listopada 2026');
    expect(formatDay(day, 'en')).toBe('Wednesday, November 25, 2026');
    expect(formatDayRange(day, day + 2, 'pl')).toBe('25–27 listopada 2026');
    expect(formatDayRange(day, day, 'pl')).toBe('25 listopada 2026');
  });

  it('shows times in the viewer’s zone with the zone named', () => {
    expect(formatClock(zonedTime(meeting, 'Europe/Warsaw').minute, 'pl')).toBe('17:00');
    expect(plain(formatClock(zonedTime(meeting, 'America/New_York').minute, 'en'))).toBe('11:00 AM');
    expect(plain(formatClock(zonedTime(meeting, 'Asia/Kolkata').minute, 'en-GB'))).toBe('21:30');
    expect(formatTimeRange(meeting, meeting + 7_200_000, 'pl', 'Europe/Warsaw')).toBe('17:00–19:00');
    expect(zoneName(meeting, 'pl', 'Europe/Warsaw')).toBe('CET');
    expect(zoneName(at('2026-07-01T12:00:00Z'), 'pl', 'Europe/Warsaw')).toBe('CEST');
    expect(zoneName(meeting, 'en', 'America/New_York')).toBe('EST');
    expect(zoneName(meeting, 'en', 'Europe/Warsaw', true)).toBe('Central European Standard Time');
    // A month's note: the name that holds all year, and the offsets at the month's ends.
    expect(zonePeriodName(at('2026-10-01T04:00:00Z'), at('2026-11-01T03:59:59Z'), 'en', 'America/New_York')).toBe('Eastern Time (GMT-4)');
    expect(zonePeriodName(at('2026-11-01T04:00:00Z'), at('2026-12-01T04:59:59Z'), 'en', 'America/New_York')).toBe('Eastern Time (GMT-4 → GMT-5)');
    expect(zonePeriodName(at('2026-12-01T00:00:00Z'), at('2026-12-31T22:59:59Z'), 'pl', 'Europe/Warsaw')).toBe('czas środkowoeuropejski (GMT+1)');
    expect(formatDateTime(meeting, 'pl', 'Europe/Warsaw')).toBe('środa, 25 listopada 2026 17:00');
  });
});
