import type { ConsortiumEvent } from '@razem/contract';
import { describe, expect, it } from 'vitest';
import { denseMonth, sampleMonth } from './fixtures.js';
import { mergeIntervals, RangeCache, subtractIntervals } from './range-cache.js';
import { gridInterval, monthFetchPlan, type Interval } from './ranges.js';

const iso = (ms: number) => new Date(ms).toISOString();
const show = (i: Interval) => `${iso(i.from)}/${iso(i.to)}`;

describe('grid intervals', () => {
  it('cover the six weeks of November 2026 in Warsaw', () => {
    // The grid runs Monday 26 October – Sunday 6 December; 26 October is already winter time.
    expect(show(gridInterval({ year: 2026, month: 11 }, 1, 'Europe/Warsaw'))).toBe(
      '2026-10-25T23:00:00.000Z/2026-12-06T23:00:00.000Z',
    );
  });

  it('cover the visible days in the viewer’s zone and in Warsaw', () => {
    // New York midnight is later than Warsaw's: start at Warsaw's, end at New York's.
    expect(show(gridInterval({ year: 2026, month: 11 }, 7, 'America/New_York'))).toBe(
      '2026-10-31T23:00:00.000Z/2026-12-13T05:00:00.000Z',
    );
    // Tokyo midnight is earlier: start at Tokyo's, end at Warsaw's.
    expect(show(gridInterval({ year: 2026, month: 11 }, 1, 'Asia/Tokyo'))).toBe(
      '2026-10-25T15:00:00.000Z/2026-12-06T23:00:00.000Z',
    );
  });

  it('plan the visible month, then the next and the previous', () => {
    const plan = monthFetchPlan({ year: 2026, month: 11 }, 1, 'Europe/Warsaw');
    expect(show(plan.visible)).toBe('2026-10-25T23:00:00.000Z/2026-12-06T23:00:00.000Z');
    expect(plan.prefetch.map(show)).toEqual([
      '2026-11-29T23:00:00.000Z/2027-01-10T23:00:00.000Z',
      '2026-09-27T22:00:00.000Z/2026-11-08T23:00:00.000Z',
    ]);
  });
});

describe('interval arithmetic', () => {
  it('merges overlapping and touching intervals', () => {
    expect(mergeIntervals([{ from: 5, to: 7 }, { from: 0, to: 2 }, { from: 2, to: 3 }, { from: 6, to: 9 }, { from: 4, to: 4 }])).toEqual([
      { from: 0, to: 3 },
      { from: 5, to: 9 },
    ]);
  });

  it('finds the gaps of a wanted interval', () => {
    const covered = [{ from: 2, to: 4 }, { from: 6, to: 8 }];
    expect(subtractIntervals({ from: 0, to: 10 }, covered)).toEqual([
      { from: 0, to: 2 },
      { from: 4, to: 6 },
      { from: 8, to: 10 },
    ]);
    expect(subtractIntervals({ from: 2, to: 4 }, covered)).toEqual([]);
    expect(subtractIntervals({ from: 3, to: 7 }, covered)).toEqual([{ from: 4, to: 6 }]);
    expect(subtractIntervals({ from: 0, to: 1 }, [])).toEqual([{ from: 0, to: 1 }]);
  });
});

/** An in-memory event source: answers like the API (events overlapping [from, to)) and logs requests. */
function source(events: ConsortiumEvent[]) {
  const requests: Interval[] = [];
  const load = async (interval: Interval) => {
    requests.push(interval);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return events.filter((e) => Date.parse(e.endsAt) > interval.from && Date.parse(e.startsAt) < interval.to);
  };
  return { requests, load };
}

describe('RangeCache', () => {
  const november = monthFetchPlan({ year: 2026, month: 11 }, 1, 'Europe/Warsaw');
  const december = monthFetchPlan({ year: 2026, month: 12 }, 1, 'Europe/Warsaw');
  const events = [...sampleMonth({ year: 2026, month: 11 }), ...denseMonth({ year: 2026, month: 12 }, 50)];

  it('fetches the visible range once and serves revisits from memory', async () => {
    const { requests, load } = source(events);
    const cache = new RangeCache();
    expect(await cache.ensure(november.visible, load)).toBe(true);
    expect(requests.map(show)).toEqual([show(november.visible)]);
    expect(cache.has(november.visible)).toBe(true);
    // November's seven, plus December's from the 1st to the 6th shown in the last week.
    const shown = events.filter((e) => Date.parse(e.startsAt) < november.visible.to);
    expect(shown.length).toBeGreaterThan(7);
    expect(cache.events().map((e) => e.id).sort()).toEqual(shown.map((e) => e.id).sort());
    expect(await cache.ensure(november.visible, load)).toBe(false);
    expect(requests).toHaveLength(1);
  });

  it('fetches only the part of a neighbouring grid it lacks', async () => {
    const { requests, load } = source(events);
    const cache = new RangeCache();
    await cache.ensure(november.visible, load);
    await cache.ensure(november.prefetch[0]!, load);
    expect(requests.map(show)[1]).toBe(`${iso(november.visible.to)}/${iso(november.prefetch[0]!.to)}`);
    // December's own grid is now complete: switching to it costs nothing.
    await cache.ensure(december.visible, load);
    expect(requests).toHaveLength(2);
    expect(cache.events()).toHaveLength(57);
    expect(cache.intervals).toEqual([{ from: november.visible.from, to: december.visible.to }]);
  });

  it('stores an event seen by two requests once, keeping the latest copy', () => {
    const cache = new RangeCache();
    const [first] = sampleMonth({ year: 2026, month: 11 });
    cache.add({ from: 0, to: 10 }, [first!]);
    const version = cache.version;
    cache.add({ from: 10, to: 20 }, [{ ...first!, status: 'cancelled' }]);
    expect(cache.events()).toHaveLength(1);
    expect(cache.events()[0]!.status).toBe('cancelled');
    expect(cache.version).toBeGreaterThan(version);
  });

  it('does not request a range twice while it is in flight', async () => {
    const { requests, load } = source(events);
    const cache = new RangeCache();
    await Promise.all([cache.ensure(november.visible, load), cache.ensure(november.visible, load)]);
    expect(requests).toHaveLength(1);
    expect(cache.missing(november.visible)).toEqual([]);
  });

  it('leaves a failed range missing so a retry requests it again', async () => {
    const cache = new RangeCache();
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error('offline');
    };
    await expect(cache.ensure(november.visible, failing)).rejects.toThrow('offline');
    expect(cache.has(november.visible)).toBe(false);
    expect(cache.missing(november.visible)).toEqual([november.visible]);
    const { requests, load } = source(events);
    await cache.ensure(november.visible, load);
    expect([calls, requests.length]).toEqual([1, 1]);
    expect(cache.has(november.visible)).toBe(true);
  });
});
