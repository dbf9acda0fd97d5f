/**
 * Everything the calendar does with the API, in a chunk that only pages using the API download:
 * the SDK calls, a {@link RangeCache} per filter, fetching the weeks shown and prefetching the
 * neighbouring months when the browser is idle. Pages with inline events never load it.
 */
import type { ConsortiumEvent, EventKind, Locale } from '@razem/contract';
import { EventsResource, PartnersResource } from '@razem/sdk';
import { razemHttp } from '../shared/client.js';
import type { RazemConfig } from '../shared/config.js';
import type { EventFilter } from './buckets.js';
import type { CalendarData } from './data.js';
import { RangeCache, type IntervalLoader } from './range-cache.js';
import type { FetchPlan } from './ranges.js';

/** Where the API is; `apiBase` is known. */
export type ApiConfig = RazemConfig & { apiBase: string };

const kinds = (filter: EventFilter): { kind?: readonly EventKind[] } => (filter.kinds?.length ? { kind: filter.kinds } : {});
const organizer = (filter: EventFilter): { organizer?: string } => (filter.organizer ? { organizer: filter.organizer } : {});

/** `filter` as a cache key. */
export const filterKey = (filter: EventFilter): string => `${filter.kinds?.join()}|${filter.organizer ?? ''}`;

const partnerLists = new Map<string, Promise<Map<string, string>>>();

/** Partner names by id, once per API for the whole page. */
function partnerNames(config: ApiConfig): Promise<Map<string, string>> {
  let names = partnerLists.get(config.apiBase);
  if (!names) {
    names = new PartnersResource(razemHttp(config))
      .all({ limit: 100 })
      .then((partners) => new Map(partners.map((p) => [p.id, p.name])));
    // A failure is not kept: the next dialog asks again.
    names.catch(() => partnerLists.delete(config.apiBase));
    partnerLists.set(config.apiBase, names);
  }
  return names;
}

/** The API side of one calendar element; reports to its {@link CalendarData}. */
export class ApiSource {
  private readonly caches = new Map<string, RangeCache>();
  private readonly found = new Map<string, ConsortiumEvent>();
  private token = 0;
  /** Organizer names were asked for (and arrived, or are on their way). */
  private namesAsked = false;

  constructor(private readonly data: CalendarData) {}

  /** The cache of one filter. */
  cache(filter: EventFilter): RangeCache {
    const key = filterKey(filter);
    let cache = this.caches.get(key);
    if (!cache) this.caches.set(key, (cache = new RangeCache()));
    return cache;
  }

  /**
   * Loads `plan.visible` (the data shows "loading" only when it is not cached), then, when the
   * browser is idle, `plan.prefetch`. A newer call makes an older one's result quiet.
   */
  async show(config: ApiConfig, plan: FetchPlan, filter: EventFilter): Promise<void> {
    const { data } = this;
    const { signal } = data;
    const token = ++this.token;
    const cache = this.cache(filter);
    const events = new EventsResource(razemHttp(config));
    const loader: IntervalLoader = (interval) =>
      events.all(
        { from: new Date(interval.from), to: new Date(interval.to), limit: 100, ...kinds(filter), ...organizer(filter) },
        { signal },
      );
    if (!cache.has(plan.visible)) {
      data.status = 'loading';
      data.update();
    }
    try {
      await cache.ensure(plan.visible, loader);
    } catch (error) {
      if (token === this.token && !signal.aborted) data.fail(error);
      return;
    }
    data.update();
    if (token !== this.token) return; // the visitor moved on; the data stays cached
    data.status = 'ready';
    data.callbacks.loaded(cache.events().length, 'api');
    const prefetch = () => {
      for (const interval of plan.prefetch) {
        // Prefetch errors are ignored: visiting that month retries and shows them.
        if (!signal.aborted) cache.ensure(interval, loader).then(() => data.update(), () => {});
      }
    };
    // When the browser is idle, or within a second on a busy page (Safari has no idle callback).
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 1000 });
    else setTimeout(prefetch, 200);
  }

  /** An event by id among every loaded one. */
  find(id: string): ConsortiumEvent | undefined {
    for (const cache of this.caches.values()) {
      const event = cache.events().find((e) => e.id === id);
      if (event) return event;
    }
    return this.found.get(id);
  }

  /** Fetches one event by id (a deep link outside the loaded months); undefined if there is none. */
  async fetch(config: ApiConfig, id: string): Promise<ConsortiumEvent | undefined> {
    try {
      const event = await new EventsResource(razemHttp(config)).get(id, { signal: this.data.signal });
      this.found.set(id, event);
      return event;
    } catch {
      return undefined; // a stale link: the month is still shown
    }
  }

  /**
   * Puts the subscription addresses (as filtered) and the organizer names into the data. Called
   * from every render that shows them, so it re-renders only when something changed: an
   * unconditional update here would render again, call this again, and never settle.
   */
  async extras(config: ApiConfig, filter: EventFilter, lang: Locale): Promise<void> {
    const { data } = this;
    const events = new EventsResource(razemHttp(config));
    const query = { lang, ...kinds(filter), ...organizer(filter) };
    const ics = events.feedUrl(query);
    if (data.feeds?.ics !== ics) {
      data.feeds = { ics, webcal: events.webcalUrl(query) };
      data.update();
    }
    if (data.names.size || this.namesAsked) return;
    this.namesAsked = true;
    try {
      data.names = await partnerNames(config);
      data.update();
    } catch {
      // Ids stay shown when partners cannot be loaded now; the next render that shows them asks again.
      this.namesAsked = false;
    }
  }
}
