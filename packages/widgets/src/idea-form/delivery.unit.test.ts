import type { IdeaReceipt, IdeaSubmission, Problem } from '@razem/contract';
import {
  RazemApiError,
  RazemAuthError,
  RazemContractError,
  RazemNetworkError,
  RazemRateLimitError,
  RazemTimeoutError,
} from '@razem/sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from './draft.js';
import { toSubmission } from './fields.js';
import { MemoryStorage, sampleIdea } from './fixtures.js';
import { classifyError, IdeaDelivery, type SendIdea } from './delivery.js';
import { Outbox, OUTBOX_MAX_AGE, retryDelay } from './outbox.js';
import { safeStore, storageKey } from './storage.js';

const request = 'POST v1/ideas';
const problem = (status: number, code: string, extra: Partial<Problem> = {}): Problem => ({
  type: `/problems/${code}`,
  title: code,
  status,
  code,
  ...extra,
});
const apiError = (status: number, code: string, extra: Partial<Problem> = {}) =>
  new RazemApiError({ status, problem: problem(status, code, extra), request });

describe('classifyError', () => {
  it('keeps the idea for later when no final answer arrived', () => {
    expect(classifyError(new RazemNetworkError(request, new TypeError('Failed to fetch')), false)).toEqual({
      kind: 'queued',
      offline: true,
    });
    expect(classifyError(new RazemTimeoutError(request), true)).toEqual({ kind: 'queued', offline: false });
    expect(classifyError(apiError(503, 'service_unavailable'), true)).toEqual({ kind: 'queued', offline: false });
    expect(classifyError(apiError(502, 'http_502'), true).kind).toBe('queued');
    expect(classifyError(apiError(409, 'idempotency_in_progress'), true).kind).toBe('queued');
    // e.g. the SDK chunk failing to load while offline
    expect(classifyError(new TypeError('Failed to fetch dynamically imported module'), true).kind).toBe('queued');
  });

  it('hands field errors of a 422 to the form', () => {
    const errors = [{ path: 'title', message: 'Too small', code: 'too_small' }];
    expect(classifyError(apiError(422, 'validation_failed', { errors }), true)).toEqual({
      kind: 'invalid',
      fieldErrors: errors,
    });
  });

  it('waits as long as a 429 asks', () => {
    const error = new RazemRateLimitError({ status: 429, problem: problem(429, 'rate_limited'), request, retryAfter: 120 });
    expect(classifyError(error, true)).toEqual({ kind: 'rate-limited', retryAfter: 120 });
  });

  it('gives up on final refusals; an answer it could not read was a success, without a code', () => {
    const forbidden = new RazemAuthError({ status: 403, problem: problem(403, 'origin_not_allowed'), request });
    expect(classifyError(forbidden, true)).toEqual({ kind: 'refused', code: 'origin_not_allowed' });
    expect(classifyError(apiError(400, 'spam_rejected'), true)).toEqual({ kind: 'refused', code: 'spam_rejected' });
    const mismatch = new RazemContractError(request, { path: 'trackingCode', expected: 'string', received: '1', issues: [] });
    expect(classifyError(mismatch, true)).toEqual({ kind: 'sent' });
    expect(classifyError(apiError(409, 'idempotency_conflict'), true)).toEqual({ kind: 'conflict' });
  });
});

describe('retryDelay', () => {
  it('backs off while the API is unreachable, waits for `online` while offline', () => {
    const unreachable = { kind: 'queued', offline: false } as const;
    expect([1, 2, 3, 10].map((attempts) => retryDelay(unreachable, attempts))).toEqual([15_000, 30_000, 60_000, 300_000]);
    expect(retryDelay({ kind: 'queued', offline: true }, 1)).toBeUndefined();
    expect(retryDelay({ kind: 'rate-limited', retryAfter: 90 }, 1)).toBe(90_000);
    expect(retryDelay({ kind: 'rate-limited', retryAfter: undefined }, 1)).toBe(60_000);
    expect(retryDelay({ kind: 'refused', code: 'forbidden' }, 1)).toBeUndefined();
  });
});

