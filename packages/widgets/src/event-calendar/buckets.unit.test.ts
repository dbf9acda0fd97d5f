import { describe, expect, it } from 'vitest';
import { agenda, bucketDays, matchesFilter, prepareEvents, sliceCell, takeAgenda } from './buckets.js';
import { dayNumber, isoDay } from './dates.js';
import { denseMonth, fixtureEvent, fixtureId, sampleMonth, zonedIso } from './fixtures.js';
import { monthGrid } from './grid.js';

const nov = (day: number) => dayNumber(2026, 11, day);
const titles = (items: { event: { title: { pl: string } } }[]) => items.map((i) => i.event.title.pl);

describe('prepareEvents', () => {
  it('resolves a timed event to its day in the viewer’s zone', () => {
    const late = fixtureEvent({ startsAt: '2026-11-25T20:00:00+01:00', endsAt: '2026-11-25T21:00:00+01:00' });
    expect(prepareEvents([late], 'Europe/Warsaw').items[0]!.startDay).toBe(nov(25));
    // 20:00 in Warsaw is 04:00 the next day in Tokyo.
    const tokyo = prepareEvents([late], 'Asia/Tokyo').items[0]!;
    expect([tokyo.startDay, tokyo.endDay]).toEqual([nov(26), nov(26)]);
  });

  it('keeps all-day events on their Warsaw dates for viewers anywhere', () => {
    const visit = fixtureEvent({ allDay: true, startsAt: zonedIso(nov(17), 0), endsAt: zonedIso(nov(19), 0) });
    for (const zone of ['Europe/Warsaw', 'America/Los_Angeles', 'Pacific/Auckland']) {
      const item = prepareEvents([visit], zone).items[0]!;
      expect([isoDay(item.startDay), isoDay(item.endDay)]).toEqual(['2026-11-17', '2026-11-18']);
      expect(item.spanning).toBe(true);
    }
  });

  it('does not put an event ending at midnight on the next day', () => {
    const evening = fixtureEvent({ startsAt: zonedIso(nov(25), 22 * 60), endsAt: zonedIso(nov(26), 0) });
    const item = prepareEvents([evening], 'Europe/Warsaw').items[0]!;
    expect([item.startDay, item.endDay, item.spanning]).toEqual([nov(25), nov(25), false]);
    const overnight = fixtureEvent({ startsAt: zonedIso(nov(25), 22 * 60), endsAt: zonedIso(nov(26), 60) });
    expect(prepareEvents([overnight], 'Europe/Warsaw').items[0]!.endDay).toBe(nov(26));
  });

  it('filters by kind and organizer, and drops unreadable instants', () => {
    const events = sampleMonth({ year: 2026, month: 11 });
    expect(prepareEvents(events, 'Europe/Warsaw', { kinds: ['workshop'] }).items.map((i) => i.event.kind)).toEqual(['workshop']);
    const arreks = prepareEvents(events, 'Europe/Warsaw', { organizer: 'arreks' }).items;
    expect(arreks.length).toBe(3);
    expect(arreks.every((i) => i.event.organizerIds.includes('arreks'))).toBe(true);
    expect(matchesFilter(events[0]!, { kinds: [], organizer: '' })).toBe(true);
    const broken = fixtureEvent({ startsAt: 'yesterday' });
    expect(prepareEvents([broken], 'Europe/Warsaw').items).toHaveLength(0);
  });
});

describe('prepareEvents for a range of days', () => {
  const grid = monthGrid({ year: 2026, month: 11 }, 1);
  const months = [...denseMonth({ year: 2026, month: 10 }, 300), ...denseMonth({ year: 2026, month: 11 }, 300), ...denseMonth({ year: 2026, month: 12 }, 300)];
  const overlaps = (i: { startDay: number; endDay: number }) => i.endDay >= grid.start && i.startDay < grid.end;

  it('keeps exactly the events that occupy a day of the range, in the same order', () => {
    const all = prepareEvents(months, 'Europe/Warsaw');
    const windowed = prepareEvents(months, 'Europe/Warsaw', {}, { from: grid.start, to: grid.end });
    expect(windowed.items.map((i) => i.event.id)).toEqual(all.items.filter(overlaps).map((i) => i.event.id));
    expect(windowed.items.length).toBeLessThan(all.items.length);
    expect(bucketDays(windowed, grid.start, grid.end)).toEqual(bucketDays(all, grid.start, grid.end));
  });

  it('keeps events whose written date is outside the range but whose instant is inside it', () => {
    // Written as 23:30 on 23 October at UTC−12: that is 01:30 on 25 October at UTC+14, two days on.
    const late = fixtureEvent({ startsAt: '2026-10-23T23:30:00-12:00', endsAt: '2026-10-23T23:45:00-12:00' });
    const from = dayNumber(2026, 10, 25);
    expect(prepareEvents([late], 'Pacific/Kiritimati', {}, { from, to: from + 7 }).items).toHaveLength(1);
    expect(prepareEvents([late], 'Europe/Warsaw', {}, { from, to: from + 7 }).items).toHaveLength(0);
  });

  it('resolves each event once per cache, however many ranges show it', () => {
    const cache = new WeakMap();
    const first = prepareEvents(months, 'Europe/Warsaw', {}, { from: grid.start, to: grid.end, cache });
    const next = monthGrid({ year: 2026, month: 12 }, 1);
    const second = prepareEvents(months, 'Europe/Warsaw', {}, { from: next.start, to: next.end, cache });
    const shared = second.items.filter((item) => first.items.includes(item));
    // The grids share the week of 30 November: the same item objects, not resolved again.
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((item) => item.startDay <= grid.end && item.endDay >= next.start)).toBe(true);
  });
});

