/**
 * Where the calendar's events come from, as a Lit reactive controller: events given inline or as
 * a property, or the API by visible range. Everything about the API (the SDK, range caches,
 * prefetching, partner names, feeds) lives in `load.js`, imported the first time the API is
 * needed, so pages with inline events download none of it.
 */
import type { ConsortiumEvent } from '@razem/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RazemConfig } from '../shared/config.js';
import { prepareEvents, type EventFilter, type ItemCache, type PreparedEvents } from './buckets.js';
import type { DayNumber, Weekday, YearMonth } from './dates.js';
import type { Feeds } from './dialog.js';
import type { ApiSource } from './load.js';
import { monthFetchPlan } from './ranges.js';

/** Where shown events came from. */
export type EventSource = 'api' | 'inline' | 'property';

/** Loading state of the shown range. */
export type DataStatus = 'loading' | 'ready' | 'error' | 'notConfigured';

/** What the controller reports to its element. */
export interface DataCallbacks {
  loaded(count: number, source: EventSource): void;
  failed(error: unknown): void;
}

/** The events of one calendar element and their loading state. */
export class CalendarData implements ReactiveController {
  status: DataStatus = 'loading';
  /** Organizer names by partner id. */
  names = new Map<string, string>();
  /** Subscription addresses, in API mode once a dialog asked. */
  feeds?: Feeds;
  /** Aborted when the element leaves the page. */
  signal = new AbortController().signal;
  private abort?: AbortController;
  private fixed?: ConsortiumEvent[];
  private version = 0;
  private api?: ApiSource;
  /** Prepared ranges (`from|to`) of the current data, filter and zone. */
  private windows: { key: string; byRange: Map<string, PreparedEvents> } = { key: '', byRange: new Map() };
  /** Events already resolved to days, in `zone` (see {@link ItemCache}). */
  private items: { zone: string; cache: ItemCache } = { zone: '', cache: new WeakMap() };
  private loadKey = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly callbacks: DataCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.abort = new AbortController();
    this.signal = this.abort.signal;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loadKey = '';
  }

  /** Re-renders the element. */
  update(): void {
    this.host.requestUpdate();
  }

  /** Whether events come from the page (inline or property) rather than the API. */
  get isFixed(): boolean {
    return !!this.fixed;
  }

  /** Uses `events` instead of the API. */
  setFixed(events: ConsortiumEvent[], source: EventSource): void {
    this.fixed = events;
    this.version++;
    this.status = 'ready';
    this.update();
    this.callbacks.loaded(events.length, source);
  }

  /** Marks the data failed and tells the element. */
  fail(error: unknown, status: 'error' | 'notConfigured' = 'error'): void {
    this.status = status;
    this.update();
    this.callbacks.failed(error);
  }

  /** Forgets every loaded range, so the next {@link show} fetches again; `fixed` events too. */
  clear(fixed?: boolean): void {
    this.api = undefined;
    this.loadKey = '';
    if (fixed) {
      this.fixed = undefined;
      this.version++;
      this.status = 'loading';
    }
  }

  /**
   * Events of the current source on days `from` … `to - 1` in `zone`. The last few ranges are
   * kept until the data, filter or zone change, so going back and forth between months (or to
   * one prepared ahead, see the element's `updated`) prepares nothing.
   */
  prepared(zone: string, filter: EventFilter, from: DayNumber, to: DayNumber): PreparedEvents {
    const cache = this.fixed ? undefined : this.api?.cache(filter);
    const key = `${cache ? `c${cache.version}` : `s${this.version}`}|${filter.kinds?.join()}|${filter.organizer}|${zone}`;
    if (key !== this.windows.key) this.windows = { key, byRange: new Map() };
    if (this.items.zone !== zone) this.items = { zone, cache: new WeakMap() };
    const { byRange } = this.windows;
    const range = `${from}|${to}`;
    let prepared = byRange.get(range);
    if (!prepared) {
      // The month shown and its neighbours, and a few visited before: start over past that.
      if (byRange.size > 5) byRange.clear();
      byRange.set(range, (prepared = prepareEvents(this.fixed ?? cache?.events() ?? [], zone, filter, { from, to, cache: this.items.cache })));
    }
    return prepared;
  }

  /** The API part, loaded on first use; undefined with events from the page or no API address. */
  async source(config: RazemConfig): Promise<ApiSource | undefined> {
    if (this.fixed || !config.apiBase) return undefined;
    const { ApiSource } = await import('./load.js');
    return (this.api ??= new ApiSource(this));
  }

  /** Makes sure the grid of `ym` is loaded from the API; a no-op when nothing changed since the last call. */
  show(config: RazemConfig, ym: YearMonth, weekStart: Weekday, zone: string, filter: EventFilter): void {
    if (this.fixed) return;
    const key = `${config.apiBase}|${config.apiKey}|${filter.kinds?.join()}|${filter.organizer}|${ym.year}-${ym.month}|${weekStart}|${zone}`;
    if (key === this.loadKey) return;
    this.loadKey = key;
    if (!config.apiBase) return this.fail(new Error('No api-base'), 'notConfigured');
    const plan = monthFetchPlan(ym, weekStart, zone);
    void this.source(config).then(
      (api) => api?.show(config as RazemConfig & { apiBase: string }, plan, filter),
      // The chunk did not arrive (a broken connection): the error's Retry downloads it again.
      (error: unknown) => key === this.loadKey && this.fail(error),
    );
  }

  /** Loads the shown range again after an error. */
  retry(): void {
    this.loadKey = '';
    this.status = 'loading';
    this.update();
  }

  /** An event by id among the loaded ones. */
  find(id: string): ConsortiumEvent | undefined {
    return this.fixed ? this.fixed.find((e) => e.id === id) : this.api?.find(id);
  }
}
