/**
 * Contents of the details dialog: one event (description, place, organizers, registration,
 * add to calendar, subscribe), every event of one day, or the subscription alone. The element
 * owns the native `<dialog>`; these templates fill it.
 */
import type { ConsortiumEvent } from '@razem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { googleCalendarUrl, icsEvent, icsFileName, outlookUrl, type DetailOptions } from './add-to-calendar.js';
import type { CalendarItem } from './buckets.js';
import { WARSAW } from './consortium.js';
import type { DayNumber as Day } from './dates.js';
import { plDialog } from './dialog-copy.js';
import { DAY_SHORT, formatDateTime, formatDayRange, zoneName } from './dialog-format.js';
import { formatDay, formatTimeRange } from './format.js';
import type { EventCalendarCopy } from './locales.js';
import { localized, placeText } from './text.js';
import { statusMark, timeText, type ViewModel } from './views.js';
import { zonedDay } from './zones.js';
import { errorState } from '../shared/states.js';
import { isHttpUrl } from '../shared/urls.js';

/** Subscription addresses of the calendar. */
export interface Feeds {
  ics: string;
  webcal: string;
}

/** What the event details need beyond the view model. */
export interface DetailContext {
  /** Organizer names by partner id, when known. */
  names: ReadonlyMap<string, string>;
  feeds?: Feeds;
  /** The feeds' code did not arrive: its error's Retry. */
  retry?: (() => void) | undefined;
  /** The day whose list the event was opened from, for the "back" button. */
  fromDay?: Day;
}

/** The dialog's copy: the element's (current language and overrides) over the Polish dialog copy. */
export const dialogCopy = (m: ViewModel): EventCalendarCopy => ({ ...plDialog, ...m.copy }) as EventCalendarCopy;

/** A link opening in a new tab, which says so to screen readers. */
function external(copy: EventCalendarCopy, href: string, text: string): TemplateResult {
  return html`<a part="link" href=${href} target="_blank" rel="noopener">${text}<span class="vh"> ${copy.newTab}</span></a>`;
}

/** Dates and times of an event in the viewer's zone, with the zone named. */
function whenText(m: ViewModel, item: CalendarItem): string {
  if (item.allDay) return `${formatDayRange(item.startDay, item.endDay, m.intl)} (${m.copy.allDay})`;
  const zone = zoneName(item.start, m.intl, m.zone);
  if (item.startDay === item.endDay) {
    return `${formatDay(item.startDay, m.intl)}, ${formatTimeRange(item.start, item.end, m.intl, m.zone)} ${zone}`;
  }
  return `${formatDateTime(item.start, m.intl, m.zone)} – ${formatDateTime(item.end, m.intl, m.zone)} ${zone}`;
}

/** The same times in the event's own zone, when the viewer sees another. */
function localWhen(m: ViewModel, copy: EventCalendarCopy, item: CalendarItem): string | undefined {
  const zone = item.event.timeZone || WARSAW;
  if (item.allDay || zone === m.zone) return undefined;
  const sameDay = zonedDay(item.start, zone) === zonedDay(item.end - 1, zone);
  const time = sameDay
    ? `${formatDay(zonedDay(item.start, zone), m.intl, DAY_SHORT)}, ${formatTimeRange(item.start, item.end, m.intl, zone)}`
    : `${formatDateTime(item.start, m.intl, zone)} – ${formatDateTime(item.end, m.intl, zone)}`;
  return copy.localTime.replace('{time}', `${time} ${zoneName(item.start, m.intl, zone)}`);
}

