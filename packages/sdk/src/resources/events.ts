import { Event, EventPage, type ConsortiumEvent, type EventKind, type EventStatus, type Locale, type Page } from '@razem/contract';
import type { RazemHttp, RazemRequestOptions } from '../http.js';
import { collect, paginate } from '../pagination.js';

/** Filters of {@link EventsResource.list}. Without `from`/`to` the API lists upcoming events. */
export type EventListQuery = {
  /** Events that end after this instant. */
  from?: Date | string;
  /** Events that start before this instant. */
  to?: Date | string;
  /** Only these kinds. */
  kind?: EventKind | readonly EventKind[];
  /** Only events organised by this partner (slug id). */
  organizer?: string;
  /** Only these statuses. */
  status?: EventStatus | readonly EventStatus[];
  /** Page size, 1–100. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
};

/** Filters of the iCalendar feed URLs. */
export type CalendarFeedQuery = {
  /** Only these kinds. */
  kind?: EventKind | readonly EventKind[];
  /** Only events organised by this partner. */
  organizer?: string;
  /** Language of titles and descriptions; defaults to the client's `locale`. */
  lang?: Locale;
};

/** Consortium events: pages, lazy iteration over all of them, single events and calendar feeds. */
export class EventsResource {
  /** @param http - the core created by `createRazemHttp`. */
  constructor(readonly http: RazemHttp) {}

  /** One page of events, ordered by start. */
  list(query?: EventListQuery, options?: RazemRequestOptions): Promise<Page<ConsortiumEvent>> {
    return this.http.request('GET', 'v1/events', { ...options, query, schema: EventPage });
  }

  /** Every event matching `query`, fetching the next page only as you iterate. */
  iterate(query?: Omit<EventListQuery, 'cursor'>, options?: RazemRequestOptions): AsyncIterable<ConsortiumEvent> {
    return paginate((cursor) => this.list({ ...query, cursor }, options));
  }

  /** Every event matching `query`, all pages collected. */
  all(query?: Omit<EventListQuery, 'cursor'>, options?: RazemRequestOptions): Promise<ConsortiumEvent[]> {
    return collect(this.iterate(query, options));
  }

  /** One event by id. @throws {RazemNotFoundError} when there is none. */
  get(id: string, options?: RazemRequestOptions): Promise<ConsortiumEvent> {
    return this.http.request('GET', `v1/events/${encodeURIComponent(id)}`, { ...options, schema: Event });
  }

  /** URL of the iCalendar (RFC 5545) feed of events, for download or calendar apps. */
  feedUrl(query?: CalendarFeedQuery): string {
    return this.http.url('v1/events.ics', { lang: this.http.locale, ...query });
  }

  /** The feed as a `webcal://` URL, which calendar apps open as a subscription. */
  webcalUrl(query?: CalendarFeedQuery): string {
    return this.feedUrl(query).replace(/^https?:/, 'webcal:');
  }

  /** URL of one event as an `.ics` file ("add to calendar"). */
  eventIcsUrl(id: string, options?: { lang?: Locale }): string {
    return this.http.url(`v1/events/${encodeURIComponent(id)}.ics`, { lang: options?.lang ?? this.http.locale });
  }
}
