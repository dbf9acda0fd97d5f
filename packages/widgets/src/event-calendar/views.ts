/**
 * Templates of the month grid and the list, as plain functions of a view model. Clicks and keys
 * are handled once on the containers (event delegation, `data-*` attributes), so a dense month
 * creates no closure per event, and a cell renders only the events it shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PluralCopy, RazemLocale } from '../shared/locale.js';
import { emptyState, loadingState } from '../shared/states.js';
import { agenda, sliceCell, takeAgenda, type AgendaDay, type CalendarItem, type PreparedEvents } from './buckets.js';
import { civilDate, monthOf, shiftMonth, type DayNumber, type Weekday } from './dates.js';
import { formatClock, formatDay, formatMonth, formatTimeRange, weekdayNames } from './format.js';
import { weekdayColumns, type MonthGrid } from './grid.js';
import type { CalendarCopy, DialogCopy } from './locales.js';
import { localized, placeText } from './text.js';

/** What the templates need to know about the element's state. */
export interface ViewModel {
  /** Copy in the current language with overrides; dialog texts only once loaded (not Polish). */
  copy: CalendarCopy & Partial<DialogCopy>;
  /** Language of the copy. */
  locale: RazemLocale;
  /** Tag for `Intl` (`en-GB` keeps 24-hour times where `en` would not). */
  intl: string;
  /** Zone the times are shown in. */
  zone: string;
  today: DayNumber;
  weekStart: Weekday;
  /** The day cell holding the grid's one tab stop. */
  focusDay: DayNumber;
  /** Rows of events in a day cell, "+N more" included. */
  maxRows: number;
  /** Level of the calendar's title; day headings are one below. */
  headingLevel: number;
  plural(count: number, forms: PluralCopy): string;
}

/** The visible status word before a cancelled or postponed event's title. */
export function statusMark(m: ViewModel, item: CalendarItem): TemplateResult | typeof nothing {
  const word = m.copy.status[item.event.status as 'cancelled'];
  return word ? html`<strong class="status">${word}:</strong> ` : nothing;
}

/** The title in the visitor's language, marked with its own language when it fell back. */
function title(m: ViewModel, item: CalendarItem): TemplateResult {
  const text = localized(item.event.title, m.locale);
  return html`<span class="name" lang=${text.lang === m.locale ? nothing : text.lang}>${text.text}</span>`;
}

/**
 * One event in a day cell: start time (timed events, first day only), status word, title. One
 * flat template: a dense month renders up to 126 of these, and every nested template is one more
 * instance for Lit to create (one line: the CDN build keeps line breaks). The time is left empty
 * rather than out, which CSS hides.
 */
function chip(m: ViewModel, item: CalendarItem, day: DayNumber): TemplateResult {
  const { event } = item;
  const first = day === item.startDay;
  const text = localized(event.title, m.locale);
  return html`<button part="event" type="button" class="event ${event.status}${item.spanning ? ' spanning' : ''}${first ? '' : ' continues'}" tabindex="-1" data-id=${event.id}><span class="time">${first && !item.allDay ? formatClock(item.startMinute, m.intl) : ''}</span> ${statusMark(m, item)}<span class="name" lang=${text.lang === m.locale ? nothing : text.lang}>${text.text}</span>${first ? '' : html` <span class="vh">${m.copy.continued}</span>`}</button>`;
}

function cell(m: ViewModel, grid: MonthGrid, day: DayNumber, bucket: readonly CalendarItem[]): TemplateResult {
  const { shown, hidden } = sliceCell(bucket, m.maxRows);
  const outside = day < grid.first || day > grid.last;
  const count = bucket.length ? `, ${m.plural(bucket.length, m.copy.eventCount)}` : '';
  // The day with the tab stop is where a successful Retry puts the keyboard focus (shared/states.ts).
  return html`<div role="gridcell" part="day" class="day${outside ? ' outside' : ''}" data-day=${day} tabindex=${day === m.focusDay ? '0' : '-1'} ?data-after-retry=${day === m.focusDay} aria-current=${day === m.today ? 'date' : nothing}>
    <span class="number" aria-hidden="true">${civilDate(day).day}</span><span class="vh">${formatDay(day, m.intl)}${count}</span>
    ${shown.map((item) => chip(m, item, day))}
    ${hidden ? html`<button part="more" type="button" class="more" tabindex="-1" data-more=${day}>${m.plural(hidden, m.copy.more)}</button>` : nothing}
  </div>`;
}

/** The month as an APG grid: weekday headers, then six rows of day cells. */
export function monthView(m: ViewModel, grid: MonthGrid, buckets: readonly (readonly CalendarItem[])[], busy: boolean): TemplateResult {
  const columns = weekdayColumns(m.weekStart);
  const short = weekdayNames(columns, m.intl);
  const long = weekdayNames(columns, m.intl, true);
  return html`<div part="grid" class="grid" role="grid" aria-labelledby="title" aria-describedby="hint" aria-busy=${busy}>
    <div role="row" class="row">
      ${columns.map(
        // Named by aria-label rather than visually hidden text, which is laid out for nothing.
        (_, i) => html`<div role="columnheader" class="weekday" aria-label=${long[i]}>${short[i]}</div>`,
      )}
    </div>
    ${grid.weeks.map(
      (week, w) => html`<div role="row" class="row">
        ${week.map((day, d) => cell(m, grid, day, buckets[w * 7 + d] ?? []))}
      </div>`,
    )}
  </div>
  <p id="hint" class="vh">${m.copy.gridHint}</p>`;
}

