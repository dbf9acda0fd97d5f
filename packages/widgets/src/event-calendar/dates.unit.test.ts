import { describe, expect, it } from 'vitest';
import {
  addMonths,
  civilDate,
  dayNumber,
  daysInMonth,
  isoDay,
  isoMonth,
  parseIsoDay,
  parseIsoMonth,
  shiftMonth,
  weekday,
} from './dates.js';

describe('day numbers', () => {
  it('count days from 1970-01-01 and round-trip through civil dates', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    const day = dayNumber(2026, 11, 25);
    expect(civilDate(day)).toEqual({ year: 2026, month: 11, day: 25 });
    expect(isoDay(day)).toBe('2026-11-25');
    expect(civilDate(day + 6)).toEqual({ year: 2026, month: 12, day: 1 });
  });

  it('roll over out-of-range days like Date.UTC', () => {
    expect(isoDay(dayNumber(2026, 3, 0))).toBe('2026-02-28');
    expect(isoDay(dayNumber(2026, 13, 1))).toBe('2027-01-01');
  });

  it('know the ISO weekday', () => {
    expect(weekday(dayNumber(1970, 1, 1))).toBe(4); // Thursday
    expect(weekday(dayNumber(2026, 11, 25))).toBe(3); // Wednesday
    expect(weekday(dayNumber(2026, 11, 29))).toBe(7); // Sunday
    expect(weekday(dayNumber(1969, 12, 29))).toBe(1); // Monday, before the epoch
  });
});

describe('months', () => {
  it('know their lengths, leap years included', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('shift across year boundaries', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth({ year: 2026, month: 5 }, -17)).toEqual({ year: 2024, month: 12 });
  });

  it('move a date by months, clamping to the target month', () => {
    expect(isoDay(addMonths(dayNumber(2026, 1, 31), 1))).toBe('2026-02-28');
    expect(isoDay(addMonths(dayNumber(2026, 3, 31), -1))).toBe('2026-02-28');
    expect(isoDay(addMonths(dayNumber(2028, 2, 29), 12))).toBe('2029-02-28');
    expect(isoDay(addMonths(dayNumber(2026, 11, 25), -12))).toBe('2025-11-25');
  });
});

describe('ISO text', () => {
  it('parses only real dates and months', () => {
    expect(parseIsoDay('2026-11-25')).toBe(dayNumber(2026, 11, 25));
    expect(parseIsoDay('2026-02-29')).toBeUndefined();
    expect(parseIsoDay('2026-13-01')).toBeUndefined();
    expect(parseIsoDay('25.11.2026')).toBeUndefined();
    expect(parseIsoMonth('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parseIsoMonth('2026-00')).toBeUndefined();
    expect(parseIsoMonth('0000-01')).toBeUndefined();
    expect(parseIsoMonth('1969-12')).toBeUndefined();
    expect(parseIsoMonth('2999-12')).toEqual({ year: 2999, month: 12 });
    expect(parseIsoMonth('2026-1')).toBeUndefined();
    expect(isoMonth({ year: 2026, month: 3 })).toBe('2026-03');
  });
});
