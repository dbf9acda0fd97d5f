import type { ConsortiumEvent, EventKind } from '@razem/contract';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { RazemElement } from '../shared/element.js';
import { normalizeLocale, plural, type RazemLocale } from '../shared/locale.js';
import { findLang, LocalizeController } from '../shared/localize.js';
import { errorState, loadingState } from '../shared/states.js';
import { bucketDays, type CalendarItem, type EventFilter, type PreparedEvents } from './buckets.js';
import { KINDS, WARSAW } from './consortium.js';
import { CalendarData, type EventSource } from './data.js';
import type { ApiConfig } from './load.js';
import {
  civilDate,
  dayNumber,
  daysInMonth,
  isoMonth,
  monthOf,
  parseIsoMonth,
  shiftMonth,
  type DayNumber,
  type Weekday,
  type YearMonth,
} from './dates.js';
import type { DetailsController } from './details.js';
import type { DialogState } from './dialog.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { formatMonth, zonePeriodName } from './format.js';
import { firstDayOfWeek, monthGrid, parseWeekStart, type MonthGrid } from './grid.js';
import { normalizeEvents, parseInlineEvents } from './inline.js';
import { isActivation, moveFocus } from './keyboard.js';
import { eventCalendarCopy, type EventCalendarCopy } from './locales.js';
import { listBody, listLoading, monthBody, toolbar, type ViewModel } from './views.js';
import { isValidTimeZone, startOfZonedDay, systemTimeZone, zonedDay } from './zones.js';

/** The two ways of showing events. */
export type CalendarView = 'month' | 'list';

/** `detail` of `razem-month-change`: the month now shown (`month` 1–12). */
export interface MonthChangeDetail {
  year: number;
  month: number;
}

/** `detail` of `razem-event-open`. */
export interface EventOpenDetail {
  id: string;
}

/** `detail` of `razem-events-loaded`. */
export interface EventsLoadedDetail {
  /** Events now known for the shown month's grid. */
  count: number;
  source: EventSource;
}

/** `detail` of `razem-load-failed`. */
export interface LoadFailedDetail {
  error: unknown;
}

/** Events shown in the list at first and added by each "Show more". */
const LIST_PAGE = 50;

/**
 * Classes for a calendar `width` px wide: below 52rem the month's chips drop their start times,
 * below 30rem the list and the dialog use one column. In rem of the page, as a media query would.
 */
function widthClasses(width: number): string {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return width < 30 * rem ? 'no-chip-times one-column' : width < 52 * rem ? 'no-chip-times' : '';
}

const intlTags = new Map<string, string>();

/** The `Intl` tag for `locale`: the page's `lang`, or the visitor's language, with its region. */
function intlTag(lang: string | undefined, locale: RazemLocale): string {
  const key = `${lang}|${locale}`;
  let tag = intlTags.get(key);
  if (tag === undefined) intlTags.set(key, (tag = findIntlTag(lang, locale)));
  return tag;
}

function findIntlTag(lang: string | undefined, locale: RazemLocale): string {
  for (const tag of [lang, globalThis.navigator?.language]) {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag || []);
      if (canonical?.includes('-') && normalizeLocale(canonical) === locale) return canonical;
    } catch {
      // not a valid tag: try the next
    }
  }
  return locale;
}

