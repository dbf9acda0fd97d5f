/**
 * Calendar rendering in Chromium: Razem's month view beside FullCalendar and @event-calendar/core
 * with 200, 2,000 and 10,000 events in the month shown (and as many in the next one). Each
 * sample is a fresh page: first render (mount → next frame drawn), then a switch to the next
 * month, timed in the page (see pages/calendar-common.ts). A cold sample measures the page's
 * first calendar; a warm sample measures one after `warmRounds` unmeasured renders of other
 * months in the same page. Medians of the samples; a library that blows the time cap or crashes
 * is reported as such.
 */
import { median, round } from '../lib/stats.ts';
import type { PageName } from './build.ts';
import type { RenderSample } from './pages/calendar-common.ts';
import type { BrowserSession } from './session.ts';

/** Calendar libraries in the order the report lists them. */
export const CALENDARS = [
  { id: 'razem', page: 'calendar-razem', library: 'Razem <razem-event-calendar>' },
  { id: 'fullcalendar', page: 'calendar-fullcalendar', library: 'FullCalendar' },
  { id: 'event-calendar', page: 'calendar-event-calendar', library: '@event-calendar/core' },
] as const satisfies readonly { id: string; page: PageName; library: string }[];

/** Median and spread of one measurement. */
export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  samples: number;
}

/** How a set of samples ended: every sample taken, or stopped by the cap or a crash. */
export type SampleStatus = 'ok' | 'cap' | 'crash';

/** Warm samples of one library at one event count. */
export interface WarmTimings {
  status: SampleStatus;
  message?: string;
  firstRender: Timing | null;
  monthSwitch: Timing | null;
}

/** One library at one event count. */
export interface CalendarCell {
  library: (typeof CALENDARS)[number]['id'];
  events: number;
  /** Of the cold samples (a fresh page's first calendar). */
  status: SampleStatus;
  message?: string;
  firstRender: Timing | null;
  monthSwitch: Timing | null;
  /** After warm-up renders in the same page; null when the cold samples already failed. */
  warm: WarmTimings | null;
  /** Elements in the calendar after the first render and after the switch (last sample). */
  nodes: { firstRender: number; monthSwitch: number } | null;
}

/** Options of the calendar section. */
export interface CalendarOptions {
  counts: number[];
  repeats: number;
  /** Per page call (first render or month switch). */
  capMs: number;
  /** Stop taking more samples of one library and count after this long (at least one is taken). */
  budgetMs: number;
  /** Unmeasured renders (with a month switch each) before a warm sample. */
  warmRounds: number;
}

/** The calendar section's results. */
export interface CalendarResults {
  options: CalendarOptions;
  cells: CalendarCell[];
}

const timing = (values: number[]): Timing | null =>
  values.length
    ? { medianMs: round(median(values), 1), minMs: round(Math.min(...values), 1), maxMs: round(Math.max(...values), 1), samples: values.length }
    : null;

/** Samples of one kind (cold or warm) being collected. */
interface Samples {
  first: number[];
  next: number[];
  failure?: { reason: 'cap' | 'crash'; message: string };
}

interface Collecting {
  cold: Samples;
  warm: Samples;
  nodes: CalendarCell['nodes'];
  spentMs: number;
}

const collecting = (): Collecting => ({ cold: { first: [], next: [] }, warm: { first: [], next: [] }, nodes: null, spentMs: 0 });

/**
 * One fresh page of `page`: first render of `events`, then the month switch; with `warmRounds`,
 * after that many unmeasured renders of other months.
 */
async function sample(
  session: BrowserSession,
  page: PageName,
  events: number,
  options: Pick<CalendarOptions, 'capMs' | 'warmRounds'>,
  collected: Collecting,
  kind: 'cold' | 'warm',
): Promise<void> {
  const started = Date.now();
  const into = collected[kind];
  const { capMs } = options;
  const open = await session.open(page);
  try {
    if (kind === 'warm') {
      const warm = await open.run<void, [number, number]>(([count, rounds]) => window.bench.warmUp(count, rounds), [events, options.warmRounds], capMs * options.warmRounds);
      if (!warm.ok) {
        into.failure = { reason: warm.reason, message: `warm-up: ${warm.message}` };
        return;
      }
    }
    const a = await open.run<RenderSample, number>((count) => window.bench.firstRender(count), events, capMs);
    if (!a.ok) {
      into.failure = { reason: a.reason, message: `first render: ${a.message}` };
      return;
    }
    into.first.push(a.value.ms);
    const b = await open.run<RenderSample>(() => window.bench.monthSwitch(), undefined, capMs);
    if (!b.ok) {
      into.failure = { reason: b.reason, message: `month switch: ${b.message}` };
      return;
    }
    into.next.push(b.value.ms);
    if (kind === 'cold') collected.nodes = { firstRender: a.value.nodes, monthSwitch: b.value.nodes };
  } finally {
    await open.close();
    collected.spentMs += Date.now() - started;
  }
}

/**
 * Runs the calendar section. Each library first renders a small month once, unmeasured, so
 * Chromium's own first-use costs (fonts, caches, processes) land on no library. Samples then
 * go round the libraries in turn, a cold and a warm one each, so a change in the machine's load
 * hits them alike. A library whose cold samples failed gets no warm ones (its warm-up would fail
 * the same way).
 */
export async function benchCalendars(session: BrowserSession, options: CalendarOptions, log: (line: string) => void): Promise<CalendarResults> {
  for (const calendar of CALENDARS) await sample(session, calendar.page, 50, options, collecting(), 'cold');
  const cells: CalendarCell[] = [];
  for (const events of options.counts) {
    const byLibrary = new Map(CALENDARS.map((c) => [c.id, collecting()]));
    for (let i = 0; i < options.repeats; i += 1) {
      for (const calendar of CALENDARS) {
        const collected = byLibrary.get(calendar.id)!;
        // Stop after a failure; after the time budget, once at least one sample is in.
        if (collected.cold.failure || (i > 0 && collected.spentMs > options.budgetMs)) continue;
        await sample(session, calendar.page, events, options, collected, 'cold');
        if (!collected.cold.failure && !collected.warm.failure) await sample(session, calendar.page, events, options, collected, 'warm');
      }
    }
    for (const calendar of CALENDARS) {
      const { cold, warm, nodes } = byLibrary.get(calendar.id)!;
      const cell: CalendarCell = {
        library: calendar.id,
        events,
        status: cold.failure?.reason ?? 'ok',
        ...(cold.failure ? { message: cold.failure.message } : {}),
        firstRender: timing(cold.first),
        monthSwitch: timing(cold.next),
        warm: cold.failure
          ? null
          : {
              status: warm.failure?.reason ?? 'ok',
              ...(warm.failure ? { message: warm.failure.message } : {}),
              firstRender: timing(warm.first),
              monthSwitch: timing(warm.next),
            },
        nodes,
      };
      cells.push(cell);
      log(
        `calendar: ${calendar.id} ${events} events: ${cell.status}` +
          (cell.firstRender ? `, first ${cell.firstRender.medianMs} ms` : '') +
          (cell.monthSwitch ? `, switch ${cell.monthSwitch.medianMs} ms` : '') +
          (cell.warm?.firstRender ? `; warm: first ${cell.warm.firstRender.medianMs} ms` : '') +
          (cell.warm?.monthSwitch ? `, switch ${cell.warm.monthSwitch.medianMs} ms` : ''),
      );
    }
  }
  return { options, cells };
}
