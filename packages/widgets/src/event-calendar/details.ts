/**
 * The details dialog and the URL-hash deep links of <razem-event-calendar>, as a Lit reactive
 * controller: which dialog is open, the native `<dialog>` opened modally and closed in step,
 * focus given back to what opened it, and the hash kept in step with the month and open event.
 * Part of the on-demand chunk (`extras.ts`): the element creates it the first time a dialog,
 * the filter selects or a deep link is needed.
 */
import { adoptStyles, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { bucketDays, prepareEvents, type CalendarItem, type PreparedEvents } from './buckets.js';
import type { CalendarData } from './data.js';
import type { YearMonth } from './dates.js';
import { replaceHash, watchHash } from './deep-link.js';
import { dialogContent, type DialogState } from './dialog.js';
import { extraStyles } from './extras.styles.js';
import { RazemEventCalendar } from './event-calendar.js';
import { filters } from './filters.js';
import type { ViewModel } from './views.js';

/** What the controller needs to know from its element. */
export interface DetailsOptions {
  readonly data: CalendarData;
  /** The hash key, or undefined when deep links are off. */
  linkKey(): string | undefined;
  /** The month shown. */
  shownMonth(): YearMonth;
  /** Shows the month a deep link names; undefined: the current month. */
  showMonth(ym: YearMonth | undefined): void;
  /** The day cell holding the grid's tab stop. */
  focusCell(): HTMLElement | null;
  /** Called when an event's details open (for `razem-event-open`). */
  opened(id: string): void;
  /** Asks the API for feed addresses and organizer names; fails when their code did not arrive. */
  apiExtras(): Promise<unknown>;
  /** An event by id, loaded or (deep link outside the loaded months) fetched; undefined if none. */
  findEvent(id: string): Promise<unknown>;
}

/** The dialog and deep links of one calendar. */
export class DetailsController implements ReactiveController {
  /** What the dialog shows; undefined while closed. */
  state?: DialogState;
  /** The kind and organizer selects (`filters.ts`). */
  readonly filters = filters;
  private returnFocus?: HTMLElement | null;
  /** What to focus in the dialog once its new content renders (it replaced the focused button). */
  private focusNext?: string;
  private pendingEvent?: string;
  private off?: AbortController;
  /** The subscription's code (`load.ts`) did not arrive: what its error's Retry does. */
  private feedsRetry?: () => void;

  constructor(
    private readonly element: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly host: DetailsOptions,
  ) {
    // The element's styles stay; importing the class (not just its type) also keeps the bundler
    // from splitting the modules this chunk shares with the element into a third file.
    adoptStyles(element.renderRoot as ShadowRoot, [...RazemEventCalendar.elementStyles, extraStyles]);
    element.addController(this);
  }

  hostConnected(): void {
    this.off = new AbortController();
    const key = this.host.linkKey();
    if (key === undefined) return;
    watchHash(key, this.off.signal, (link) => {
      this.host.showMonth(link);
      this.pendingEvent = link?.eventId;
      if (!link?.eventId && this.state?.kind === 'event') this.state = undefined;
      this.element.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.off?.abort();
  }

  hostUpdated(): void {
    const dialog = this.element.renderRoot.querySelector('dialog');
    // Moved or added again while open, the dialog stays open but no longer modal: open it anew.
    if (dialog && this.state && !dialog.matches(':modal') && dialog.isConnected) {
      dialog.close();
      dialog.showModal();
    }
    if (dialog && !this.state && dialog.open) dialog.close();
    if (dialog?.open && this.focusNext) {
      dialog.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
    if (this.pendingEvent && this.host.data.status === 'ready') void this.openPending();
  }

  /** Opens (or changes) the dialog; focus goes back to `trigger` when it closes. */
  open(state: DialogState, trigger?: Element | null): void {
    // Keep the first trigger: from a day's list to an event and back, focus returns to the grid.
    if (!this.state) this.returnFocus = trigger as HTMLElement | null;
    this.state = state;
    this.element.requestUpdate();
    if (state.kind === 'event') {
      this.host.opened(state.id);
      this.writeHash(state.id);
    }
    this.extras();
  }

  /**
   * Asks for feed addresses and organizer names. When their code does not arrive, the
   * subscription says so (it said "loading" for ever) with a Retry that asks again.
   */
  private extras(): void {
    this.feedsRetry = undefined;
    this.element.requestUpdate();
    this.host.apiExtras().catch(() => {
      this.feedsRetry = () => this.extras();
      this.element.requestUpdate();
    });
  }

  /** Keeps the hash in step with the month and open event, when deep links are on. */
  writeHash(eventId?: string): void {
    const key = this.host.linkKey();
    if (key !== undefined) replaceHash(key, { ...this.host.shownMonth(), eventId });
  }

  private async openPending(): Promise<void> {
    const id = this.pendingEvent!;
    this.pendingEvent = undefined;
    if (this.state?.kind === 'event' && this.state.id === id) return;
    if (await this.host.findEvent(id)) this.open({ kind: 'event', id }, this.host.focusCell());
  }

  private readonly onClick = (event: Event): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    // A click on the backdrop lands on the <dialog> itself.
    if (event.target === dialog) return dialog.close();
    const data = (event.target as Element).closest<HTMLElement>('button')?.dataset;
    const state = this.state;
    if (!data || !state) return;
    if (data.id) {
      this.focusNext = '#dialog-title';
      this.open({ kind: 'event', id: data.id, ...(state.kind === 'day' ? { fromDay: state.day } : {}) });
    } else if (data.action === 'back' && state.kind === 'event' && state.fromDay !== undefined) {
      // Back on the day's list, on the event just left.
      this.focusNext = `[data-id="${CSS.escape(state.id)}"]`;
      this.state = { kind: 'day', day: state.fromDay };
      this.element.requestUpdate();
      this.writeHash();
    }
  };

  private readonly onClose = (event: Event): void => {
    // `close` is queued as a task: when the dialog was opened again before it ran (a script
    // closing and reopening at once), this close is stale.
    if ((event.currentTarget as HTMLDialogElement).open) return;
    const wasEvent = this.state?.kind === 'event';
    this.state = undefined;
    this.element.requestUpdate();
    if (wasEvent) this.writeHash();
    (this.returnFocus?.isConnected ? this.returnFocus : this.host.focusCell())?.focus();
    this.returnFocus = undefined;
  };

  /** The `<dialog>` element, with its content while open. */
  render(m: ViewModel, prepared: PreparedEvents, zone: string): TemplateResult {
    const { state } = this;
    let content: TemplateResult | typeof nothing = nothing;
    if (state) {
      const { data } = this.host;
      let items: CalendarItem[] = [];
      if (state.kind === 'day') items = bucketDays(prepared, state.day, state.day + 1)[0] ?? [];
      if (state.kind === 'event') {
        const item = prepared.items.find((i) => i.event.id === state.id);
        const event = item ? undefined : data.find(state.id);
        items = item ? [item] : event ? prepareEvents([event], zone).items : [];
      }
      const fromDay = state.kind === 'event' ? { fromDay: state.fromDay } : {};
      content = dialogContent(m, state, items, { names: data.names, feeds: data.feeds, retry: this.feedsRetry, ...fromDay });
    }
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @click=${this.onClick} @close=${this.onClose}>${content}</dialog>`;
  }
}