/**
 * The consortium's calendar of meetings, workshops, study visits and online sessions: a month
 * grid and a list, from the Razem API (only the weeks shown, cached, the next and previous
 * month prefetched) or from inline JSON. Keyboard-complete after the WAI-ARIA APG grid pattern;
 * times in the visitor's zone with the zone named; details in a modal dialog with
 * "add to calendar" and "subscribe".
 *
 * @summary Month grid and list of consortium events, keyboard-complete, light and fast.
 * @customElement razem-event-calendar
 * @tagname razem-event-calendar
 *
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default look), `dark`, or `auto` to follow the visitor's system setting.
 *
 * @slot empty - Replaces the message shown when there are no events in the period.
 *
 * @event razem-month-change - The visitor moved to another month. `detail: { year, month }` (month 1–12).
 * @event razem-event-open - An event's details opened. `detail: { id }`.
 * @event razem-events-loaded - Events for the shown month arrived. `detail: { count, source }`.
 * @event razem-load-failed - Loading from the API failed; the error state with Retry is shown. `detail: { error }`.
 *
 * @csspart toolbar - The bar with the month title, navigation and view switch.
 * @csspart title - The month and year.
 * @csspart button - Every button (navigation, view switch, Retry, Close, Copy).
 * @csspart zone - The note naming the time zone, shown outside Warsaw time.
 * @csspart filters - The kind and organizer selects (with `show-filters`).
 * @csspart grid - The month grid.
 * @csspart day - A day cell.
 * @csspart event - An event in a day cell, the list or a day's dialog.
 * @csspart more - The "+N more" button of a crowded day.
 * @csspart list - The list view.
 * @csspart date - A day heading in the list.
 * @csspart item - An event row in the list.
 * @csspart dialog - The details dialog.
 * @csspart kind - The event kind in the dialog.
 * @csspart status - The cancelled / postponed badge in the dialog.
 * @csspart link - Links in the dialog (online, registration, add to calendar).
 * @csspart subscribe - The "subscribe to this calendar" section.
 * @csspart input - The feed address field.
 * @csspart state - The loading, empty and error containers (also `loading`, `empty`, `error`).
 * @csspart loading - Also the note over the month grid while its events load.
 *
 * @cssproperty --razem-color-accent - Buttons, links, today's mark and the focus ring.
 * @cssproperty --razem-color-on-accent - Text on accent backgrounds.
 * @cssproperty --razem-color-text - Body text.
 * @cssproperty --razem-color-muted - Days of other months and secondary text.
 * @cssproperty --razem-color-surface - Background of the grid and dialog.
 * @cssproperty --razem-color-subtle - Event chips and skeletons.
 * @cssproperty --razem-color-border - Grid lines and borders.
 * @cssproperty --razem-color-danger - Cancelled events and errors.
 * @cssproperty --razem-radius - Corner radius.
 * @cssproperty --razem-font-family - Font; inherits the page font by default.
 * @cssproperty --razem-font-size - Base font size; inherits by default.
 * @cssproperty --razem-space-1 - Smallest gap.
 * @cssproperty --razem-space-2 - Small gap.
 * @cssproperty --razem-space-3 - Padding.
 * @cssproperty --razem-space-4 - Gap between sections.
 */
export class RazemEventCalendar extends RazemElement {
  static override styles = eventCalendarStyles;

  /**
   * For framework wrappers that render this element on a server (`@razem/react`): `events` can
   * also be given as a `<script type="application/json">` child.
   */
  static readonly serverChildren = { inlineJson: 'events' } as const;

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    month: { reflect: true },
    timeZone: { attribute: 'time-zone' },
    kinds: {},
    organizer: {},
    showFilters: { type: Boolean, attribute: 'show-filters' },
    deepLink: { attribute: 'deep-link' },
    maxEvents: { type: Number, attribute: 'max-events' },
    weekStart: { attribute: 'week-start' },
    narrowWidth: { type: Number, attribute: 'narrow-width' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    events: { attribute: false },
    organizerNames: { attribute: false },
    strings: { attribute: false },
    narrow: { state: true },
    widths: { state: true },
    focusDay: { state: true },
    listLimit: { state: true },
    showPast: { state: true },
    announcement: { state: true },
    detailsRetry: { state: true },
  };

  /**
   * `month` (grid) or `list` (agenda: upcoming events of the month). Narrower than
   * `narrow-width`, the element shows the list whatever this says.
   * @attr view
   */
  view: CalendarView = 'month';

  /**
   * The month shown, `YYYY-MM`; follows navigation. Empty: the current month.
   * @attr month
   */
  month = '';

  /**
   * IANA zone to show times in, e.g. `Europe/Warsaw`. Empty: the visitor's own zone; outside
   * Warsaw time the zone is named above the calendar and in each event's details.
   * @attr time-zone
   */
  timeZone = '';

  /**
   * Show only these kinds, comma-separated, e.g. `workshop,meeting`. Empty shows all.
   * @attr kinds
   */
  kinds = '';

