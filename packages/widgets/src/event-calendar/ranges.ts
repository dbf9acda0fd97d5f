/**
 * Which time ranges to fetch: the six weeks a month's grid shows, then the neighbouring months'
 * grids to prefetch. `range-cache.ts` turns them into requests for the parts not loaded yet.
 */
import { WARSAW } from './consortium.js';
import { shiftMonth, type DayNumber, type Weekday, type YearMonth } from './dates.js';
import { gridStart, GRID_DAYS } from './grid.js';
import { startOfZonedDay } from './zones.js';

/** A half-open span of time `[from, to)` in epoch ms. */
export interface Interval {
  from: number;
  to: number;
}

/**
 * The instants covering the days `first` … `end - 1` for a viewer in `zone`. The span is widened
 * to also cover those days in the consortium's zone, so all-day events (dated in Warsaw) on the
 * edge days are fetched for a viewer on any side of the world.
 */
export function daysInterval(first: DayNumber, end: DayNumber, zone: string): Interval {
  return {
    from: Math.min(startOfZonedDay(first, zone), startOfZonedDay(first, WARSAW)),
    to: Math.max(startOfZonedDay(end, zone), startOfZonedDay(end, WARSAW)),
  };
}

/** The instants a month's six-week grid shows. */
export function gridInterval(ym: YearMonth, weekStart: Weekday, zone: string): Interval {
  const start = gridStart(ym, weekStart);
  return daysInterval(start, start + GRID_DAYS, zone);
}

/** What to load for a month: its grid now, the neighbours' grids once it is shown. */
export interface FetchPlan {
  visible: Interval;
  prefetch: Interval[];
}

/** The fetch plan of a month view: its grid, then the next month's, then the previous one's. */
export function monthFetchPlan(ym: YearMonth, weekStart: Weekday, zone: string): FetchPlan {
  return {
    visible: gridInterval(ym, weekStart, zone),
    prefetch: [gridInterval(shiftMonth(ym, 1), weekStart, zone), gridInterval(shiftMonth(ym, -1), weekStart, zone)],
  };
}
