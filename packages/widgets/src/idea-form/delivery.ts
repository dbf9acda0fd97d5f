/**
 * Delivering the outbox through the SDK, loaded with it: one attempt at a time, each final answer
 * crossing the entry out and ending (or re-keying) the draft.
 */
import type { FieldError, IdeaReceipt, IdeaSubmission } from '@razem/contract';
import type { DraftStore } from './draft.js';
import { OUTBOX_VERSION, type DeliveryOutcome, type Outbox, type OutboxEntry } from './outbox.js';

interface ErrorLike {
  code?: unknown;
  status?: unknown;
  retryAfter?: unknown;
  fieldErrors?: unknown;
}

/**
 * Sorts an error thrown by the SDK into an outcome. Reads the SDK's stable `code` and `status`
 * rather than importing its classes, so this module (and the element) stay free of the SDK, which
 * is loaded only when sending. Anything unrecognised counts as "no final answer": an unknown
 * failure (even the SDK chunk failing to load offline) must never lose the idea.
 */
export function classifyError(error: unknown, online: boolean): DeliveryOutcome {
  const e: ErrorLike = typeof error === 'object' && error !== null ? error : {};
  const code = typeof e.code === 'string' ? e.code : '';
  const status = typeof e.status === 'number' ? e.status : 0;
  if (code === 'validation_failed') {
    return { kind: 'invalid', fieldErrors: Array.isArray(e.fieldErrors) ? (e.fieldErrors as FieldError[]) : [] };
  }
  // A 429 may hide an earlier attempt of the same call that the API did store: keep the key.
  if (status === 429 || code === 'rate_limited') {
    return { kind: 'rate-limited', retryAfter: typeof e.retryAfter === 'number' ? e.retryAfter : undefined };
  }
  if (code === 'idempotency_conflict') return { kind: 'conflict' };
  // The API answered 2xx (only successes are read against the contract) in a body the SDK could
  // not read: the idea is stored, so the draft ends like any sent one, without a tracking code.
  // Kept as "refused", the person was told to try again and an edited retry made a second idea.
  if (code === 'contract_mismatch') return { kind: 'sent' };
  const final4xx = status >= 400 && status < 500 && status !== 408 && code !== 'idempotency_in_progress';
  if (final4xx || code === 'invalid_config') return { kind: 'refused', code };
  return { kind: 'queued', offline: !online };
}

/** `ideas.submit` of the SDK, or anything shaped like it. */
export type SendIdea = (
  submission: IdeaSubmission,
  options: { idempotencyKey: string; signal?: AbortSignal | undefined },
) => Promise<IdeaReceipt>;

/** What {@link IdeaDelivery} works with. */
export interface DeliveryOptions {
  outbox: Outbox;
  draft: DraftStore;
  /** Sends one attempt (the SDK's own retries included). */
  send: SendIdea;
  /** `navigator.onLine`; `false` means certainly offline, so no attempt is made. */
  isOnline?: () => boolean;
  /** A fresh anti-spam token for one attempt (Turnstile-style tokens are single-use). */
  token?: () => Promise<string | undefined>;
}

/** Queues submissions in the outbox and delivers them, one attempt at a time. */
export class IdeaDelivery {
  private running: Promise<DeliveryOutcome> | undefined;

  constructor(private readonly options: DeliveryOptions) {}

  private online(): boolean {
    return this.options.isOnline?.() ?? true;
  }

  /** The submission waiting in the outbox, if any. */
  get pending(): OutboxEntry | undefined {
    return this.options.outbox.get();
  }

  /** Whether an attempt is under way. */
  get sending(): boolean {
    return !!this.running;
  }

  /**
   * Writes `submission` to the outbox under the draft's key, then sends it. While an attempt is
   * running, returns that attempt instead (a double click sends once).
   */
  submit(submission: IdeaSubmission, signal?: AbortSignal): Promise<DeliveryOutcome> {
    if (this.running) return this.running;
    const { outbox, draft } = this.options;
    outbox.put({ v: OUTBOX_VERSION, key: draft.key, submission, queuedAt: Date.now(), attempts: 0 });
    return this.flush(signal) as Promise<DeliveryOutcome>;
  }

  /**
   * Sends what the outbox holds (on load, on `online`, on a timer, on "Send now"). `undefined`
   * when the outbox is empty.
   */
  flush(signal?: AbortSignal): Promise<DeliveryOutcome> | undefined {
    if (this.running) return this.running;
    const entry = this.pending;
    if (!entry) return undefined;
    if (!this.online()) return Promise.resolve({ kind: 'queued', offline: true });
    const attempt = this.attempt(entry, signal);
    this.running = attempt;
    void attempt.finally(() => {
      if (this.running === attempt) this.running = undefined;
    });
    return attempt;
  }

  private async attempt(entry: OutboxEntry, signal: AbortSignal | undefined): Promise<DeliveryOutcome> {
    const { outbox, send, token } = this.options;
    outbox.put({ ...entry, attempts: (entry.attempts || 0) + 1 });
    let outcome: DeliveryOutcome;
    try {
      // Asked for now, never stored: a token frozen into the outbox would be spent by the first
      // attempt and refused on the next. The API keeps spam signals out of "the same request".
      const fresh = token && (await token());
      const submission = fresh ? { ...entry.submission, spam: { ...entry.submission.spam, token: fresh } } : entry.submission;
      const receipt = await send(submission, { idempotencyKey: entry.key, signal });
      outcome = { kind: 'sent', receipt };
    } catch (error) {
      outcome = classifyError(error, this.online());
    }
    this.settle(outcome, entry.key);
    return outcome;
  }

  /** Crosses the entry out after a final answer and ends or re-keys the draft. */
  private settle(outcome: DeliveryOutcome, key: string): void {
    const { outbox, draft } = this.options;
    switch (outcome.kind) {
      case 'sent':
        // Noted before the entry goes: another tab seeing it go then finds the receipt.
        outbox.markSent(key, outcome.receipt);
        outbox.remove();
        draft.clear();
        break;
      case 'invalid':
        outbox.remove();
        draft.rotateKey();
        break;
      case 'conflict':
      case 'refused':
        outbox.remove();
        break;
      default:
      // queued, rate-limited: the entry waits for the next attempt
    }
  }
}
