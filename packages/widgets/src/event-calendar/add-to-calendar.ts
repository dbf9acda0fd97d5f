/**
 * "Add to calendar" for one event: an RFC 5545 `.ics` file built in the page (works with inline
 * data and offline, no request needed), and links that open Google Calendar or Outlook on the
 * web with the event filled in.
 */
import type { ConsortiumEvent } from '@razem/contract';
import { WARSAW } from './consortium.js';
import { isoDay, type DayNumber } from './dates.js';
import type { RazemLocale } from '../shared/locale.js';
import { localized, placeText } from './text.js';
import { isValidTimeZone, zonedDay } from './zones.js';

/** Labels the details text needs, in the visitor's language. */
export interface DetailLabels {
  organizers: string;
  registration: string;
  online: string;
}

/** What goes into the description of a calendar entry. */
export interface DetailOptions {
  locale: RazemLocale;
  labels: DetailLabels;
  /** Display names of the organizers, in order; ids are used for any missing. */
  organizerNames?: readonly string[];
  /** Prepended to the title, e.g. "ODWOŁANE: " for a cancelled event. */
  titlePrefix?: string;
}

/** The entry's title with the status prefix. */
export function entryTitle(event: ConsortiumEvent, options: Pick<DetailOptions, 'locale' | 'titlePrefix'>): string {
  return (options.titlePrefix ?? '') + localized(event.title, options.locale).text;
}

