/**
 * Placing events on days. Events are prepared for the range on screen (instants parsed, days
 * resolved in the display zone, sorted): events far outside it are skipped by comparing their
 * ISO dates as strings, and each event is resolved once per zone however many ranges show it.
 * The range is then bucketed in one linear pass. A month cell keeps a few events and a count of
 * the rest, so the DOM stays bounded however dense the month is.
 */
import type { ConsortiumEvent, EventKind } from '@razem/contract';
import { WARSAW } from './consortium.js';
import { isoDay, type DayNumber } from './dates.js';
import { isValidTimeZone, zonedDay, zonedTime } from './zones.js';

/** An event resolved to days in the display zone. */
export interface CalendarItem {
  event: ConsortiumEvent;
  /** Start and end instants (end exclusive), epoch ms. */
  start: number;
  end: number;
  /** First and last day (inclusive) the event occupies. */
  startDay: DayNumber;
  endDay: DayNumber;
  /** Wall-clock minute of the start on `startDay` (0–1439), in the display zone. */
  startMinute: number;
  allDay: boolean;
  /** All-day or spanning several days: listed before the day's timed events. */
  spanning: boolean;
}

/** Events ready for bucketing, in display order. */
export interface PreparedEvents {
  items: CalendarItem[];
  /** Longest span in days, to know how far before a range an overlapping event may start. */
  maxSpan: number;
  /** Zone the days were resolved in. */
  zone: string;
}

/** Which events to show: any of `kinds` (all when empty) and, when set, one organizer. */
export interface EventFilter {
  kinds?: readonly EventKind[];
  organizer?: string;
}

/** Whether an event passes a filter. */
export function matchesFilter(event: ConsortiumEvent, filter: EventFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(event.kind)) return false;
  if (filter.organizer && !event.organizerIds?.includes(filter.organizer)) return false;
  return true;
}

// Ties keep the given order (the sort is stable; the API orders by start, then id).
const byDisplayOrder = (a: CalendarItem, b: CalendarItem): number =>
  a.startDay - b.startDay || Number(b.spanning) - Number(a.spanning) || a.start - b.start || b.end - a.end;

/**
 * Items already resolved in one zone, by event: a calendar keeps one per zone, so moving between
 * months resolves only the events it has not shown yet. `null` marks an unreadable event.
 */
export type ItemCache = WeakMap<ConsortiumEvent, CalendarItem | null>;

/** Days `from` … `to - 1` to prepare, and the cache of the zone they are prepared in. */
export interface PrepareWindow {
  from: DayNumber;
  to: DayNumber;
  cache?: ItemCache;
}

/** Resolves one event to days in `zone`; null when an instant is unreadable. */
function resolveItem(event: ConsortiumEvent, zone: string): CalendarItem | null {
  const start = Date.parse(event.startsAt);
  const end = Math.max(Date.parse(event.endsAt), start);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  const allDay = event.allDay === true;
  const dayZone = allDay ? (isValidTimeZone(event.timeZone) ? event.timeZone : WARSAW) : zone;
  const { day: startDay, minute: startMinute } = zonedTime(start, dayZone);
  // The end is exclusive: an event ending at midnight does not occupy the next day.
  const endDay = Math.max(startDay, zonedDay(end > start ? end - 1 : end, dayZone));
  return { event, start, end, startDay, endDay, startMinute, allDay, spanning: allDay || endDay > startDay };
}

/** `2026-11-25T…`: an ISO 8601 instant, whose first ten characters compare as its date. */
const isIsoInstant = (text: string): boolean => text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84;

/**
 * Resolves events to days in `zone` and sorts them: by first day, spanning events first, then
 * by start, longer first. Timed events take the days of their instants in `zone`; all-day events
 * keep the dates they have in their own zone (an all-day meeting on 25 November is on
 * 25 November everywhere). Events failing `filter` or with unreadable instants are dropped.
 *
 * With a `window`, only the events occupying one of its days are kept. Events whose written dates
 * are two days or more outside it are skipped before any parsing: no UTC offset (at most 14 hours
 * either way) moves an instant's date by more than that.
 */
