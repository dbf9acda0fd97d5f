import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from './dates.js';
import { isActivation, moveFocus } from './keyboard.js';

const from = dayNumber(2026, 11, 25); // a Wednesday
const move = (key: string, opts: { shiftKey?: boolean; ctrlKey?: boolean; weekStart?: 1 | 7; day?: number } = {}) => {
  const result = moveFocus(opts.day ?? from, { key, shiftKey: opts.shiftKey, ctrlKey: opts.ctrlKey }, opts.weekStart ?? 1);
  return result === undefined ? undefined : isoDay(result);
};

describe('moveFocus (APG grid keys)', () => {
  it('moves by day and by week with the arrows', () => {
    expect(move('ArrowRight')).toBe('2026-11-26');
    expect(move('ArrowLeft')).toBe('2026-11-24');
    expect(move('ArrowDown')).toBe('2026-12-02');
    expect(move('ArrowUp')).toBe('2026-11-18');
    expect(move('ArrowRight', { day: dayNumber(2026, 12, 31) })).toBe('2027-01-01');
  });

  it('goes to the start and end of the week, per the locale’s first day', () => {
    expect(move('Home')).toBe('2026-11-23');
    expect(move('End')).toBe('2026-11-29');
    expect(move('Home', { weekStart: 7 })).toBe('2026-11-22');
    expect(move('End', { weekStart: 7 })).toBe('2026-11-28');
  });

  it('moves by month and, with Shift, by year, clamping the day', () => {
    expect(move('PageDown')).toBe('2026-12-25');
    expect(move('PageUp')).toBe('2026-10-25');
    expect(move('PageDown', { shiftKey: true })).toBe('2027-11-25');
    expect(move('PageUp', { shiftKey: true })).toBe('2025-11-25');
    expect(move('PageDown', { day: dayNumber(2027, 1, 31) })).toBe('2027-02-28');
    expect(move('PageDown', { day: dayNumber(2028, 2, 29), shiftKey: true })).toBe('2029-02-28');
  });

  it('leaves other keys and modified keys to the browser', () => {
    expect(move('a')).toBeUndefined();
    expect(move('Tab')).toBeUndefined();
    expect(move('ArrowRight', { ctrlKey: true })).toBeUndefined();
  });

  it('opens the day on Enter and Space only', () => {
    expect(isActivation({ key: 'Enter' })).toBe(true);
    expect(isActivation({ key: ' ' })).toBe(true);
    expect(isActivation({ key: 'Enter', ctrlKey: true })).toBe(false);
    expect(isActivation({ key: 'Escape' })).toBe(false);
  });
});
