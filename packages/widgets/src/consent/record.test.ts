/**
 * Proof of consent against the real reference API (started by the test setup on loopback):
 * each decision is stored once, and a decision made while the API is unreachable waits in the
 * outbox until it can be sent.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEAD_API, testApi } from '../../test/api.js';
import { cleanUp, sendGpc, start } from './fixtures/harness.js';
import type { ConsentState } from './types.js';

afterEach(cleanUp);

const QUEUE = 'razem_consent_queue';
const queued = () => JSON.parse(localStorage.getItem(QUEUE) ?? '[]') as { key: string }[];

/** The record the core sends for `state`, byte for byte. */
const recordOf = (state: ConsentState, language = 'pl') => ({
  consentId: state.consentId,
  policyRevision: state.revision,
  choices: state.choices,
  method: state.method,
  decidedAt: state.decidedAt,
  language,
});
/** Requests to the consents endpoint that got an answer so far. */
const answered = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/v1/consents') && (e as PerformanceResourceTiming).responseEnd > 0).length;
const keyOf = (state: ConsentState) => `consent-${state.consentId}-${Date.parse(state.decidedAt!).toString(36)}`;

/**
 * Asks the API whether it holds exactly this record under this idempotency key: it replays its
 * stored answer for the same key and body, and refuses a different body with 409.
 */
async function stored(state: ConsentState, body: object = recordOf(state)): Promise<{ status: number; replayed: boolean }> {
  const api = testApi();
  const response = await fetch(`${api.url}/v1/consents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${api.publishableKey}`,
      'content-type': 'application/json',
      'idempotency-key': keyOf(state),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

describe('proof of consent', () => {
  it('records a decision at the API without holding up the page', async () => {
    const api = testApi();
    const consent = start({ apiBase: api.url, apiKey: api.publishableKey, revision: 3 });
    const state = await consent.accept(['analytics']);
    // The decision is in force before the API has answered.
    expect(state.decided).toBe(true);
    await vi.waitFor(() => expect(localStorage.getItem(QUEUE)).toBeNull(), { timeout: 10_000 });
    expect(await stored(state)).toEqual({ status: 201, replayed: true });
    // A different record under the same key is refused: the API holds this exact one.
    expect((await stored(state, { ...recordOf(state), method: 'accept_all' })).status).toBe(409);
  });

  it('records every decision of a visitor under one consent id', async () => {
    const api = testApi();
    const consent = start({ apiBase: api.url, apiKey: api.publishableKey });
    const first = await consent.acceptAll();
    await vi.waitFor(() => expect(localStorage.getItem(QUEUE)).toBeNull(), { timeout: 10_000 });
    const second = await consent.rejectAll();
    await vi.waitFor(() => expect(localStorage.getItem(QUEUE)).toBeNull(), { timeout: 10_000 });
    expect(second.consentId).toBe(first.consentId);
    expect(await stored(first)).toEqual({ status: 201, replayed: true });
    expect(await stored(second)).toEqual({ status: 201, replayed: true });
  });

  it('records a GPC refusal with method "gpc"', async () => {
    const api = testApi();
    sendGpc();
    const before = answered();
    const consent = start({ apiBase: api.url, apiKey: api.publishableKey, language: 'en' });
    expect(consent.get().method).toBe('gpc');
    // No banner and nothing awaited: wait for the core's own request to be answered.
    await vi.waitFor(() => expect(answered()).toBeGreaterThan(before), { timeout: 10_000 });
    await vi.waitFor(() => expect(localStorage.getItem(QUEUE)).toBeNull());
    expect(await stored(consent.get(), recordOf(consent.get(), 'en'))).toEqual({ status: 201, replayed: true });
  });

  it('queues a decision while the API is unreachable and sends it on the next page', async () => {
    const api = testApi();
    const offline = start({ apiBase: DEAD_API, apiKey: api.publishableKey });
    const state = await offline.rejectAll();
    await vi.waitFor(() => expect(queued()).toHaveLength(1));
    expect(queued()[0]!.key).toBe(keyOf(state));
    offline.destroy();

    // The next page, with the API reachable, sends what is waiting.
    start({ apiBase: api.url, apiKey: api.publishableKey });
    await vi.waitFor(() => expect(localStorage.getItem(QUEUE)).toBeNull(), { timeout: 10_000 });
    expect(await stored(state)).toEqual({ status: 201, replayed: true });
  });

  it('sends what is waiting when the browser comes back online', async () => {
    const api = testApi();
    const consent = start({ apiBase: DEAD_API, apiKey: api.publishableKey });
    const state = await consent.acceptAll();
    await vi.waitFor(() => expect(queued()).toHaveLength(1));
    // The network comes back: the same configuration now reaches the API.
    consent.config.apiBase = api.url;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(localStorage.getItem(QUEUE)).toBeNull(), { timeout: 10_000 });
    expect(await stored(state)).toEqual({ status: 201, replayed: true });
  });
});