/** When an event happens, as the list shows it: "cały dzień", "17:00–19:00". */
export function timeText(m: ViewModel, item: CalendarItem): string {
  return item.allDay ? m.copy.allDay : formatTimeRange(item.start, item.end, m.intl, m.zone);
}

function agendaItem(m: ViewModel, item: CalendarItem): TemplateResult {
  const place = placeText(item.event) || (item.event.location?.onlineUrl ? m.copy.online : '');
  return html`<li part="item" class="item ${item.event.status}">
    <span class="when">${timeText(m, item)}</span>
    <span class="what">
      <button part="event" type="button" class="title" data-id=${item.event.id}>${statusMark(m, item)}${title(m, item)}</button>
      <span class="meta">${m.copy.kinds[item.event.kind] ?? item.event.kind}${place ? ` · ${place}` : ''}</span>
    </span>
  </li>`;
}

/** The list view: days with events, each with its events in order. */
export function listView(m: ViewModel, days: readonly AgendaDay[]): TemplateResult {
  return html`<ol part="list" class="agenda" aria-labelledby="title">
    ${days.map(
      (d) => html`<li class="agenda-day">
        <div part="date" class="date" role="heading" aria-level=${m.headingLevel + 1}>${formatDay(d.day, m.intl)}</div>
        <ul class="items">
          ${d.items.map((item) => agendaItem(m, item))}
        </ul>
      </li>`,
    )}
  </ol>`;
}

/** What the toolbar shows besides the model. */
export interface ToolbarState {
  title: string;
  view: 'month' | 'list';
  /** Narrow: the list is forced, so there is no view switch. */
  narrow: boolean;
  /** Whether the calendar has a feed to subscribe to (API mode). */
  subscribable: boolean;
  /** The zone's name when times are not in Warsaw time. */
  zoneNote?: string;
}

/** Month title, previous / today / next, view switch and "subscribe". */
export function toolbar(m: ViewModel, state: ToolbarState): TemplateResult {
  const { copy } = m;
  return html`<div part="toolbar" class="toolbar">
      <div part="title" class="heading" id="title" role="heading" aria-level=${m.headingLevel}>${state.title}</div>
      <div class="nav">
        <button part="button" type="button" data-nav="-1" aria-label=${copy.previousMonth}>‹</button>
        <button part="button" type="button" data-nav="0">${copy.today}</button>
        <button part="button" type="button" data-nav="1" aria-label=${copy.nextMonth}>›</button>
      </div>
      ${state.narrow
        ? nothing
        : html`<div class="views" role="group" aria-label=${copy.viewLabel}>
            <button part="button" type="button" data-view="month" aria-pressed=${state.view === 'month'}>${copy.monthView}</button>
            <button part="button" type="button" data-view="list" aria-pressed=${state.view === 'list'}>${copy.listView}</button>
          </div>`}
      ${state.subscribable ? html`<button part="button" type="button" data-action="subscribe">${copy.subscribe}</button>` : nothing}
    </div>
    ${state.zoneNote ? html`<p part="zone" class="zone">${copy.timesIn.replace('{zone}', state.zoneNote)}</p>` : nothing}`;
}

/**
 * The month view: a loading or empty note over the grid (the grid keeps its size meanwhile). The
 * loading note holds the keyboard focus while a Retry loads, as the other loading states do.
 */
export function monthBody(m: ViewModel, grid: MonthGrid, buckets: readonly (readonly CalendarItem[])[], loading: boolean): TemplateResult {
  const { start, first, last } = grid;
  const empty = !loading && buckets.slice(first - start, last - start + 1).every((b) => b.length === 0);
  return html`${loading ? html`<p part="loading" class="note" tabindex="-1">${m.copy.loading}</p>` : empty ? emptyState(m.copy.empty) : nothing}
    ${monthView(m, grid, buckets, loading)}`;
}

/** What the list shows: how many events at most, and whether past days of this month too. */
export interface ListState {
  limit: number;
  showPast: boolean;
}

/**
 * The list view of the month: upcoming by default (in the current month, from today, with a
 * button for the earlier days), `limit` events with "Show more" for the rest, and at its end the
 * way on to the next month (near a month's end, the upcoming days may hold little or nothing).
 */
export function listBody(m: ViewModel, prepared: PreparedEvents, grid: MonthGrid, list: ListState): TemplateResult {
  const { first, last } = grid;
  const upcoming = !list.showPast && m.today > first && m.today <= last;
  const days = agenda(prepared, upcoming ? m.today : first, last + 1);
  const earlier = upcoming && agenda(prepared, first, m.today).length > 0;
  const { days: shown, rest } = takeAgenda(days, list.limit);
  return html`${earlier ? html`<button part="button" type="button" data-action="earlier">${m.copy.showEarlier}</button>` : nothing}
    ${shown.length ? listView(m, shown) : emptyState(m.copy.empty)}
    ${rest ? html`<button part="button" type="button" data-action="more">${m.copy.showMore}</button>` : nothing}
    ${rest ? nothing : html`<button part="button" type="button" data-action="next">${m.copy.nextMonthLink.replace('{month}', formatMonth(shiftMonth(monthOf(first), 1), m.intl))}</button>`}`;
}

/** The list while the API answers: a skeleton of its height. */
export const listLoading = (m: ViewModel): TemplateResult => loadingState(m.copy.loading);
