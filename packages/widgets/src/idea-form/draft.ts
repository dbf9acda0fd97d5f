/**
 * The locally saved draft of an idea and its idempotency key.
 *
 * One key per draft: every attempt to send this draft (automatic retries, the outbox after a
 * reload, the Send button pressed twice) carries the same `Idempotency-Key`, so the API stores the
 * idea once however often it arrives. The key is kept with the draft across reloads and replaced
 * only when the draft ends: sent, cleared, or refused as invalid (a corrected idea is a new
 * request; reusing the key for a different body would be an `idempotency_conflict`).
 *
 * The consent box is never saved: consent is given again, deliberately, after a reload, so a
 * restored form can never arrive pre-ticked.
 */
import { IDEA_FIELDS, type IdeaFormValues, type IdeaTextField } from './fields.js';
import type { SafeStore } from './storage.js';

/** Format version of stored drafts; a draft of another version is dropped, never misread. */
export const DRAFT_VERSION = 1;

/** What is stored under the draft's key. */
export interface StoredDraft {
  v: typeof DRAFT_VERSION;
  /** Text fields as typed; fields left empty are omitted. */
  values: Partial<Record<IdeaTextField, string>>;
  /** Idempotency key of this draft. */
  key: string;
  /** When the draft was last saved (ms since the epoch). */
  savedAt: number;
  /**
   * When the person started it (ms since the epoch): the fill time of a draft restored on a later
   * visit counts from here, not from that page load. Missing in older drafts (then `savedAt`).
   */
  startedAt?: number;
}

/** Options of {@link DraftStore}. */
export interface DraftOptions {
  /** Quiet time after the last keystroke before saving (ms, default 400). */
  delay?: number;
  /**
   * Drafts older than this are dropped on restore (ms, default 7 days): the draft holds a name
   * and e-mail, which should not wait for the next person at a shared computer forever.
   */
  maxAge?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Key generator, for tests. */
  newKey?: () => string;
}

/** A random idempotency key; `randomUUID` is missing on plain-http pages, `getRandomValues` is not. */
export function newIdempotencyKey(): string {
  return (
    crypto.randomUUID?.() ??
    Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
  );
}

const TEXT_FIELDS = IDEA_FIELDS.filter((field): field is IdeaTextField => field !== 'privacyConsent');
/** Generous bound on restored text: the contract's longest field is 5000 characters. */
const MAX_RESTORED_LENGTH = 20_000;

/** Reads a stored draft defensively: another version, a truncated write or a hand edit is ignored. */
function parseDraft(data: unknown): StoredDraft | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const draft = data as Partial<StoredDraft>;
  if (draft.v !== DRAFT_VERSION || typeof draft.key !== 'string' || draft.key.length < 8) return undefined;
  if (typeof draft.values !== 'object' || draft.values === null || typeof draft.savedAt !== 'number') return undefined;
  const values: StoredDraft['values'] = {};
  for (const field of TEXT_FIELDS) {
    const value = (draft.values as Record<string, unknown>)[field];
    if (typeof value === 'string' && value) values[field] = value.slice(0, MAX_RESTORED_LENGTH);
  }
  const startedAt = typeof draft.startedAt === 'number' ? draft.startedAt : draft.savedAt;
  return { v: DRAFT_VERSION, values, key: draft.key, savedAt: draft.savedAt, startedAt };
}

/** Saves, restores and clears one form's draft; owns the draft's idempotency key. */
export class DraftStore {
  /** When the person started this draft (set by the form; restored with the draft, saved with it). */
  startedAt: number | undefined;
  private currentKey: string | undefined;
  private pending: IdeaFormValues | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delay: number;
  private readonly maxAge: number;
  private readonly now: () => number;
  private readonly makeKey: () => string;

  constructor(
    private readonly store: SafeStore,
    private readonly storageKey: string,
    options: DraftOptions = {},
  ) {
    this.delay = options.delay ?? 400;
    this.maxAge = options.maxAge ?? 7 * 24 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
    this.makeKey = options.newKey ?? newIdempotencyKey;
  }

  /**
   * The draft saved earlier on this page, if any and not expired; adopts its idempotency key.
   * Returns the values to put back into the form (the consent box stays unticked).
   */
  restore(): Partial<IdeaFormValues> | undefined {
    const draft = parseDraft(this.store.read(this.storageKey));
    if (!draft) return undefined;
    if (this.now() - draft.savedAt > this.maxAge) {
      this.store.remove(this.storageKey);
      return undefined;
    }
    this.currentKey = draft.key;
    this.startedAt = draft.startedAt;
    return Object.keys(draft.values).length ? draft.values : undefined;
  }

  /** Idempotency key of the current draft, created on first use and kept until the draft ends. */
  get key(): string {
    // Stored with the draft's next save; a queued submission keeps its own copy in the outbox.
    this.currentKey ??= this.makeKey();
    return this.currentKey;
  }

  /** Saves `values` once typing pauses for the debounce delay. */
  save(values: IdeaFormValues): void {
    this.pending = values;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Writes a pending save now (on `pagehide`, before sending). `false` if only memory holds it. */
  flush(): boolean {
    clearTimeout(this.timer);
    this.timer = undefined;
    const values = this.pending;
    this.pending = undefined;
    if (!values) return true;
    const stored: StoredDraft['values'] = {};
    for (const field of TEXT_FIELDS) if (values[field]) stored[field] = values[field];
    if (Object.keys(stored).length === 0) {
      // Nothing typed (or everything deleted): no draft worth keeping.
      this.store.remove(this.storageKey);
      return true;
    }
    const savedAt = this.now();
    const draft: StoredDraft = { v: DRAFT_VERSION, values: stored, key: this.key, savedAt, startedAt: this.startedAt ?? savedAt };
    return this.store.write(this.storageKey, draft);
  }

  /** Ends the draft (after success, or the person's "clear"): removes it and starts a new key. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    this.currentKey = undefined;
    this.store.remove(this.storageKey);
  }

  /**
   * Gives the draft a new idempotency key and keeps its text: the API refused the last body as
   * invalid, so the corrected one is a new request.
   */
  rotateKey(): void {
    this.currentKey = this.makeKey();
    const draft = parseDraft(this.store.read(this.storageKey));
    if (draft) this.store.write(this.storageKey, { ...draft, key: this.currentKey });
  }
}