export function prepareEvents(events: readonly ConsortiumEvent[], zone: string, filter: EventFilter = {}, window?: PrepareWindow): PreparedEvents {
  const items: CalendarItem[] = [];
  const cache = window?.cache;
  const before = window && isoDay(window.from - 2);
  const after = window && isoDay(window.to + 2);
  let maxSpan = 0;
  for (const event of events) {
    if (!matchesFilter(event, filter)) continue;
    const { startsAt, endsAt } = event;
    // `endsAt < before` holds exactly when its date is earlier than the window's margin.
    if (window && isIsoInstant(startsAt) && isIsoInstant(endsAt) && (endsAt < before! || startsAt >= after!)) continue;
    let item = cache?.get(event);
    if (item === undefined) {
      item = resolveItem(event, zone);
      cache?.set(event, item);
    }
    if (!item || (window && (item.endDay < window.from || item.startDay >= window.to))) continue;
    if (item.endDay - item.startDay > maxSpan) maxSpan = item.endDay - item.startDay;
    items.push(item);
  }
  items.sort(byDisplayOrder);
  return { items, maxSpan, zone };
}

/** Index of the first item that may overlap a range starting on `from`. */
function firstCandidate(prepared: PreparedEvents, from: DayNumber): number {
  const earliest = from - prepared.maxSpan;
  let lo = 0;
  let hi = prepared.items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prepared.items[mid]!.startDay < earliest) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Buckets events into the days `from` … `to - 1`: element `i` lists the events occupying
 * day `from + i`, spanning events first, each group in display order. Linear in the events
 * overlapping the range plus the cells they cover.
 */
export function bucketDays(prepared: PreparedEvents, from: DayNumber, to: DayNumber): CalendarItem[][] {
  const buckets: CalendarItem[][] = Array.from({ length: Math.max(0, to - from) }, () => []);
  const begin = firstCandidate(prepared, from);
  const { items } = prepared;
  // Two passes keep spanning events above timed ones in every cell without sorting cells.
  for (const spanning of [true, false]) {
    for (let i = begin; i < items.length; i++) {
      const item = items[i]!;
      if (item.startDay >= to) break;
      if (item.spanning !== spanning || item.endDay < from) continue;
      const last = Math.min(item.endDay, to - 1);
      for (let day = Math.max(item.startDay, from); day <= last; day++) buckets[day - from]!.push(item);
    }
  }
  return buckets;
}

/** What a month cell renders: the first events and how many are left for "+N more". */
export interface CellSlice {
  shown: CalendarItem[];
  hidden: number;
}

/**
 * Fits a day's events into `maxRows` rows. When they do not all fit, the last row becomes the
 * "+N more" button, so a cell never grows beyond `maxRows` rows.
 */
export function sliceCell(bucket: readonly CalendarItem[], maxRows: number): CellSlice {
  const rows = Math.max(1, Math.floor(maxRows));
  if (bucket.length <= rows) return { shown: bucket.slice(), hidden: 0 };
  const shown = bucket.slice(0, rows - 1);
  return { shown, hidden: bucket.length - shown.length };
}

/** One day of the list view. */
export interface AgendaDay {
  day: DayNumber;
  items: CalendarItem[];
}

/**
 * The list view of days `from` … `to - 1`: each event once, under the day it starts (or under
 * `from` when it began earlier and is still running), days without events left out.
 */
export function agenda(prepared: PreparedEvents, from: DayNumber, to: DayNumber): AgendaDay[] {
  const days: AgendaDay[] = [];
  const { items } = prepared;
  for (let i = firstCandidate(prepared, from); i < items.length; i++) {
    const item = items[i]!;
    if (item.startDay >= to) break;
    if (item.endDay < from) continue;
    const day = Math.max(item.startDay, from);
    const current = days[days.length - 1];
    if (current?.day === day) current.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** The first `limit` events of an agenda, keeping day groups whole up to the cut. */
export function takeAgenda(days: readonly AgendaDay[], limit: number): { days: AgendaDay[]; rest: number } {
  const taken: AgendaDay[] = [];
  let left = limit;
  let rest = 0;
  for (const day of days) {
    if (left <= 0) {
      rest += day.items.length;
      continue;
    }
    const items = day.items.length <= left ? day.items : day.items.slice(0, left);
    taken.push(items === day.items ? day : { day: day.day, items });
    rest += day.items.length - items.length;
    left -= items.length;
  }
  return { days: taken, rest };
}
