/**
 * What <razem-idea-form> does between the person and the API, apart from how it looks: which
 * screen shows, the draft, the outbox and each attempt to send it, and what every outcome means
 * for the person. DOM-free: the element renders this state, feeds it the person's input, and
 * lends it what needs the page (re-rendering, focus, events, the lazily loaded API code) through
 * {@link FlowHost}.
 */
import type { IdeaReceipt, IdeaSubmission } from '@razem/contract';
import type * as LaterModule from './api.js';
import type { IdeaDelivery, SendIdea } from './delivery.js';
import { DraftStore } from './draft.js';
import type { IdeaFailedDetail, IdeaQueuedDetail, IdeaSubmittedDetail } from './events.js';
import { sameIdea, toSubmission, type IdeaField, type IdeaFormValues, type SubmissionContext } from './fields.js';
import { FillTimer } from './fill-time.js';
import { IdeaFormState } from './form-state.js';
import { Outbox, OUTBOX_VERSION, retryDelay, type DeliveryOutcome, type OutboxEntry } from './outbox.js';
import type { SafeStore, StorageKind } from './storage.js';

/** The chunk loaded on first use: the contract check, delivery through the SDK, the status view. */
export type Later = typeof LaterModule;

/** Where the form keeps things, per form id and page. */
export type StorageKeys = (kind: StorageKind) => string;

/** A message above the form. */
export type Notice = 'draftRestored' | 'refused' | 'conflict' | 'expired';

/** Why the form was cleared (shown below the buttons, with "Przywróć"). */
export type Cleared = 'draftCleared' | 'clearedElsewhere';

/** The parts of a `storage` event the form reads. */
export interface StorageChange {
  key: string | null;
  oldValue: string | null;
  newValue: string | null;
}

const parse = (text: string | null): unknown => {
  try {
    return JSON.parse(text!);
  } catch {
    return undefined;
  }
};

/** What the flow needs from the element. */
export interface FlowHost {
  requestUpdate(): void;
  /** Moves focus to the first match of `selector` in the element once it has rendered. */
  focusLater(selector: string): void;
  emit<T>(type: string, detail: T): void;
  /** The chunk loaded on first use (rejects while it cannot be loaded, e.g. offline). */
  api(): Promise<Later>;
  /** Sends one attempt through the SDK. */
  send: SendIdea;
  /** The privacy notice version and language sent with the idea. */
  context(): SubmissionContext;
  /** A token from the page's `tokenProvider`, if it has one. */
  token(): Promise<string | undefined>;
  /** `navigator.onLine`: `false` means certainly offline. */
  online(): boolean;
  /** The `min-fill-time` of the element (read when the form starts or starts over). */
  minFillTime(): number;
}

/** State and behaviour of one idea form. */
export class IdeaFormFlow {
  /** The screen: the form, the queued idea, the tracking code, or the status check. */
  view: 'form' | 'queued' | 'success' | 'status' = 'form';
  readonly form = new IdeaFormState();
  notice?: Notice | undefined;
  /** The form was cleared; {@link undoClear} can bring back {@link clearedValues} until the next edit. */
  cleared?: Cleared | undefined;
  clearedValues?: IdeaFormValues | undefined;
  /** An attempt to send is under way (the button shows progress and ignores presses). */
  busy = false;
  /** How the last attempt left the idea waiting (the queued screen says what happens next). */
  waiting?: DeliveryOutcome | undefined;
  receipt?: IdeaReceipt | undefined;
  /** The success screen shows an idea sent from another tab. */
  sentElsewhere = false;
  /** The person typed while the idea was sending; what they typed waits in the form. */
  editedWhileSending = false;
  /** What bots typed into the hidden field. */
  honeypot = '';
  draft!: DraftStore;
  outbox!: Outbox;
  private timer!: FillTimer;
  private keys!: StorageKeys;
  private delivery?: IdeaDelivery;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /**
   * The values as they were sent, until a final answer (typing meanwhile replaces the object;
   * an idea queued and sent later still knows what was typed while it was first sending).
   */
  private sending?: IdeaFormValues | undefined;

  constructor(private readonly host: FlowHost) {}

  /** Opens the draft and outbox kept under `key` and puts a saved draft back into the form. */
  start(store: SafeStore, key: StorageKeys): void {
    this.keys = key;
    this.timer = new FillTimer(this.host.minFillTime());
    const draft = (this.draft = new DraftStore(store, key('draft')));
    this.outbox = new Outbox(store, key('outbox'), key('sent'));
    const restored = draft.restore();
    if (restored) {
      this.form.reset(restored);
      // A draft whose key was already sent (edited in another tab meanwhile) is not that idea.
      this.notice = this.outbox.sent(draft.key) ? 'conflict' : 'draftRestored';
    }
    // A draft typed on an earlier visit was not filled in the seconds since this page loaded.
    this.startTimer(draft.startedAt);
    this.expire();
  }

