/**
 * Concurrent idea submissions through the SDK behind the fault proxy, and the checks that nothing
 * was lost or stored twice: every acknowledged submission is one row with the tracking code its
 * receipt named, no idempotency key (one per submission) is ever stored twice.
 */
import { createRazemClient, type RazemHttpOptions } from '@razem/sdk';
import type { IdeaReceipt, IdeaSubmission } from '@razem/contract';
import type { Fault, FaultProxy } from '../../../packages/sdk/test/support/fault-proxy.js';

/** One submission and how it ended. */
export interface Outcome {
  index: number;
  /** Unique per submission: the stored row is found by it. */
  title: string;
  idempotencyKey: string;
  body: IdeaSubmission;
  receipt?: IdeaReceipt;
  error?: unknown;
  /** `performance.now()` when the call settled. */
  settledAt: number;
}

/** A deterministic pseudo-random source (mulberry32), so a run's fault plan replays from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Queues one-shot rules for `POST /v1/ideas`: `faults` faults spread at random among passes over
 * the first `slots` requests. A bounded number of faults (rather than a rate) means every call
 * gets through within its retries unless the API itself is down.
 */
export function planFaults(proxy: FaultProxy, { slots, faults, seed, timeoutMs }: { slots: number; faults: number; seed: number; timeoutMs: number }): void {
  const next = random(seed);
  const kinds: Fault[] = [
    { kind: 'drop-before' },
    { kind: 'drop-after' },
    { kind: 'truncate' },
    // Longer than the SDK's per-attempt timeout, and still delivered: the API stores what the
    // client gave up on, then sees the retry.
    { kind: 'delay', ms: timeoutMs + 400, evenIfAbandoned: true },
    { kind: 'status', status: 503, retryAfter: 0 },
    { kind: 'status', status: 502 },
  ];
  const plan: Fault[] = Array.from({ length: slots }, (_, i) => (i < faults ? kinds[Math.floor(next() * kinds.length)]! : { kind: 'pass' }));
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [plan[i], plan[j]] = [plan[j]!, plan[i]!];
  }
  for (const fault of plan) proxy.next(fault, { method: 'POST', path: '/v1/ideas' });
}

/** An idea whose title identifies it within the run. */
export function ideaFor(run: string, index: number): IdeaSubmission {
  return {
    title: `Odporność ${run} #${index}`,
    description: `Zgłoszenie numer ${index} wysłane przez test odporności przy zrywanych połączeniach.`,
    category: 'infrastructure',
    authorRole: 'resident',
    municipality: 'Kleszczów',
    privacyNoticeVersion: '2025-01',
    privacyConsent: true,
    spam: { honeypot: '', fillTimeMs: 42_000 },
  };
}

/** Options of {@link submitAll}. */
export interface LoadOptions {
  baseUrl: string;
  publishableKey: string;
  run: string;
  count: number;
  /** SDK options: timeouts and retries. */
  client: Partial<RazemHttpOptions>;
  /** Give each submission its own client address (`X-Forwarded-For`), as visitors behind a proxy have. */
  visitors?: boolean;
  /** Calls in flight at once (default: all of them). */
  concurrency?: number;
  /** Called after each settled call (a test can kill the API when enough are acknowledged). */
  onSettled?: (outcome: Outcome, settled: Outcome[]) => void;
}

/** Fires `count` submissions, `concurrency` at a time; resolves when every call has settled. */
export async function submitAll(options: LoadOptions): Promise<Outcome[]> {
  const settled: Outcome[] = [];
  const submit = async (index: number): Promise<Outcome> => {
    const body = ideaFor(options.run, index);
    const visitor = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
    const razem = createRazemClient({
      baseUrl: options.baseUrl,
      publishableKey: options.publishableKey,
      ...options.client,
      ...(options.visitors
        ? {
            fetch: (input: RequestInfo | URL, init?: RequestInit) => {
              const request = new Request(input, init);
              request.headers.set('x-forwarded-for', visitor);
              return fetch(request);
            },
          }
        : {}),
    });
    const idempotencyKey = `resilience-${options.run}-${index}`;
    const outcome: Outcome = { index, title: body.title, idempotencyKey, body, settledAt: 0 };
    try {
      outcome.receipt = await razem.ideas.submit(body, { idempotencyKey });
    } catch (error) {
      outcome.error = error;
    }
    outcome.settledAt = performance.now();
    settled.push(outcome);
    options.onSettled?.(outcome, settled);
    return outcome;
  };
  const outcomes: Outcome[] = [];
  let next = 0;
  // Each lane takes the next submission as soon as its previous one settles.
  const lane = async () => {
    while (next < options.count) {
      const index = next++;
      outcomes[index] = await submit(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.count, options.concurrency ?? options.count) }, lane));
  return outcomes;
}

/** Rows stored for the run, by title. */
export interface StoredRow {
  title: string;
  tracking_code: string;
  [column: string]: unknown;
}

/** What the database holds against what the clients were told. */
export interface Reconciliation {
  acknowledged: number;
  stored: number;
  /** Titles stored more than once (must be empty). */
  duplicates: string[];
  /** Acknowledged submissions without a row, or whose row has another tracking code (must be empty). */
  lost: string[];
  /** Stored although the client never got a receipt (allowed: the answer was lost). */
  storedUnacknowledged: number;
}

/** Compares outcomes with the stored rows. */
export function reconcile(outcomes: readonly Outcome[], rows: readonly StoredRow[]): Reconciliation {
  const byTitle = new Map<string, StoredRow[]>();
  for (const row of rows) byTitle.set(row.title, [...(byTitle.get(row.title) ?? []), row]);
  const duplicates = [...byTitle].filter(([, list]) => list.length > 1).map(([title]) => title);
  const acknowledged = outcomes.filter((o) => o.receipt);
  const lost = acknowledged
    .filter((o) => {
      const list = byTitle.get(o.title) ?? [];
      return list.length !== 1 || list[0]!.tracking_code !== o.receipt!.trackingCode;
    })
    .map((o) => `${o.title} (${o.receipt!.trackingCode})`);
  return {
    acknowledged: acknowledged.length,
    stored: rows.length,
    duplicates,
    lost,
    storedUnacknowledged: outcomes.filter((o) => !o.receipt && byTitle.has(o.title)).length,
  };
}

/** Faults the proxy actually applied, by kind. */
export function faultsApplied(proxy: FaultProxy): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of proxy.requests) if (request.fault !== 'pass') counts[request.fault] = (counts[request.fault] ?? 0) + 1;
  return counts;
}