describe('bucketDays', () => {
  const events = sampleMonth({ year: 2026, month: 11 });
  const grid = monthGrid({ year: 2026, month: 11 }, 1);
  const prepared = prepareEvents(events, 'Europe/Warsaw');
  const buckets = bucketDays(prepared, grid.start, grid.end);
  const cell = (day: number) => buckets[nov(day) - grid.start]!;

  it('has one bucket per grid cell', () => {
    expect(buckets).toHaveLength(42);
  });

  it('puts multi-day events on every day they cover, first in each cell', () => {
    // The conference runs 25–26 November; the postponed meeting is on the 25th only.
    expect(titles(cell(25))).toEqual([
      'Konferencja „Transformacja a rozwój gospodarczy regionu”',
      'Spotkanie Klastra Obszaru Nowej Energii',
    ]);
    expect(titles(cell(26))).toEqual(['Konferencja „Transformacja a rozwój gospodarczy regionu”']);
    expect(titles(cell(17))).toEqual(titles(cell(18)));
    expect(cell(19)).toHaveLength(0);
  });

  it('orders a day’s timed events by start', () => {
    expect(titles(cell(11))).toEqual([
      'Webinar: magazyny energii dla małych firm',
      'Konsultacje społeczne: strefa przemysłowa „W zielonym sercu transformacji”',
    ]);
  });

  it('clips long events to the range and finds those that began before it', () => {
    const long = fixtureEvent({ id: fixtureId(9), allDay: true, startsAt: zonedIso(nov(1) - 40, 0), endsAt: zonedIso(nov(3), 0) });
    const many = prepareEvents([long, ...events], 'Europe/Warsaw');
    const clipped = bucketDays(many, nov(1), nov(8));
    expect(clipped.map((b) => b.includes(many.items[0]!))).toEqual([true, true, false, false, false, false, false]);
    expect(bucketDays(many, nov(4), nov(5))[0]!.map((i) => i.event.kind)).toEqual(['workshop']);
  });

  it('places every event of a dense month exactly on its days', () => {
    const dense = prepareEvents(denseMonth({ year: 2026, month: 11 }, 5000), 'Europe/Warsaw');
    const all = bucketDays(dense, grid.start, grid.end);
    const placements = all.reduce((sum, b) => sum + b.length, 0);
    const expected = dense.items.reduce(
      (sum, i) => sum + Math.max(0, Math.min(i.endDay, grid.end - 1) - Math.max(i.startDay, grid.start) + 1),
      0,
    );
    expect(placements).toBe(expected);
    expect(placements).toBeGreaterThan(5000);
  });
});

describe('sliceCell', () => {
  const items = prepareEvents(denseMonth({ year: 2026, month: 11 }, 10), 'Europe/Warsaw').items;

  it('shows everything that fits', () => {
    expect(sliceCell(items.slice(0, 3), 3)).toEqual({ shown: items.slice(0, 3), hidden: 0 });
    expect(sliceCell([], 3)).toEqual({ shown: [], hidden: 0 });
  });

  it('turns the last row into "+N more" when more do not fit', () => {
    expect(sliceCell(items.slice(0, 4), 3)).toEqual({ shown: items.slice(0, 2), hidden: 2 });
    const slice = sliceCell(items, 4);
    expect(slice.shown).toEqual(items.slice(0, 3));
    expect(slice.hidden).toBe(7);
    expect(sliceCell(items, 0)).toEqual({ shown: [], hidden: 10 });
  });
});

describe('agenda', () => {
  const prepared = prepareEvents(sampleMonth({ year: 2026, month: 11 }), 'Europe/Warsaw');

  it('lists each event once under its first day, skipping empty days', () => {
    const days = agenda(prepared, nov(1), nov(31));
    expect(days.map((d) => isoDay(d.day))).toEqual([
      '2026-11-04',
      '2026-11-11',
      '2026-11-17',
      '2026-11-20',
      '2026-11-25',
    ]);
    expect(days.reduce((n, d) => n + d.items.length, 0)).toBe(7);
  });

  it('lists a running event under the first day shown (upcoming from the 18th)', () => {
    const days = agenda(prepared, nov(18), nov(31));
    expect(isoDay(days[0]!.day)).toBe('2026-11-18');
    expect(days[0]!.items.map((i) => i.event.kind)).toEqual(['study_visit']);
  });

  it('takes the first events and counts the rest', () => {
    const days = agenda(prepared, nov(1), nov(31));
    const { days: taken, rest } = takeAgenda(days, 3);
    expect(taken.reduce((n, d) => n + d.items.length, 0)).toBe(3);
    expect(taken.map((d) => isoDay(d.day))).toEqual(['2026-11-04', '2026-11-11']);
    expect(rest).toBe(4);
    expect(takeAgenda(days, 100).rest).toBe(0);
  });
});