describe('IdeaDelivery', () => {
  const submission = toSubmission(sampleIdea, { privacyNoticeVersion: '2025-01', locale: 'pl' });
  const receipt: IdeaReceipt = { trackingCode: 'RZM-7K3Q-9XTB', status: 'received', receivedAt: '2025-11-23T10:00:00Z' };

  let storage: MemoryStorage;
  let online: boolean;
  let calls: { submission: IdeaSubmission; key: string }[];
  let answers: (() => Promise<IdeaReceipt>)[];

  const send: SendIdea = (body, { idempotencyKey }) => {
    calls.push({ submission: structuredClone(body), key: idempotencyKey });
    const next = answers.shift();
    return next ? next() : Promise.resolve(receipt);
  };

  /** The pieces as one page load creates them (storage survives "reloads"). */
  function page() {
    const store = safeStore(() => storage);
    const draft = new DraftStore(store, storageKey('f', '/', 'draft'));
    draft.restore();
    const outbox = new Outbox(store, storageKey('f', '/', 'outbox'), storageKey('f', '/', 'sent'));
    return { draft, outbox, delivery: new IdeaDelivery({ outbox, draft, send, isOnline: () => online }) };
  }

  beforeEach(() => {
    storage = new MemoryStorage();
    online = true;
    calls = [];
    answers = [];
  });

  it('sends with the draft key, then ends the draft', async () => {
    const { draft, delivery } = page();
    draft.save({ ...sampleIdea });
    draft.flush();
    const key = draft.key;
    expect(await delivery.submit(submission)).toEqual({ kind: 'sent', receipt });
    expect(calls).toEqual([{ submission, key }]);
    expect(delivery.pending).toBeUndefined();
    expect(page().draft.restore()).toBeUndefined();
    expect(draft.key).not.toBe(key);
    // Other tabs holding the same draft find its receipt.
    expect(page().outbox.sent(key)).toEqual({ key, receipt });
    expect(page().outbox.sent(draft.key)).toBeUndefined();
  });

  it('keeps the idea through failures and reloads, resending the same body with the same key', async () => {
    const first = page();
    const key = first.draft.key;
    answers.push(() => Promise.reject(new RazemNetworkError(request, new TypeError('Failed to fetch'))));
    expect(await first.delivery.submit(submission)).toEqual({ kind: 'queued', offline: false });
    expect(first.delivery.pending).toMatchObject({ key, submission, attempts: 1 });

    answers.push(() => Promise.reject(apiError(502, 'http_502')));
    expect((await first.delivery.flush())?.kind).toBe('queued');

    const reloaded = page();
    expect(await reloaded.delivery.flush()).toEqual({ kind: 'sent', receipt });
    expect(calls.map((call) => call.key)).toEqual([key, key, key]);
    expect(calls.every((call) => JSON.stringify(call.submission) === JSON.stringify(submission))).toBe(true);
    expect(reloaded.delivery.pending).toBeUndefined();
  });

  it('asks for a fresh token for every attempt, and never stores one', async () => {
    let tokens = 0;
    const store = safeStore(() => storage);
    const draft = new DraftStore(store, storageKey('f', '/', 'draft'));
    const outbox = new Outbox(store, storageKey('f', '/', 'outbox'), storageKey('f', '/', 'sent'));
    const delivery = new IdeaDelivery({ outbox, draft, send, token: async () => `token-${++tokens}` });
    answers.push(() => Promise.reject(new RazemNetworkError(request, new TypeError('Failed to fetch'))));
    expect((await delivery.submit(submission)).kind).toBe('queued');
    expect(storage.data.get(storageKey('f', '/', 'outbox'))).not.toContain('token-');
    expect((await delivery.flush())?.kind).toBe('sent');
    expect(calls.map((call) => call.submission.spam?.token)).toEqual(['token-1', 'token-2']);
    expect(new Set(calls.map((call) => call.key)).size).toBe(1);
  });

  it('does not try while offline, and sends once online', async () => {
    const { delivery } = page();
    online = false;
    expect(await delivery.submit(submission)).toEqual({ kind: 'queued', offline: true });
    expect(calls).toHaveLength(0);
    online = true;
    expect((await delivery.flush())?.kind).toBe('sent');
    expect(calls).toHaveLength(1);
  });

  it('sends once when Send is pressed twice', async () => {
    const { delivery } = page();
    let release!: (value: IdeaReceipt) => void;
    answers.push(() => new Promise((resolve) => (release = resolve)));
    const a = delivery.submit(submission);
    const b = delivery.submit(submission);
    expect(delivery.flush()).toBe(a);
    expect(delivery.sending).toBe(true);
    release(receipt);
    expect(await a).toEqual(await b);
    expect(calls).toHaveLength(1);
    expect(delivery.sending).toBe(false);
  });

  it('drops a refused body and re-keys the draft, keeping its text', async () => {
    const { draft, delivery } = page();
    draft.save({ ...sampleIdea });
    draft.flush();
    const key = draft.key;
    const errors = [{ path: 'title', message: 'Too small', code: 'too_small' }];
    answers.push(() => Promise.reject(apiError(422, 'validation_failed', { errors })));
    expect(await delivery.submit(submission)).toEqual({ kind: 'invalid', fieldErrors: errors });
    expect(delivery.pending).toBeUndefined();
    expect(draft.key).not.toBe(key);
    const reloaded = page();
    expect(reloaded.draft.restore()).toMatchObject({ title: sampleIdea.title });
    expect(reloaded.draft.key).toBe(draft.key);
  });

  it('keeps the draft and its key after a conflict: a new key only when the person asks for one', async () => {
    const { draft, delivery } = page();
    draft.save({ ...sampleIdea });
    draft.flush();
    const key = draft.key;
    answers.push(() => Promise.reject(apiError(409, 'idempotency_conflict')));
    expect(await delivery.submit(submission)).toEqual({ kind: 'conflict' });
    expect(delivery.pending).toBeUndefined();
    expect(draft.key).toBe(key);
    expect(page().draft.restore()).toMatchObject({ title: sampleIdea.title });
  });

  it('keeps a rate-limited idea for later, and drops a forbidden one without losing the draft', async () => {
    const { draft, delivery } = page();
    draft.save({ ...sampleIdea });
    draft.flush();
    const key = draft.key;
    answers.push(() =>
      Promise.reject(new RazemRateLimitError({ status: 429, problem: problem(429, 'rate_limited'), request, retryAfter: 30 })),
    );
    expect(await delivery.submit(submission)).toEqual({ kind: 'rate-limited', retryAfter: 30 });
    expect(delivery.pending?.key).toBe(key);

    answers.push(() => Promise.reject(new RazemAuthError({ status: 403, problem: problem(403, 'forbidden'), request })));
    expect(await delivery.flush()).toEqual({ kind: 'refused', code: 'forbidden' });
    expect(delivery.pending).toBeUndefined();
    expect(draft.key).toBe(key);
    expect(page().draft.restore()).toMatchObject({ title: sampleIdea.title });
  });

  it('does not send an idea that waited longer than the API keeps its key; hands it back once', () => {
    const { outbox, delivery } = page();
    outbox.put({ v: 1, key: 'old-key-0001', submission, queuedAt: Date.now() - OUTBOX_MAX_AGE - 1, attempts: 9 });
    expect(outbox.get()).toBeUndefined();
    expect(delivery.flush()).toBeUndefined();
    expect(outbox.takeExpired()).toMatchObject({ key: 'old-key-0001', submission });
    expect(outbox.takeExpired()).toBeUndefined();
    outbox.put({ v: 1, key: 'new-key-0001', submission, queuedAt: Date.now() - OUTBOX_MAX_AGE + 60_000, attempts: 9 });
    expect(outbox.takeExpired()).toBeUndefined();
    expect(outbox.get()?.key).toBe('new-key-0001');
    expect(calls).toHaveLength(0);
  });

  it('has nothing to flush when the outbox is empty or unreadable', () => {
    const { outbox, delivery } = page();
    expect(delivery.flush()).toBeUndefined();
    storage.setItem(storageKey('f', '/', 'outbox'), JSON.stringify({ v: 0, key: 'k' }));
    expect(outbox.get()).toBeUndefined();
    expect(delivery.flush()).toBeUndefined();
  });
});
