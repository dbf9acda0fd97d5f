/**
 * Calendar rendering in Chromium: Razem's month view beside FullCalendar and @event-calendar/core
 * with 200, 2,000 and 10,000 events in the month shown (and as many in the next one). Each
 * sample is a fresh page: first render (mount → next frame drawn), then a switch to the next
 * month, timed in the page (see pages/calendar-common.ts). Medians of the samples; a library
 * that blows the time cap or crashes is reported as such.
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

/** One library at one event count. */
export interface CalendarCell {
  library: (typeof CALENDARS)[number]['id'];
  events: number;
  status: 'ok' | 'cap' | 'crash';
  message?: string;
  firstRender: Timing | null;
  monthSwitch: Timing | null;
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

interface Collecting {
  first: number[];
  next: number[];
  nodes: CalendarCell['nodes'];
  failure?: { reason: 'cap' | 'crash'; message: string };
  spentMs: number;
}

/** One fresh page of `page`: first render of `events`, then the month switch. */
async function sample(session: BrowserSession, page: PageName, events: number, capMs: number, into: Collecting): Promise<void> {
  const started = Date.now();
  const open = await session.open(page);
  try {
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
    into.nodes = { firstRender: a.value.nodes, monthSwitch: b.value.nodes };
  } finally {
    await open.close();
    into.spentMs += Date.now() - started;
  }
}

/**
 * Runs the calendar section. Each library first renders a small month once, unmeasured, so
 * Chromium's own first-use costs (fonts, caches, processes) land on no library. Samples then
 * go round the libraries in turn, so a change in the machine's load hits them alike.
 */
export async function benchCalendars(session: BrowserSession, options: CalendarOptions, log: (line: string) => void): Promise<CalendarResults> {
  for (const calendar of CALENDARS) await sample(session, calendar.page, 50, options.capMs, { first: [], next: [], nodes: null, spentMs: 0 });
  const cells: CalendarCell[] = [];
  for (const events of options.counts) {
    const collecting = new Map(CALENDARS.map((c) => [c.id, { first: [], next: [], nodes: null, spentMs: 0 } as Collecting]));
    for (let i = 0; i < options.repeats; i += 1) {
      for (const calendar of CALENDARS) {
        const into = collecting.get(calendar.id)!;
        // Stop after a failure; after the time budget, once at least one sample is in.
        if (into.failure || (i > 0 && into.spentMs > options.budgetMs)) continue;
        await sample(session, calendar.page, events, options.capMs, into);
      }
    }
    for (const calendar of CALENDARS) {
      const { first, next, nodes, failure } = collecting.get(calendar.id)!;
      const cell: CalendarCell = {
        library: calendar.id,
        events,
        status: failure?.reason ?? 'ok',
        ...(failure ? { message: failure.message } : {}),
        firstRender: timing(first),
        monthSwitch: timing(next),
        nodes,
      };
      cells.push(cell);
      log(
        `calendar: ${calendar.id} ${events} events: ${cell.status}` +
          (cell.firstRender ? `, first ${cell.firstRender.medianMs} ms` : '') +
          (cell.monthSwitch ? `, switch ${cell.monthSwitch.medianMs} ms` : ''),
      );
    }
  }
  return { options, cells };
}