  /**
   * Show only events organized by this partner (slug id, e.g. `bkppt`).
   * @attr organizer
   */
  organizer = '';

  /**
   * Shows selects for kind and organizer.
   * @attr show-filters
   */
  showFilters = false;

  /**
   * Opt-in deep links: keeps the month and open event in the URL hash (`#calendar=2026-11/<id>`)
   * and opens what a link names. The value is the hash key (default `calendar`).
   * @attr deep-link
   */
  declare deepLink?: string | null;

  /**
   * Rows of events a day cell shows; a day with more shows one row fewer and "+N more".
   * @attr max-events
   */
  maxEvents = 3;

  /**
   * First day of the week, `monday` … `sunday`. Default: Monday for Polish and Ukrainian,
   * per region for English (`en-US` Sunday, `en-GB` Monday).
   * @attr week-start
   */
  declare weekStart?: string;

  /**
   * Width in CSS pixels below which the element shows the list instead of the grid.
   * @attr narrow-width
   */
  narrowWidth = 600;

  /**
   * Level of the month title heading (2–6); day headings in the list are one below.
   * @attr heading-level
   */
  headingLevel = 2;

  /**
   * Events to show instead of loading them (contract `ConsortiumEvent[]`): your own SDK call,
   * static data, the bench. Setting it skips the API and inline JSON.
   */
  declare events?: ConsortiumEvent[];

  /** Organizer names by partner id, for events given inline (the API's partners otherwise). */
  declare organizerNames?: Record<string, string>;

  /** Replacements for any of the built-in copy in the current language (shallow merge). */
  declare strings?: Partial<EventCalendarCopy>;

  private narrow = false;
  /** Classes of the calendar for its width (see `widthClasses`). */
  private widths = '';
  declare private focusDay?: DayNumber;
  private listLimit = LIST_PAGE;
  private showPast = false;
  private announcement = '';

  private readonly localize = new LocalizeController(this, eventCalendarCopy, () => this.strings);
  private readonly data = new CalendarData(this, {
    loaded: (count, source) => this.emit<EventsLoadedDetail>('razem-events-loaded', { count, source }),
    failed: (error) => {
      console.error('[razem-event-calendar]', error);
      this.emit<LoadFailedDetail>('razem-load-failed', { error });
    },
  });
  /** The dialog, filter selects and deep links (`extras.ts`), created when first needed. */
  private details?: DetailsController;
  /**
   * `extras.ts` failed to download: what its error's Retry does (try again, then go on); null
   * while that Retry downloads it.
   */
  declare private detailsRetry?: (() => void) | null | undefined;
  /** Counts clicks that open the dialog: only the last one waiting for the chunk opens it. */
  private opening = 0;
  private given?: ConsortiumEvent[];
  private childrenRead = false;
  private resize?: ResizeObserver;
  private pendingFocus = false;
  private idlePrepare = false;
  private memo: { prepared?: PreparedEvents; start?: DayNumber; buckets?: CalendarItem[][] } = {};
  private offChildren?: AbortController;