  /**
   * An idea that waited in the outbox too long is not sent on its own (its key may be gone from
   * the API, so a resend after a lost answer could store it twice): it goes back into the form
   * with a new key, and the person decides. `true` when there was one.
   */
  private expire(): boolean {
    const entry = this.outbox.takeExpired();
    if (!entry) return false;
    const { title, description, category, authorRole, name = '', email = '', municipality = '' } = entry.submission;
    this.draft.clear();
    this.form.reset({ title, description, category, authorRole, name, email, municipality });
    this.draft.save(this.form.values);
    this.view = 'form';
    this.notice = 'expired';
    return true;
  }

  private startTimer(at?: number): void {
    this.timer.start(at);
    this.draft.startedAt = this.timer.startedAt;
  }

  /** On page load: an idea waiting in the outbox is shown and sent. */
  resume(): void {
    if (!this.outbox.get()) return;
    void this.show({ kind: 'queued', offline: !this.host.online() });
    void this.flush();
  }

  /** Stops the retry timer (the element left the page). */
  stop(): void {
    clearTimeout(this.retryTimer);
  }

  /** The person changed `field` (the honeypot is kept apart and never saved). */
  input(field: IdeaField | 'honeypot', value: string | boolean): void {
    if (field === 'honeypot') {
      this.honeypot = value as string;
      return;
    }
    this.form.input(field, value as never);
    this.notice = this.cleared = undefined;
    this.draft.save(this.form.values);
  }

