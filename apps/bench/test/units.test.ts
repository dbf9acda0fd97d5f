import { EventPage } from '@razem/contract';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { benchEvents, monthOfEvents } from '../src/lib/events.ts';
import { median } from '../src/lib/stats.ts';
import { larger, share, slower, table, within } from '../src/report/format.ts';

describe('bench fixtures', () => {
  it('are contract-valid events, all starting in the month asked for, the same on every call', () => {
    const events = monthOfEvents(500, 2026, 11);
    expect(safeParse(EventPage, { data: events, nextCursor: null }).success).toBe(true);
    expect(events).toHaveLength(500);
    expect(events.every((e) => e.startsAt.startsWith('2026-11-'))).toBe(true);
    expect(events.every((e) => Date.parse(e.endsAt) > Date.parse(e.startsAt))).toBe(true);
    expect(monthOfEvents(500, 2026, 11)).toEqual(events);
  });

  it('give the two bench months as many events each, with unique ids', () => {
    const events = benchEvents(300);
    expect(events.filter((e) => e.startsAt.startsWith('2026-11-'))).toHaveLength(300);
    expect(events.filter((e) => e.startsAt.startsWith('2026-12-'))).toHaveLength(300);
    expect(new Set(events.map((e) => e.id)).size).toBe(600);
  });
});

describe('report wording', () => {
  it('reads ratios as the peer compared with Razem', () => {
    expect(slower(990, 100)).toBe('×9.9 slower');
    expect(slower(50, 100)).toBe('×2.0 faster');
    expect(slower(1590, 100)).toBe('×16 slower');
    expect(larger(73_000, 39_000)).toBe('×1.9 larger');
    expect(larger(10_000, 20_000)).toBe('×2.0 smaller');
    expect(share(22, 364)).toBe('×0.06');
    expect(slower(null, 10)).toBe('—');
  });

  it('checks budgets and escapes table cells', () => {
    expect(within(11_999, 12_000)).toBe('✓');
    expect(within(13_130, 12_000)).toBe('✗ (+1.13 kB)');
    expect(table(['a', 'b'], [['x|y', 1]])).toBe('| a | b |\n|---|---|\n| x\\|y | 1 |');
  });

  it('takes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