  // Derived in willUpdate, read by the render and the handlers.
  private zone: string = WARSAW;
  private intl = 'pl';
  private ws: Weekday = 1;
  private ym: YearMonth = { year: 1970, month: 1 };
  private grid!: MonthGrid;
  private today: DayNumber = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: observe again (the first time, updated() does).
    const probe = this.renderRoot?.querySelector('.probe');
    if (probe) this.resize?.observe(probe);
    this.offChildren = new AbortController();
    const { signal } = this.offChildren;
    if (this.deepLink != null) this.withDetails();
    // Children (the inline JSON) may not be parsed yet when the element upgrades early.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.readChildren(), { once: true, signal });
    } else {
      this.readChildren();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offChildren?.abort();
    this.resize?.disconnect();
  }

  /** Loads the events again: re-reads inline JSON, or forgets every cached month and refetches. */
  async reload(): Promise<void> {
    this.data.clear();
    this.readChildren();
    this.requestUpdate();
    await this.updateComplete;
  }

  private readChildren(): void {
    this.childrenRead = true;
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    if (script && !this.events) {
      try {
        this.data.setFixed(parseInlineEvents(script.textContent ?? ''), 'inline');
      } catch (error) {
        this.data.fail(error);
      }
    }
    this.requestUpdate();
  }

  private get filter(): EventFilter {
    const kinds = this.kinds
      .split(',')
      .map((k) => k.trim())
      .filter((k): k is EventKind => (KINDS as readonly string[]).includes(k));
    return { kinds, organizer: this.organizer.trim() };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.events !== this.given) {
      this.given = this.events;
      if (this.events) this.data.setFixed(normalizeEvents(this.events), 'property');
      else {
        // Taken back (a framework passing none now): inline JSON or the API again.
        this.data.clear(true);
        this.readChildren();
      }
    }
    if (changed.has('organizerNames') && this.organizerNames) this.data.names = new Map(Object.entries(this.organizerNames));
    this.intl = intlTag(findLang(this), this.localize.locale);
    this.zone = isValidTimeZone(this.timeZone) ? this.timeZone : systemTimeZone();
    this.ws = parseWeekStart(this.weekStart) ?? firstDayOfWeek(this.intl);
    this.today = zonedDay(Date.now(), this.zone);
    this.ym = parseIsoMonth(this.month) ?? monthOf(this.today);
    this.grid = monthGrid(this.ym, this.ws);
    const { first, last, start, end } = this.grid;
    if (this.focusDay === undefined || this.focusDay < start || this.focusDay >= end) {
      this.focusDay = this.today >= first && this.today <= last ? this.today : first;
    }
    // Here rather than in updated(): a status it sets synchronously ("no API address") lands in
    // this render instead of scheduling another. With deep links, loading waits for the month the
    // hash names.
    if (this.childrenRead && (this.deepLink == null || this.details)) this.data.show(this.config, this.ym, this.ws, this.zone, this.filter);
  }

  /** Day buckets of the grid shown, computed once per data change and month. */
  private buckets(prepared: PreparedEvents): CalendarItem[][] {
    let { buckets } = this.memo;
    if (!buckets || this.memo.prepared !== prepared || this.memo.start !== this.grid.start) {
      buckets = bucketDays(prepared, this.grid.start, this.grid.end);
      this.memo = { prepared, start: this.grid.start, buckets };
    }
    return buckets;
  }

  private get model(): ViewModel {
    return {
      copy: this.localize.copy,
      locale: this.localize.locale,
      intl: this.intl,
      zone: this.zone,
      today: this.today,
      weekStart: this.ws,
      focusDay: this.focusDay!,
      maxRows: Math.max(1, this.maxEvents || 3),
      headingLevel: Math.min(6, Math.max(2, this.headingLevel || 2)),
      plural: (count, forms) => plural(this.localize.locale, count, forms),
    };
  }

  protected override updated(): void {
    this.prepareNeighbours();
    if (!this.resize) {
      // A zero-height probe as wide as the element: its size follows the width only, so switching
      // views (which changes the height) never re-triggers the observer within a frame.
      this.resize = new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width ?? 0;
        // Width 0 means hidden (display: none): keep the view it had.
        if (width > 0) {
          this.narrow = width < this.narrowWidth;
          this.widths = widthClasses(width);
        }
      });
      this.resize.observe(this.renderRoot.querySelector('.probe')!);
    }
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.renderRoot.querySelector<HTMLElement>(`[data-day="${this.focusDay}"]`)?.focus();
    }
  }

  /**
   * Prepares the previous and next month while the page is idle, so moving to them only buckets
   * and renders (the API data of both is prefetched the same way).
   */
  private prepareNeighbours(): void {
    if (this.idlePrepare) return;
    this.idlePrepare = true;
    // Safari has no requestIdleCallback: a timeout still leaves the current frame alone.
    (globalThis.requestIdleCallback ?? setTimeout)(() => {
      this.idlePrepare = false;
      if (!this.isConnected) return;
      for (const delta of [1, -1]) {
        const { start, end } = monthGrid(shiftMonth(this.ym, delta), this.ws);
        this.data.prepared(this.zone, this.filter, start, end);
      }
    });
  }

  /** Shows another month (focus on `focus`, or the same day of the month), announces it. */
  private go(ym: YearMonth, focus?: DayNumber): void {
    const day = civilDate(this.focusDay ?? this.today).day;
    this.focusDay = focus ?? dayNumber(ym.year, ym.month, Math.min(day, daysInMonth(ym.year, ym.month)));
    if (ym.year === this.ym.year && ym.month === this.ym.month) return;
    this.month = isoMonth(ym);
    this.ym = ym;
    this.listLimit = LIST_PAGE;
    this.showPast = false;
    this.announcement = formatMonth(ym, this.intl);
    this.emit<MonthChangeDetail>('razem-month-change', { year: ym.year, month: ym.month });
    this.details?.writeHash();
  }

  private onToolbarClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    const data = button?.dataset;
    if (!data) return;
    if (data.nav === '0') this.go(monthOf(this.today), this.today);
    else if (data.nav) this.go(shiftMonth(this.ym, Number(data.nav)));
    if (data.view) this.view = data.view as CalendarView;
    if (data.action === 'subscribe') this.open({ kind: 'subscribe' }, button);
  }

  private onFilterChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'kind') this.kinds = select.value;
    else this.organizer = select.value;
  }

  /** Clicks in the grid or list: open an event or a crowded day, move the focus, show more. */
  private onBodyClick(event: Event): void {
    const target = event.target as Element;
    const cell = target.closest<HTMLElement>('[data-day]');
    if (cell) this.focusDay = Number(cell.dataset.day);
    const trigger = target.closest<HTMLElement>('[data-id], [data-more], [data-action]');
    const data = trigger?.dataset;
    if (data?.id) this.open({ kind: 'event', id: data.id }, trigger);
    else if (data?.more) this.open({ kind: 'day', day: Number(data.more) }, trigger);
    else if (data?.action === 'more') this.listLimit += LIST_PAGE;
    else if (data?.action === 'earlier') this.showPast = true;
    else if (data?.action === 'next') this.go(shiftMonth(this.ym, 1));
  }

  /** The grid's keys (APG grid): arrows, Home/End, PageUp/PageDown (+Shift), Enter/Space. */
  private onGridKey(event: KeyboardEvent): void {
    const cell = (event.target as Element).closest<HTMLElement>('[data-day]');
    if (!cell) return;
    const day = Number(cell.dataset.day);
    if (event.target === cell && isActivation(event)) {
      event.preventDefault();
      this.open({ kind: 'day', day }, cell);
      return;
    }
    const next = moveFocus(day, event, this.ws);
    if (next === undefined) return;
    event.preventDefault();
    const ym = monthOf(next);
    if (ym.year !== this.ym.year || ym.month !== this.ym.month) this.go(ym, next);
    else this.focusDay = next;
    this.pendingFocus = true;
  }

  /** Loads the on-demand chunk and creates the dialog and deep-link controller, once. */
  private async useDetails(): Promise<DetailsController> {
    const { DetailsController } = await import('./extras.js');
    this.detailsRetry = undefined; // here at last: no error, no Retry loading
    this.details ??= new DetailsController(this, {
      data: this.data,
      linkKey: () => (this.deepLink == null ? undefined : this.deepLink || 'calendar'),
      shownMonth: () => this.ym,
      showMonth: (ym) => (this.month = ym ? isoMonth(ym) : ''),
      focusCell: () => this.renderRoot.querySelector<HTMLElement>(`[data-day="${this.focusDay}"]`),
      opened: (id) => this.emit<EventOpenDetail>('razem-event-open', { id }),
      apiExtras: () => this.apiExtras(),
      findEvent: async (id) => {
        const { config } = this;
        return this.data.find(id) ?? (await (await this.data.source(config))?.fetch(config as ApiConfig, id));
      },
    });
    this.requestUpdate();
    return this.details;
  }

  /**
   * Loads the on-demand chunk, then runs `then`. When it does not arrive (a broken connection),
   * an error says so and its Retry tries again: a click on an event must never just do nothing.
   */
  private withDetails(then?: (details: DetailsController) => void, retry?: boolean): void {
    // A Retry shows the loading state meanwhile: it holds the focus (keepFocusAfterRetry), which
    // fell to the toolbar and stayed there when the chunk failed again.
    this.detailsRetry = retry || this.detailsRetry === null ? null : undefined;
    this.useDetails().then(then, () => {
      // A later click's action wins; loading alone (filters, deep links) never replaces one.
      if (then || !this.detailsRetry) this.detailsRetry = () => this.withDetails(then, true);
    });
  }

  /** Opens the details dialog (loading it first) with `state`; focus returns to `trigger`. */
  private open(state: DialogState, trigger?: Element | null): void {
    // Clicked again while the chunk downloads (a slow network): one dialog, one `razem-event-open`.
    const click = ++this.opening;
    // On a slow network the click shows the loading state, after a moment (no flash on fast ones).
    if (!this.details) setTimeout(() => this.details || this.detailsRetry || (this.detailsRetry = null), 400);
    this.withDetails((details) => click === this.opening && details.open(state, trigger));
  }

  /** Feed addresses and organizer names, from the API, once something shows them; fails when the chunk did not. */
  private apiExtras(): Promise<void> {
    const { config } = this;
    return this.data.source(config).then((api) => api?.extras(config as ApiConfig, this.filter, this.localize.locale));
  }

  protected override render(): TemplateResult {
    return html`<div class="probe"></div>${this.localize.loading ? loadingState('') : this.renderCalendar()}`;
  }

  private renderCalendar(): TemplateResult {
    const m = this.model;
    const { copy } = m;
    const view = this.narrow ? 'list' : this.view;
    const prepared = this.data.prepared(this.zone, this.filter, this.grid.start, this.grid.end);
    const status = this.data.status;
    return html`<section class="calendar ${this.widths}" aria-label=${copy.calendarLabel}>
      <div @click=${this.onToolbarClick}>
        ${toolbar(m, {
          title: formatMonth(this.ym, this.intl),
          view,
          narrow: this.narrow,
          subscribable: !this.data.isFixed && !!this.config.apiBase,
          // Named unless both the times and the visitor are on Warsaw time: a visitor elsewhere
          // must know whose clock a Warsaw-pinned calendar shows, and the reverse.
          ...(this.zone === WARSAW && systemTimeZone() === WARSAW
            ? {}
            : { zoneNote: zonePeriodName(startOfZonedDay(this.grid.first, this.zone), startOfZonedDay(this.grid.last + 1, this.zone) - 1, this.intl, this.zone) }),
        })}
      </div>
      ${this.showFilters ? this.renderFilters(m) : nothing}
      ${this.detailsRetry ? errorState(copy.partFailed, copy.retry, this.detailsRetry) : this.detailsRetry === null ? loadingState(copy.loading, 1) : nothing}
      <div class="body" @click=${this.onBodyClick} @keydown=${this.onGridKey}>
        ${status === 'error' || status === 'notConfigured'
          ? errorState(copy[status], copy.retry, () => (this.events ? undefined : this.data.retry()))
          : view === 'month'
            ? monthBody(m, this.grid, this.buckets(prepared), status === 'loading')
            : status === 'loading'
              ? listLoading(m)
              : listBody(m, prepared, this.grid, { limit: this.listLimit, showPast: this.showPast })}
      </div>
      <div class="vh" role="status">${this.announcement}</div>
      ${this.details?.render(m, prepared, this.zone) ?? nothing}
    </section>`;
  }

  private renderFilters(m: ViewModel): TemplateResult | typeof nothing {
    const { details } = this;
    if (!details) {
      // After a failed download, its error's Retry asks again (not every render).
      if (this.detailsRetry === undefined) this.withDetails();
      return nothing;
    }
    // Organizer names come with the partners; the events alone only know ids. A chunk that did
    // not arrive shows as the data's error; the next render asks again.
    this.apiExtras().catch(() => {});
    const names = [...this.data.names].sort((a, b) => a[1].localeCompare(b[1], this.intl));
    return html`<div @change=${this.onFilterChange}>${details.filters(m, KINDS, this.kinds, names, this.organizer)}</div>`;
  }
}
