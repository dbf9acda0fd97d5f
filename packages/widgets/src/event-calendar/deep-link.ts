/**
 * Opt-in deep links through the URL hash: `#calendar=2026-11` opens November 2026,
 * `#calendar=2026-11/<event-id>` also opens that event's details. The key is configurable so
 * two calendars on one page keep separate links, and every other part of the hash (a page's
 * own anchors or parameters) is preserved.
 */
import { isoMonth, parseIsoMonth, type YearMonth } from './dates.js';

/** What a deep link points at. */
export interface CalendarLink extends YearMonth {
  /** An event whose details to open. */
  eventId?: string;
}

const EVENT_ID = /^[\w-]{1,100}$/;

/** Splits a hash (with or without `#`) into its `&`-separated parts. */
const parts = (hash: string): string[] => hash.replace(/^#/, '').split('&').filter(Boolean);

/** Reads the link stored under `key` in `hash`; undefined when absent or malformed. */
export function readLink(hash: string, key: string): CalendarLink | undefined {
  const prefix = `${key}=`;
  const part = parts(hash).find((p) => p.startsWith(prefix));
  if (!part) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(part.slice(prefix.length));
  } catch {
    return undefined;
  }
  const [month, eventId, ...extra] = value.split('/');
  const ym = parseIsoMonth(month ?? '');
  if (!ym || extra.length) return undefined;
  if (eventId === undefined) return ym;
  return EVENT_ID.test(eventId) ? { ...ym, eventId } : undefined;
}

/**
 * `hash` with the link under `key` replaced by `link` (removed when undefined), other parts kept
 * in place. Returns `''` when nothing is left, otherwise a string starting with `#`.
 */
export function writeLink(hash: string, key: string, link: CalendarLink | undefined): string {
  const prefix = `${key}=`;
  const value = link ? `${prefix}${isoMonth(link)}${link.eventId ? `/${encodeURIComponent(link.eventId)}` : ''}` : '';
  const kept = parts(hash);
  const index = kept.findIndex((p) => p.startsWith(prefix));
  if (index >= 0) {
    if (value) kept[index] = value;
    else kept.splice(index, 1);
  } else if (value) {
    kept.push(value);
  }
  return kept.length ? `#${kept.join('&')}` : '';
}

/**
 * Calls `follow` with the link under `key` in the page's hash now and whenever the hash changes,
 * and with `undefined` when a link that was there is gone (Back to an entry without one).
 */
export function watchHash(key: string, signal: AbortSignal, follow: (link: CalendarLink | undefined) => void): void {
  let linked = false;
  const read = () => {
    const link = readLink(location.hash, key);
    if (link || linked) follow(link);
    linked = !!link;
  };
  addEventListener('hashchange', read, { signal });
  read();
}

/** Puts `link` under `key` in the page's hash, replacing the history entry (months are not visits). */
export function replaceHash(key: string, link: CalendarLink): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${writeLink(location.hash, key, link)}`);
}
