/**
 * The proof-of-consent outbox: records wait in localStorage (or, when storage is blocked, in
 * memory for this page) until the API confirms them. Each keeps one idempotency key for all its
 * attempts, so a retry after a lost response, or two tabs flushing at once, stores it once.
 */
import type { ConsentRecordInput } from './types.js';

/** Storage may throw (blocked, full, sandboxed); the outbox then lives in memory. */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** One record waiting to be sent. */
export interface QueuedRecord {
  /** Idempotency key of every attempt to send this record. */
  key: string;
  /** The record, as the API expects it. */
  input: ConsentRecordInput;
}

/** What sending one record came to: stored (or refused for good, so dropped) or to try later. */
export type SendOutcome = 'done' | 'retry';

/** Sends one record. */
export type Sender = (item: QueuedRecord) => Promise<SendOutcome>;

/** Oldest records are dropped beyond this, so a site that is never reachable cannot fill storage. */
const LIMIT = 50;

const memory = new Map<string, QueuedRecord[]>();

/** The queued records under `name`; a corrupt entry reads as empty. */
export function readQueue(name: string): QueuedRecord[] {
  const raw = attempt(() => localStorage.getItem(name));
  if (raw == null) return memory.get(name) ?? [];
  const parsed = attempt(() => JSON.parse(raw) as unknown);
  return Array.isArray(parsed) ? (parsed as QueuedRecord[]).filter((r) => r && typeof r.key === 'string' && r.input) : [];
}

function writeQueue(name: string, items: QueuedRecord[]): void {
  memory.set(name, items);
  attempt(() => (items.length ? localStorage.setItem(name, JSON.stringify(items)) : localStorage.removeItem(name)));
}

/** Adds a record to the end of the queue. */
export function enqueue(name: string, item: QueuedRecord): void {
  writeQueue(name, [...readQueue(name), item].slice(-LIMIT));
}

const flushing = new Map<string, Promise<void>>();

/**
 * Sends queued records oldest first until one must wait; concurrent calls with the same `runKey`
 * (default: the queue) share one run. Records are removed by key, so another tab's additions in
 * the meantime survive.
 */
export function flushQueue(name: string, send: Sender, runKey = name): Promise<void> {
  let run = flushing.get(runKey);
  if (!run) {
    run = (async () => {
      const sent = new Set<string>();
      try {
        for (const item of readQueue(name)) {
          if ((await send(item)) === 'retry') break;
          sent.add(item.key);
          writeQueue(name, readQueue(name).filter((r) => !sent.has(r.key)));
        }
      } finally {
        flushing.delete(runKey);
      }
    })();
    flushing.set(runKey, run);
  }
  return run;
}
