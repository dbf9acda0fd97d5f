/**
 * The outbox: a submission is written down before anything is loaded or sent, and crossed out
 * only when the API gave a final answer. A closed laptop lid, a train tunnel or a 502 leaves it
 * in storage; it is sent again on `online`, on a timer, or on the next page load, always with the
 * same idempotency key and byte-for-byte the same body, so the API stores it once. Sending lives
 * in `delivery.ts`, loaded with the SDK.
 */
import type { FieldError, IdeaReceipt, IdeaSubmission } from '@razem/contract';
import type { SafeStore } from './storage.js';

/** Format version of stored outbox entries. */
export const OUTBOX_VERSION = 1;

/**
 * How long an idea waits in the outbox before it is no longer sent on its own (ms, 7 days, as
 * long as drafts live). The API keeps an idea's idempotency key longer (8 days), so every
 * automatic retry within this time is recognised as the same idea; after it, a lost answer
 * could turn a resend into a second idea, so the person decides instead.
 */
export const OUTBOX_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

/** A submission waiting for the API's final answer. */
export interface OutboxEntry {
  v: typeof OUTBOX_VERSION;
  /** `Idempotency-Key` of every attempt. */
  key: string;
  /** The body, frozen when the person pressed Send. */
  submission: IdeaSubmission;
  /** When it was queued (ms since the epoch). */
  queuedAt: number;
  /** Attempts started so far (each may include the SDK's own retries). */
  attempts: number;
}

/**
 * Which idempotency key was sent last, with its receipt (no personal data). Other tabs of this
 * browser holding the same draft read it to show the tracking code instead of sending it again.
 */
export interface SentRecord {
  key: string;
  /** Missing when the API's answer could not be read. */
  receipt?: IdeaReceipt | undefined;
}

/** Reads and writes one form's outbox entry, and the record of what it sent last. */
export class Outbox {
  constructor(
    private readonly store: SafeStore,
    private readonly storageKey: string,
    private readonly sentKey: string,
  ) {}

  /** Notes that the idea with `key` is stored by the API (before its entry is crossed out). */
  markSent(key: string, receipt?: IdeaReceipt): void {
    this.store.write(this.sentKey, { key, receipt } satisfies SentRecord);
  }

  /** What is known about `key` having been sent from this browser, if it was. */
  sent(key: string): SentRecord | undefined {
    const record = this.store.read(this.sentKey) as SentRecord | undefined;
    return record?.key === key ? record : undefined;
  }

  private read(): OutboxEntry | undefined {
    const entry = this.store.read(this.storageKey) as OutboxEntry | undefined;
    return entry?.v === OUTBOX_VERSION && typeof entry.key === 'string' && entry.submission ? entry : undefined;
  }

  /** The submission waiting to be sent, if any (another format version, or an expired one, is not). */
  get(): OutboxEntry | undefined {
    const entry = this.read();
    return entry && Date.now() - entry.queuedAt <= OUTBOX_MAX_AGE ? entry : undefined;
  }

  /** An entry that waited longer than {@link OUTBOX_MAX_AGE}, crossed out and handed back. */
  takeExpired(): OutboxEntry | undefined {
    const entry = this.read();
    if (!entry || this.get()) return undefined;
    this.remove();
    return entry;
  }

  /** Stores `entry`, replacing any previous one. */
  put(entry: OutboxEntry): void {
    this.store.write(this.storageKey, entry);
  }

  /** Crosses the entry out. */
  remove(): void {
    this.store.remove(this.storageKey);
  }
}

/** How one attempt to deliver the outbox ended. */
export type DeliveryOutcome =
  /**
   * Stored (or replayed by the API): the receipt holds the tracking code. Without a receipt the
   * API answered success in a body the SDK could not read (`contract_mismatch`).
   */
  | { kind: 'sent'; receipt?: IdeaReceipt | undefined }
  /** `422`: the API refused fields; the form shows them. The entry is dropped. */
  | { kind: 'invalid'; fieldErrors: FieldError[] }
  /** No final answer (offline, network, timeout, 5xx): the entry waits in the outbox. */
  | { kind: 'queued'; offline: boolean }
  /** `429` after the SDK's retries: the entry waits `retryAfter` seconds (when the API said). */
  | { kind: 'rate-limited'; retryAfter: number | undefined }
  /** Another final refusal (`403 origin_not_allowed`, `spam_rejected`, …): dropped, draft kept. */
  | { kind: 'refused'; code: string }
  /**
   * `409 idempotency_conflict`: the draft's key was already used for another version of it
   * (sent from another tab). Dropped; the draft keeps its key until the person chooses to send
   * their version as a new idea.
   */
  | { kind: 'conflict' };

/**
 * When to try the outbox again on its own, in ms; `undefined` when only an event should trigger
 * it (`online` while offline; nothing after a final answer). Backs off from 15 s to 5 minutes.
 */
export function retryDelay(outcome: DeliveryOutcome, attempts: number): number | undefined {
  if (outcome.kind === 'rate-limited') return Math.max(1, outcome.retryAfter ?? 60) * 1000;
  if (outcome.kind === 'queued' && !outcome.offline) {
    return Math.min(300_000, 15_000 * 2 ** Math.max(0, attempts - 1));
  }
  return undefined;
}