  /** Send pressed: check, write the idea to the outbox, then send it. */
  async submit(): Promise<void> {
    if (this.busy || !this.outbox) return;
    this.busy = true;
    this.notice = this.cleared = undefined;
    this.host.requestUpdate();
    try {
      // Offline before the check was loaded, the idea is queued unchecked: the API checks it.
      await this.host.api().catch(() => {});
      if (Object.keys(this.form.attempt()).length) return this.host.focusLater('.summary');
      // The time the person took; a too-fast submission then waits out the rest of the minimum.
      const fillTimeMs = this.timer.elapsed();
      await this.timer.wait();
      const submission = toSubmission(this.form.values, {
        ...this.host.context(),
        spam: { honeypot: this.honeypot, fillTimeMs },
      });
      this.draft.flush();
      // Written down before the SDK is even loaded: offline, the outbox keeps it.
      this.outbox.put({ v: OUTBOX_VERSION, key: this.draft.key, submission, queuedAt: Date.now(), attempts: 0 });
      this.sending = this.form.values;
      await this.deliver();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Sends what waits in the outbox (on load, `online`, the retry timer and "Try sending now"). */
  async flush(): Promise<void> {
    // While an attempt runs (Send, or another trigger), its own caller shows the outcome once.
    if (this.busy || !this.outbox?.get()) {
      // A page left open for days with an idea waiting.
      if (!this.busy && this.outbox && this.expire()) {
        this.stop();
        this.host.requestUpdate();
      }
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    try {
      await this.deliver();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** One attempt to deliver the outbox through the SDK, then the screen its outcome calls for. */
  private async deliver(): Promise<void> {
    const sent = this.outbox.get()?.submission;
    let outcome: DeliveryOutcome | undefined;
    try {
      const { IdeaDelivery } = await this.host.api();
      this.delivery ??= new IdeaDelivery({
        draft: this.draft,
        outbox: this.outbox,
        send: this.host.send,
        isOnline: this.host.online,
        token: this.host.token,
      });
      outcome = await this.delivery.flush();
    } catch {
      // The SDK itself could not be loaded (offline since the page loaded): the entry waits.
      outcome = { kind: 'queued', offline: !this.host.online() };
    }
    if (outcome) await this.show(outcome, sent);
  }

  /** Moves to the screen an outcome calls for and tells the page. */
  async show(outcome: DeliveryOutcome, sent?: IdeaSubmission): Promise<void> {
    const host = this.host;
    clearTimeout(this.retryTimer);
    this.waiting = this.notice = undefined;
    const was = this.view;
    const sending = this.sending;
    if (outcome.kind !== 'queued' && outcome.kind !== 'rate-limited') this.sending = undefined;
    this.view = 'form';
    switch (outcome.kind) {
      case 'sent': {
        const { receipt } = outcome;
        // Typed while "Wysyłanie…" showed: not part of the idea sent, and not to be thrown away.
        const typed = sending && this.form.values !== sending ? this.form.values : undefined;
        this.view = 'success';
        this.receipt = receipt;
        this.sentElsewhere = false;
        this.editedWhileSending = !!typed;
        this.form.reset(typed && { ...typed, privacyConsent: false });
        if (typed) this.draft.save(this.form.values);
        this.honeypot = '';
        this.timer = new FillTimer(host.minFillTime());
        if (receipt) host.emit<IdeaSubmittedDetail>('razem-idea-submitted', { trackingCode: receipt.trackingCode, receipt });
        else host.emit<IdeaFailedDetail>('razem-idea-failed', { code: 'contract_mismatch' });
        return host.focusLater('#success-title');
      }
      case 'invalid': {
        const issues = (await host.api().catch(() => undefined))?.serverIssues(outcome.fieldErrors, sent ?? {});
        this.form.setServerIssues(issues?.fields ?? {});
        if (issues && !issues.other.length && Object.keys(issues.fields).length) return host.focusLater('.summary');
        // No field the person can fix explains it (`privacyNoticeVersion`, `spam.token`, …).
        this.notice = 'refused';
        host.emit<IdeaFailedDetail>('razem-idea-failed', { code: 'validation_failed' });
        return host.focusLater('.notice');
      }
      case 'queued':
      case 'rate-limited': {
        this.view = 'queued';
        this.waiting = outcome;
        const delay = retryDelay(outcome, this.outbox.get()?.attempts ?? 1);
        if (delay !== undefined) this.retryTimer = setTimeout(() => void this.flush(), delay);
        const reason = outcome.kind === 'rate-limited' ? outcome.kind : outcome.offline ? 'offline' : 'unreachable';
        host.emit<IdeaQueuedDetail>('razem-idea-queued', { reason });
        return was === 'queued' ? host.requestUpdate() : host.focusLater('#queued-message');
      }
      default:
        this.notice = outcome.kind === 'conflict' ? 'conflict' : 'refused';
        host.emit<IdeaFailedDetail>('razem-idea-failed', { code: outcome.kind === 'refused' ? outcome.code : 'idempotency_conflict' });
        return host.focusLater('.notice');
    }
  }

  /** The tracking code of the idea this draft was already sent as, when this browser knows it. */
  get sentCode(): string | undefined {
    return this.outbox.sent(this.draft.key)?.receipt?.trackingCode;
  }

  /** "Send as a new idea" after a conflict: the person's version gets a key of its own. */
  sendAsNew(): Promise<void> {
    this.draft.rotateKey();
    return this.submit();
  }

  /**
   * Another tab or window of this browser changed this form's storage (a `storage` event). When
   * it sent the idea this form holds, show its tracking code rather than keep a sent draft alive
   * (or, if this tab changed the idea since, say that the changes were not sent); when it cleared
   * the draft, clear it here too.
   */
  otherTab(change: StorageChange): void {
    const { key } = change;
    const outbox = key === this.keys('outbox');
    if ((!outbox && key !== this.keys('draft')) || change.newValue !== null || this.view === 'success' || this.view === 'status') return;
    const old = parse(change.oldValue) as Partial<OutboxEntry> | undefined;
    if (old?.key !== this.draft.key) return;
    const sent = this.outbox.sent(old.key);
    if (outbox && sent) {
      if (sameIdea(old.submission ?? {}, toSubmission(this.form.values, this.host.context()))) {
        this.stop();
        this.form.reset();
        this.draft.clear();
        this.view = 'success';
        this.receipt = sent.receipt;
        this.sentElsewhere = true;
        this.editedWhileSending = false;
        this.host.focusLater('#success-title');
      } else {
        this.view = 'form';
        this.notice = 'conflict';
      }
    } else if (outbox) {
      // Refused or re-keyed over there, which says why; this tab has nothing waiting any more.
      this.view = 'form';
    } else if (!sent && this.view === 'form') {
      this.clear('clearedElsewhere');
    }
    this.host.requestUpdate();
  }

  /** "Clear form" (or another tab cleared the draft): the values and the stored draft go. */
  clear(why: Cleared = 'draftCleared'): void {
    this.clearedValues = this.form.values;
    this.form.reset();
    this.draft.clear();
    this.notice = undefined;
    this.cleared = why;
  }

  /** "Przywróć": puts back what was cleared, as a draft again. */
  undoClear(): void {
    const values = this.clearedValues!;
    this.form.reset(values);
    this.draft.save(values);
    this.cleared = undefined;
    this.host.focusLater('#title');
  }

  /** "Submit another idea" from the success screen. */
  another(): void {
    this.view = 'form';
    this.startTimer();
    this.host.focusLater('#title');
  }

  /** The values as the form shows them. */
  get values(): IdeaFormValues {
    return this.form.values;
  }
}
