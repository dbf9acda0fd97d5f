import { describe, expect, it } from 'vitest';
import { readLink, writeLink } from './deep-link.js';

const id = '00000000-0000-4000-8000-000000000065';

describe('readLink', () => {
  it('reads a month and an optional event', () => {
    expect(readLink('#calendar=2026-11', 'calendar')).toEqual({ year: 2026, month: 11 });
    expect(readLink(`#calendar=2026-11/${id}`, 'calendar')).toEqual({ year: 2026, month: 11, eventId: id });
    expect(readLink(`top&calendar=2026-11&x=1`, 'calendar')).toEqual({ year: 2026, month: 11 });
  });

  it('ignores other keys and malformed values', () => {
    expect(readLink('#kalendarz=2026-11', 'calendar')).toBeUndefined();
    expect(readLink('#calendar=2026-13', 'calendar')).toBeUndefined();
    expect(readLink('#calendar=2026-11/a/b', 'calendar')).toBeUndefined();
    expect(readLink('#calendar=2026-11/<script>', 'calendar')).toBeUndefined();
    expect(readLink('#calendar=%E0%A4%A', 'calendar')).toBeUndefined();
    expect(readLink('', 'calendar')).toBeUndefined();
  });
});

describe('writeLink', () => {
  it('adds, replaces and removes its own part, keeping the rest', () => {
    expect(writeLink('', 'calendar', { year: 2026, month: 3 })).toBe('#calendar=2026-03');
    expect(writeLink('#section-2', 'calendar', { year: 2026, month: 3 })).toBe('#section-2&calendar=2026-03');
    expect(writeLink('#a=1&calendar=2026-03&b=2', 'calendar', { year: 2026, month: 4, eventId: id })).toBe(
      `#a=1&calendar=2026-04/${id}&b=2`,
    );
    expect(writeLink('#a=1&calendar=2026-03', 'calendar', undefined)).toBe('#a=1');
    expect(writeLink('#calendar=2026-03', 'calendar', undefined)).toBe('');
  });

  it('round-trips through readLink', () => {
    const link = { year: 2027, month: 1, eventId: id };
    expect(readLink(writeLink('#x', 'cal', link), 'cal')).toEqual(link);
  });
});