/** Download link of an `.ics` built in the page: works with inline data and needs no request. */
function icsLink(copy: EventCalendarCopy, event: ConsortiumEvent, options: DetailOptions): TemplateResult {
  const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(icsEvent(event, options))}`;
  return html`<a part="link" href=${href} download=${icsFileName(event, options.locale)}>${copy.downloadIcs}</a>`;
}

/** "Subscribe to this calendar": the feed address to copy, and a webcal link for calendar apps. */
export function subscribeSection(m: ViewModel, feeds: Feeds): TemplateResult {
  const copy = dialogCopy(m);
  return html`<section part="subscribe" class="subscribe" aria-labelledby="subscribe-title">
    <h3 id="subscribe-title">${copy.subscribe}</h3>
    <p>${copy.subscribeHelp}</p>
    <label for="feed">${copy.feedAddress}</label>
    <input id="feed" part="input" readonly .value=${feeds.ics} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    <p><a part="link" href=${feeds.webcal}>${copy.openInCalendarApp}</a></p>
  </section>`;
}

/** Everything about one event. The title is the dialog's `#dialog-title`. */
export function eventDetails(m: ViewModel, item: CalendarItem, ctx: DetailContext): TemplateResult {
  const { event } = item;
  const copy = dialogCopy(m);
  const text = (value: ConsortiumEvent['summary']) => (value ? localized(value, m.locale) : undefined);
  const heading = localized(event.title, m.locale);
  const summary = text(event.summary);
  const description = text(event.description);
  const place = placeText(event);
  const online = event.location?.onlineUrl;
  const organizers = (event.organizerIds ?? []).map((id) => ctx.names.get(id) ?? id);
  const status = copy.status[event.status as 'cancelled'];
  const options: DetailOptions = {
    locale: m.locale,
    labels: { organizers: copy.organizers, registration: copy.registration, online: copy.online },
    organizerNames: organizers,
    titlePrefix: status ? `${status}: ` : '',
  };
  const local = localWhen(m, copy, item);
  return html`${ctx.fromDay !== undefined
      ? html`<button part="button" type="button" class="back" data-action="back">
          ${copy.backToDay.replace('{day}', formatDay(ctx.fromDay, m.intl, DAY_SHORT))}
        </button>`
      : nothing}
    <h2 id="dialog-title" tabindex="-1" lang=${heading.lang === m.locale ? nothing : heading.lang}>${heading.text}</h2>
    <p class="badges">
      <span part="kind">${copy.kinds[event.kind] ?? event.kind}</span>
      ${status ? html`<strong part="status" class="status ${event.status}">${status}</strong>` : nothing}
    </p>
    <dl>
      <dt>${copy.when}</dt>
      <dd>${whenText(m, item)}${local ? html`<br /><span class="muted">${local}</span>` : nothing}</dd>
      ${place || online
        ? html`<dt>${copy.where}</dt>
            <dd>
              ${place}${place && online ? html`<br />` : nothing}
              ${isHttpUrl(online) ? external(copy, online, copy.joinOnline) : nothing}
            </dd>`
        : nothing}
      ${organizers.length ? html`<dt>${copy.organizers}</dt><dd>${organizers.join(', ')}</dd>` : nothing}
      ${isHttpUrl(event.registrationUrl)
        ? html`<dt>${copy.registration}</dt><dd>${external(copy, event.registrationUrl, copy.register)}</dd>`
        : nothing}
    </dl>
    ${summary && !description ? html`<p class="text" lang=${summary.lang}>${summary.text}</p>` : nothing}
    ${description ? html`<p class="text" lang=${description.lang}>${description.text}</p>` : nothing}
    <section class="add" aria-labelledby="add-title">
      <h3 id="add-title">${copy.addToCalendar}</h3>
      <p class="links">
        ${icsLink(copy, event, options)} ${external(copy, googleCalendarUrl(event, options), copy.googleCalendar)}
        ${external(copy, outlookUrl(event, options), copy.outlook)}
      </p>
    </section>
    ${ctx.feeds ? subscribeSection(m, ctx.feeds) : nothing}`;
}

/** Every event of one day, each opening its details. The date is the dialog's title. */
export function dayDetails(m: ViewModel, day: Day, items: readonly CalendarItem[]): TemplateResult {
  return html`<h2 id="dialog-title" tabindex="-1">${formatDay(day, m.intl)}</h2>
    ${items.length
      ? html`<ul class="day-list">
          ${items.map(
            (item) => html`<li>
              <span class="when">${timeText(m, item)}</span>
              <button part="event" type="button" class="title" data-id=${item.event.id}>
                ${statusMark(m, item)}${localized(item.event.title, m.locale).text}
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p>${m.copy.empty}</p>`}`;
}

/** What the dialog shows. */
export type DialogState = { kind: 'event'; id: string; fromDay?: Day } | { kind: 'day'; day: Day } | { kind: 'subscribe' };

/**
 * The dialog's content for `state`, after a Close button (first, so it takes the focus on open).
 * `items` are the events of the day shown, or the one event (none: a stale link).
 */
export function dialogContent(m: ViewModel, state: DialogState, items: readonly CalendarItem[], ctx: DetailContext): TemplateResult {
  const copy = dialogCopy(m);
  const close = html`<form method="dialog" class="close"><button part="button" type="submit">${copy.close}</button></form>`;
  if (state.kind === 'subscribe') {
    // While a Retry loads, the loading note holds the focus; then the title does (shared/states.ts).
    return html`${close}<h2 id="dialog-title" tabindex="-1" data-after-retry>${copy.subscribe}</h2>
      ${ctx.feeds ? subscribeSection(m, ctx.feeds) : ctx.retry ? errorState(copy.partFailed, copy.retry, ctx.retry) : html`<p part="loading" tabindex="-1">${copy.loading}</p>`}`;
  }
  if (state.kind === 'day') return html`${close}${dayDetails(m, state.day, items)}`;
  return html`${close}${items[0] ? eventDetails(m, items[0], ctx) : html`<h2 id="dialog-title">${copy.notFound}</h2>`}`;
}
