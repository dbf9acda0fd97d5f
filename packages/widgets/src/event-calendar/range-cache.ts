/**
 * A cache that knows which time ranges it holds: asked for a range, it requests only the parts
 * neither loaded nor in flight, so revisiting a month, or a neighbour whose weeks overlap, costs
 * no request. Loaded with the API code only.
 */
import type { ConsortiumEvent } from '@razem/contract';
import type { Interval } from './ranges.js';

/** Sorted, merged copy of `intervals` (touching ones join). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.from <= last.to) last.to = Math.max(last.to, next.to);
    else merged.push({ ...next });
  }
  return merged;
}

/** The parts of `wanted` not covered by the sorted, merged `covered`. */
export function subtractIntervals(wanted: Interval, covered: readonly Interval[]): Interval[] {
  const gaps: Interval[] = [];
  let cursor = wanted.from;
  for (const span of covered) {
    if (span.to <= cursor) continue;
    if (span.from >= wanted.to) break;
    if (span.from > cursor) gaps.push({ from: cursor, to: span.from });
    cursor = Math.max(cursor, span.to);
    if (cursor >= wanted.to) break;
  }
  if (cursor < wanted.to) gaps.push({ from: cursor, to: wanted.to });
  return gaps;
}

/** Fetches the events overlapping one interval. */
export type IntervalLoader = (interval: Interval) => Promise<readonly ConsortiumEvent[]>;

interface Pending {
  interval: Interval;
  promise: Promise<void>;
}

/**
 * The events of one filter (kinds, organizer) and the intervals they are complete for.
 * Events are kept once by id: one spanning two fetched intervals is stored once, and a later
 * copy (fresher `updatedAt` from a newer fetch) replaces the earlier one.
 */
export class RangeCache {
  private loaded: Interval[] = [];
  private pending: Pending[] = [];
  private readonly byId = new Map<string, ConsortiumEvent>();
  private list: ConsortiumEvent[] | undefined = [];
  private revision = 0;

  /** Increases whenever events are added; memoize derived data on it. */
  get version(): number {
    return this.revision;
  }

  /** Intervals fully loaded, sorted and merged. */
  get intervals(): readonly Interval[] {
    return this.loaded;
  }

  /** Whether every instant of `interval` is loaded. */
  has(interval: Interval): boolean {
    return subtractIntervals(interval, this.loaded).length === 0;
  }

  /** The parts of `interval` neither loaded nor being loaded. */
  missing(interval: Interval): Interval[] {
    const busy = mergeIntervals([...this.loaded, ...this.pending.map((p) => p.interval)]);
    return subtractIntervals(interval, busy);
  }

  /** Every cached event, in no particular order (the same array until the next change). */
  events(): ConsortiumEvent[] {
    this.list ??= [...this.byId.values()];
    return this.list;
  }

  /** Stores events fetched for `interval` and marks it loaded. */
  add(interval: Interval, events: readonly ConsortiumEvent[]): void {
    for (const event of events) this.byId.set(event.id, event);
    this.loaded = mergeIntervals([...this.loaded, interval]);
    this.list = undefined;
    this.revision++;
  }

  /**
   * Makes `interval` available: loads each part that is neither loaded nor in flight with
   * `loader` (one call per gap), and waits for parts other calls are already loading.
   * Rejects with the first loader error; the failed part stays missing so a retry reloads it.
   *
   * @returns whether anything new was stored.
   */
  async ensure(interval: Interval, loader: IntervalLoader): Promise<boolean> {
    const waits = this.pending.filter((p) => p.interval.from < interval.to && p.interval.to > interval.from);
    const own = this.missing(interval).map((gap) => {
      const entry: Pending = {
        interval: gap,
        // Through a resolved promise so a loader that throws synchronously also rejects.
        promise: Promise.resolve(gap)
          .then(loader)
          .then((events) => this.add(gap, events))
          .finally(() => {
            this.pending = this.pending.filter((p) => p !== entry);
          }),
      };
      this.pending.push(entry);
      return entry;
    });
    await Promise.all([...waits, ...own].map((p) => p.promise));
    return own.length > 0 || waits.length > 0;
  }
}