/** The description, a blank line, then organizers, registration and online links, one per line. */
export function detailsText(event: ConsortiumEvent, options: DetailOptions): string {
  const { locale, labels } = options;
  const body = event.description ?? event.summary;
  const organizers = options.organizerNames?.length ? options.organizerNames : (event.organizerIds ?? []);
  const facts = [
    organizers.length ? `${labels.organizers}: ${organizers.join(', ')}` : '',
    event.registrationUrl ? `${labels.registration}: ${event.registrationUrl}` : '',
    event.location?.onlineUrl ? `${labels.online}: ${event.location.onlineUrl}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return [body ? localized(body, locale).text : '', facts].filter(Boolean).join('\n\n');
}

/** UTC date-time in iCalendar basic format: `20261125T160000Z`. */
export function icsUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1), never inside a
 * UTF-8 sequence: Polish and Ukrainian letters take two bytes each.
 */
export function icsFold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** First day and the day after the last (exclusive) of an all-day event, in its own zone. */
function allDayDates(event: ConsortiumEvent, start: number, end: number): [DayNumber, DayNumber] {
  const zone = isValidTimeZone(event.timeZone) ? event.timeZone : WARSAW;
  const first = zonedDay(start, zone);
  return [first, Math.max(first, zonedDay(Math.max(start, end - 1), zone)) + 1];
}

const compactDay = (day: DayNumber): string => isoDay(day).replace(/-/g, '');

const ICS_STATUS = { scheduled: 'CONFIRMED', cancelled: 'CANCELLED', postponed: 'TENTATIVE' } as const;

/** Options of {@link icsEvent}. */
export interface IcsOptions extends DetailOptions {
  /** A page about the event, e.g. the deep link into the calendar. Defaults to the registration link. */
  url?: string;
}

/**
 * One event as an iCalendar file (`text/calendar`), lines ending in CRLF. Timed events are
 * written in UTC, which every calendar app converts to its owner's zone without a VTIMEZONE;
 * all-day events as dates. The UID (`<id>@razem`) is the one the API's feeds use, so importing
 * the same event twice, or from the file and a subscription, updates it instead of duplicating it,
 * and so is the SEQUENCE when the API sent one.
 */
export function icsEvent(event: ConsortiumEvent, options: IcsOptions): string {
  const start = Date.parse(event.startsAt);
  const end = Math.max(Date.parse(event.endsAt), start);
  const lang = localized(event.title, options.locale).lang;
  const updated = icsUtc(Date.parse(event.updatedAt) || start);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Razem//razem-event-calendar//EN', 'CALSCALE:GREGORIAN'];
  lines.push('METHOD:PUBLISH', 'BEGIN:VEVENT', `UID:${event.id}@razem`, `DTSTAMP:${updated}`, `LAST-MODIFIED:${updated}`);
  // The feed's revision: without it an app that has the event from the subscription may keep its
  // copy and ignore this newer file.
  if (Number.isInteger(event.sequence)) lines.push(`SEQUENCE:${event.sequence}`);
  if (event.allDay) {
    const [first, after] = allDayDates(event, start, end);
    lines.push(`DTSTART;VALUE=DATE:${compactDay(first)}`, `DTEND;VALUE=DATE:${compactDay(after)}`);
  } else {
    lines.push(`DTSTART:${icsUtc(start)}`, `DTEND:${icsUtc(end)}`);
  }
  lines.push(`SUMMARY;LANGUAGE=${lang}:${icsEscape(entryTitle(event, options))}`);
  const details = detailsText(event, options);
  if (details) lines.push(`DESCRIPTION;LANGUAGE=${options.locale}:${icsEscape(details)}`);
  const place = placeText(event) || event.location?.onlineUrl;
  if (place) lines.push(`LOCATION:${icsEscape(place)}`);
  const url = options.url ?? event.registrationUrl;
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${ICS_STATUS[event.status] ?? 'CONFIRMED'}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(icsFold).join('\r\n') + '\r\n';
}

/** A file name for the event's `.ics`: its title in ASCII, e.g. `warsztaty-transformacji.ics`. */
export function icsFileName(event: ConsortiumEvent, locale: RazemLocale): string {
  const slug = localized(event.title, locale)
    .text.normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long titles are cut at the last whole word within 60 characters.
  const short = slug.length > 60 ? slug.slice(0, 61).replace(/-[^-]*$/, '') : slug;
  return `${short || 'event'}.ics`;
}

const query = (params: Record<string, string | undefined>): string =>
  Object.entries(params)
    .filter((entry): entry is [string, string] => !!entry[1])
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

// Calendar web apps put the whole event in the query string; keep the URL well within limits.
const clip = (text: string, max = 1500): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A Google Calendar link that opens a new event filled in with this one. */
export function googleCalendarUrl(event: ConsortiumEvent, options: DetailOptions): string {
  const start = Date.parse(event.startsAt);
  const end = Math.max(Date.parse(event.endsAt), start);
  let dates: string;
  if (event.allDay) {
    const [first, after] = allDayDates(event, start, end);
    dates = `${compactDay(first)}/${compactDay(after)}`;
  } else {
    dates = `${icsUtc(start)}/${icsUtc(end)}`;
  }
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: entryTitle(event, options),
    dates,
    details: clip(detailsText(event, options)),
    location: placeText(event) || event.location?.onlineUrl,
    ctz: event.timeZone,
  })}`;
}

/**
 * An Outlook on the web link that opens a new event filled in with this one: Outlook.com
 * (personal accounts) by default, Microsoft 365 (work and school accounts) with `office`.
 */
export function outlookUrl(event: ConsortiumEvent, options: DetailOptions & { office?: boolean }): string {
  const start = Date.parse(event.startsAt);
  const end = Math.max(Date.parse(event.endsAt), start);
  let startdt: string;
  let enddt: string;
  if (event.allDay) {
    const [first, after] = allDayDates(event, start, end);
    [startdt, enddt] = [isoDay(first), isoDay(after)];
  } else {
    [startdt, enddt] = [new Date(start), new Date(end)].map((d) => d.toISOString().replace(/\.\d{3}/, '')) as [string, string];
  }
  const host = options.office ? 'outlook.office.com' : 'outlook.live.com';
  return `https://${host}/calendar/0/action/compose?${query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entryTitle(event, options),
    startdt,
    enddt,
    allday: event.allDay ? 'true' : 'false',
    body: clip(detailsText(event, options)),
    location: placeText(event) || event.location?.onlineUrl,
  })}`;
}
