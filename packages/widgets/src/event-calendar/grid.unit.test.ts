import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, weekday } from './dates.js';
import { firstDayOfWeek, monthGrid, parseWeekStart, startOfWeek, weekdayColumns } from './grid.js';

describe('firstDayOfWeek', () => {
  it.each([
    ['pl', 1],
    ['pl-PL', 1],
    ['uk', 1],
    ['uk-UA', 1],
    // Polish and Ukrainian keep Monday whatever region the tag names.
    ['pl-US', 1],
    ['uk-CA', 1],
    ['en-GB', 1],
    ['en-IE', 1],
    ['en-US', 7],
    ['en-CA', 7],
    ['en', 7],
  ])('%s → %i', (tag, day) => {
    expect(firstDayOfWeek(tag)).toBe(day);
  });

  it('starts on Monday for nothing or garbage', () => {
    expect(firstDayOfWeek(undefined)).toBe(1);
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });

  it('falls back to a region table where Intl.Locale has no week data', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const saved = Object.getOwnPropertyDescriptors(proto);
    // Simulate a browser without week data (Firefox before 145).
    for (const name of ['getWeekInfo', 'weekInfo']) {
      if (name in proto) Object.defineProperty(proto, name, { value: undefined, configurable: true });
    }
    try {
      const locale = new Intl.Locale('en-US') as Intl.Locale & { getWeekInfo?: unknown; weekInfo?: unknown };
      expect(locale.getWeekInfo ?? locale.weekInfo).toBeUndefined();
      expect(firstDayOfWeek('en-US')).toBe(7);
      expect(firstDayOfWeek('en')).toBe(7);
      expect(firstDayOfWeek('en-GB')).toBe(1);
      expect(firstDayOfWeek('en-PH')).toBe(7);
      expect(firstDayOfWeek('de')).toBe(1);
    } finally {
      for (const name of ['getWeekInfo', 'weekInfo']) {
        const descriptor = saved[name];
        if (descriptor) Object.defineProperty(proto, name, descriptor);
        else delete proto[name];
      }
    }
  });
});

describe('parseWeekStart', () => {
  it('reads names and ISO numbers', () => {
    expect(parseWeekStart('monday')).toBe(1);
    expect(parseWeekStart('Sun')).toBe(7);
    expect(parseWeekStart('6')).toBe(6);
    expect(parseWeekStart('')).toBeUndefined();
    expect(parseWeekStart('8')).toBeUndefined();
    expect(parseWeekStart('someday')).toBeUndefined();
  });
});

describe('monthGrid', () => {
  it('lays November 2026 out from Monday 26 October, six weeks', () => {
    const grid = monthGrid({ year: 2026, month: 11 }, 1);
    expect(isoDay(grid.start)).toBe('2026-10-26');
    expect(grid.end - grid.start).toBe(42);
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks.every((w) => w.length === 7 && weekday(w[0]!) === 1)).toBe(true);
    expect(isoDay(grid.first)).toBe('2026-11-01');
    expect(isoDay(grid.last)).toBe('2026-11-30');
    expect(isoDay(grid.weeks[5]![6]!)).toBe('2026-12-06');
  });

  it('starts weeks on Sunday for en-US', () => {
    const grid = monthGrid({ year: 2026, month: 11 }, 7);
    // 1 November 2026 is a Sunday: the grid starts on it.
    expect(isoDay(grid.start)).toBe('2026-11-01');
    expect(weekday(grid.start)).toBe(7);
  });

  it('keeps six rows for a February that fits in four', () => {
    // February 2027 starts on a Monday and has 28 days.
    const grid = monthGrid({ year: 2027, month: 2 }, 1);
    expect(isoDay(grid.start)).toBe('2027-02-01');
    expect(grid.weeks).toHaveLength(6);
    expect(isoDay(grid.end - 1)).toBe('2027-03-14');
  });

  it('orders weekday columns and finds week starts', () => {
    expect(weekdayColumns(1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekdayColumns(7)).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(weekdayColumns(6)).toEqual([6, 7, 1, 2, 3, 4, 5]);
    const wednesday = dayNumber(2026, 11, 25);
    expect(isoDay(startOfWeek(wednesday, 1))).toBe('2026-11-23');
    expect(isoDay(startOfWeek(wednesday, 7))).toBe('2026-11-22');
  });
});
