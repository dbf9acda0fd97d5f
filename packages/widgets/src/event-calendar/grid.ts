/**
 * The month grid: which day each of the 42 cells shows, and on which weekday weeks start.
 */
import { dayNumber, weekday, type DayNumber, type Weekday, type YearMonth } from './dates.js';

/** Weeks in every month grid: always six, so the grid keeps its height from month to month. */
export const GRID_WEEKS = 6;

/** Cells in every month grid. */
export const GRID_DAYS = GRID_WEEKS * 7;

// Regions with English as a language whose week starts on Sunday (CLDR 47), for browsers
// without \`Intl.Locale#getWeekInfo\` (Firefox). Polish and Ukrainian always start on Monday.
const SUNDAY_FIRST = 'AG AS BS BW BZ CA DM GU HK IL IN JM KE MH MT PH PK PR SG TT UM US VI WS ZA ZW';

interface WeekInfoLocale extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/**
 * The first day of the week for a BCP 47 tag. Polish and Ukrainian always start on Monday
 * (the national standard, whatever region a tag names); other languages follow the region of
 * the tag (`en-US` Sunday, `en-GB` Monday), a bare language its most likely region
 * (`en` → US → Sunday). Anything unparseable starts on Monday.
 */
export function firstDayOfWeek(tag: string | undefined): Weekday {
  let locale: WeekInfoLocale;
  try {
    locale = new Intl.Locale(tag || 'pl') as WeekInfoLocale;
  } catch {
    return 1;
  }
  if (locale.language === 'pl' || locale.language === 'uk') return 1;
  try {
    // Older V8 exposed week data as an accessor, newer as a method.
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay as Weekday;
  } catch {
    // fall through to the table
  }
  const region = locale.region ?? locale.maximize().region ?? '';
  if (region.length !== 2) return 1;
  return SUNDAY_FIRST.includes(region) ? 7 : 1;
}

/** Reads a `week-start` attribute: `monday`…`sunday` (or `mon`…), or 1–7 (ISO). */
export function parseWeekStart(value: string | null | undefined): Weekday | undefined {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return undefined;
  if (/^[1-7]$/.test(text)) return Number(text) as Weekday;
  const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(text.slice(0, 3));
  return index >= 0 ? ((index + 1) as Weekday) : undefined;
}

/** The ISO weekdays in column order for a week starting on `weekStart`. */
export function weekdayColumns(weekStart: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, i) => (((weekStart - 1 + i) % 7) + 1) as Weekday);
}

/** The first day of the week containing `day`. */
export function startOfWeek(day: DayNumber, weekStart: Weekday): DayNumber {
  return day - ((weekday(day) - weekStart + 7) % 7);
}

/** The first cell of a month's grid: the start of the week containing the 1st. */
export function gridStart(ym: YearMonth, weekStart: Weekday): DayNumber {
  return startOfWeek(dayNumber(ym.year, ym.month, 1), weekStart);
}

/** A month laid out as six weeks of seven days. */
export interface MonthGrid {
  /** Day number of the first cell. */
  start: DayNumber;
  /** Day number after the last cell (exclusive). */
  end: DayNumber;
  /** First and last day of the month itself. */
  first: DayNumber;
  last: DayNumber;
  /** Six rows of seven day numbers. */
  weeks: DayNumber[][];
}

/** The six-week grid of a month for a week starting on `weekStart`. */
export function monthGrid(ym: YearMonth, weekStart: Weekday): MonthGrid {
  const start = gridStart(ym, weekStart);
  const weeks = Array.from({ length: GRID_WEEKS }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => start + w * 7 + d),
  );
  return {
    start,
    end: start + GRID_DAYS,
    first: dayNumber(ym.year, ym.month, 1),
    last: dayNumber(ym.year, ym.month + 1, 0),
    weeks,
  };
}
