/**
 * Retries, idempotency, timeouts and cancellation, proven against the real API behind the fault
 * proxy (dropped connections, delays, 429/503 with Retry-After, rewritten bodies).
 */
import { startTestServer, type TestServer } from '@razem/api/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createRazemClient,
  isRazemContractError,
  RazemApiError,
  RazemContractError,
  RazemNetworkError,
  RazemRateLimitError,
  RazemTimeoutError,
  type RazemHttpOptions,
} from '../src/index.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';
import { sampleIdea } from './support/fixtures.js';

let api: TestServer;
let proxy: FaultProxy;

beforeAll(async () => {
  api = await startTestServer();
  proxy = await startFaultProxy(api.url);
});
afterEach(() => proxy.reset());
afterAll(async () => {
  await proxy?.close();
  await api?.close();
});

const client = (options: Partial<RazemHttpOptions> = {}) =>
  createRazemClient({ baseUrl: proxy.url, publishableKey: api.publishableKey, ...options });

const storedIdeas = async (title: string): Promise<{ tracking_code: string }[]> =>
  (await api.database.query<{ tracking_code: string }>('SELECT tracking_code FROM ideas WHERE title = $1', [title])).rows;

const ideaPosts = () => proxy.requests.filter((request) => request.method === 'POST' && request.path === '/v1/ideas');

describe('idempotent retries', () => {
  it('stores an idea once when the connection drops after the API stored it', async () => {
    const idea = sampleIdea();
    proxy.next({ kind: 'drop-after' }, { method: 'POST', path: '/v1/ideas' });

    const receipt = await client().ideas.submit(idea);

    const [first, second] = ideaPosts();
    expect(ideaPosts()).toHaveLength(2);
    expect(first!.fault).toBe('drop-after');
    expect(first!.headers['idempotency-key']).toMatch(/^[0-9a-z]{28}$/);
    expect(second!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
    const rows = await storedIdeas(idea.title);
    expect(rows).toEqual([{ tracking_code: receipt.trackingCode }]);
  });

  it('stores an idea once when the caller itself submits twice with one key', async () => {
    const idea = sampleIdea();
    const razem = client();
    const first = await razem.ideas.submit(idea, { idempotencyKey: 'form-draft-4f1c9a' });
    // The visitor's connection died before the answer arrived; the page sends the same draft again.
    proxy.next({ kind: 'drop-after' }, { method: 'POST' });
    const second = await razem.ideas.submit(idea, { idempotencyKey: 'form-draft-4f1c9a' });
    expect(second).toEqual(first);
    expect(ideaPosts().map((request) => request.headers['idempotency-key'])).toEqual(Array(3).fill('form-draft-4f1c9a'));
    expect(await storedIdeas(idea.title)).toHaveLength(1);
  });

  it('retries a connection dropped before the API saw the request', async () => {
    const idea = sampleIdea();
    proxy.next({ kind: 'drop-before' }, { method: 'POST' });
    await client().ideas.submit(idea);
    expect(ideaPosts().map((request) => request.fault)).toEqual(['drop-before', 'pass']);
    expect(await storedIdeas(idea.title)).toHaveLength(1);
  });

  it('stores an idea once when the attempt that timed out reaches the API late', async () => {
    const idea = sampleIdea();
    // The attempt timeouts leave a busy machine's API a full second; the held attempt goes on later.
    proxy.next({ kind: 'delay', ms: 2_500, evenIfAbandoned: true }, { method: 'POST' });
    const receipt = await client({ timeout: 1_000 }).ideas.submit(idea);
    // Let the abandoned first attempt arrive after the retry was stored.
    await proxy.idle();
    expect(ideaPosts()[0]!.fault).toBe('delay');
    expect(await storedIdeas(idea.title)).toEqual([{ tracking_code: receipt.trackingCode }]);
  });

  it('asks again while the first attempt with the key is still running', async () => {
    const idea = sampleIdea();
    proxy.next({ kind: 'status', status: 409, code: 'idempotency_in_progress', retryAfter: 1 }, { method: 'POST' });
    const receipt = await client().ideas.submit(idea);
    expect(ideaPosts().map((request) => request.fault)).toEqual(['status', 'pass']);
    expect(await storedIdeas(idea.title)).toEqual([{ tracking_code: receipt.trackingCode }]);
  });

  it('does not retry other conflicts', async () => {
    proxy.next({ kind: 'status', status: 409, code: 'idempotency_conflict' }, { method: 'POST' });
    await expect(client().ideas.submit(sampleIdea())).rejects.toMatchObject({ status: 409, code: 'idempotency_conflict' });
    expect(ideaPosts()).toHaveLength(1);
  });

  it('asks again with the same key when the answer is cut off mid-body', async () => {
    const idea = sampleIdea();
    proxy.next({ kind: 'truncate' }, { method: 'POST' });
    const receipt = await client().ideas.submit(idea);
    const [cut, again] = ideaPosts();
    expect([cut!.fault, again!.fault]).toEqual(['truncate', 'pass']);
    expect(again!.headers['idempotency-key']).toBe(cut!.headers['idempotency-key']);
    expect(await storedIdeas(idea.title)).toEqual([{ tracking_code: receipt.trackingCode }]);
  });

  it('reports answers that keep being cut off as a RazemNetworkError once the retries are used up', async () => {
    proxy.always({ kind: 'truncate' });
    await expect(client().events.list()).rejects.toBeInstanceOf(RazemNetworkError);
    // The first attempt and the default two retries.
    expect(proxy.requests).toHaveLength(3);
  });

  it('asks again after every cut-off answer within the retry limit (found by apps/resilience)', async () => {
    const idea = sampleIdea();
    proxy.next({ kind: 'truncate' }, { method: 'POST' }).next({ kind: 'truncate' }, { method: 'POST' });
    const receipt = await client().ideas.submit(idea);
    expect(ideaPosts().map((request) => request.fault)).toEqual(['truncate', 'truncate', 'pass']);
    expect(new Set(ideaPosts().map((request) => request.headers['idempotency-key'])).size).toBe(1);
    expect(await storedIdeas(idea.title)).toEqual([{ tracking_code: receipt.trackingCode }]);
  });

  it('gives each call its own key', async () => {
    const razem = client();
    await razem.ideas.submit(sampleIdea());
    await razem.ideas.submit(sampleIdea());
    const [a, b] = ideaPosts().map((request) => request.headers['idempotency-key']);
    expect(a).not.toBe(b);
  });

  it('retries 5xx answers and then succeeds', async () => {
    proxy.next({ kind: 'status', status: 500, code: 'internal_error' }).next({ kind: 'status', status: 502 });
    const page = await client().events.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    expect(proxy.requests.map((request) => request.fault)).toEqual(['status', 'status', 'pass']);
  });

  it('never retries a validation failure or a refused key', async () => {
    await expect(client().ideas.submit({ ...sampleIdea(), title: '' })).rejects.toMatchObject({ status: 422 });
    await expect(client({ publishableKey: 'rzm_pk_unknown_0000000000000000' }).ideas.submit(sampleIdea())).rejects.toMatchObject({
      status: 401,
    });
    expect(ideaPosts()).toHaveLength(2);
  });

  it('gives up with a RazemNetworkError after the retry limit', async () => {
    proxy.always({ kind: 'drop-before' });
    const error = await client({ retry: { limit: 1 } }).events.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemNetworkError);
    expect(error).toMatchObject({ code: 'network_error', message: 'GET v1/events failed: no response from the API' });
    expect(proxy.requests).toHaveLength(2);
  });

  it('reports a refused connection as a RazemNetworkError', async () => {
    const closed = await startFaultProxy(api.url);
    const url = closed.url;
    await closed.close();
    await expect(createRazemClient({ baseUrl: url, retry: 0 }).partners.list()).rejects.toBeInstanceOf(RazemNetworkError);
  });
});

describe('Retry-After and rate limits', () => {
  it('waits as long as Retry-After says before retrying', async () => {
    proxy.next({ kind: 'status', status: 503, retryAfter: 1 });
    await client().partners.list();
    const [refused, retried] = proxy.requests;
    expect(proxy.requests).toHaveLength(2);
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(990);
  });

  it('understands a Retry-After given as an HTTP date, as some proxies send it', async () => {
    // HTTP dates have whole seconds: the wait is 1.5–2.5 s less however late the request goes out,
    // still far above the first backoff (≤ 300 ms).
    proxy.next({ kind: 'status', status: 503, retryAfter: new Date(Date.now() + 2_500).toUTCString() });
    await client().partners.list();
    const [refused, retried] = proxy.requests;
    expect(proxy.requests).toHaveLength(2);
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(1_000);
  });

  it('retries a 408 but not a 413 without Retry-After, which asking again cannot fix', async () => {
    proxy.next({ kind: 'status', status: 408, code: 'request_timeout' });
    await client().partners.list();
    expect(proxy.requests.map((request) => request.fault)).toEqual(['status', 'pass']);
    proxy.reset();
    proxy.next({ kind: 'status', status: 413, code: 'payload_too_large' }, { method: 'POST' });
    const error = await client().ideas.submit(sampleIdea()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RazemApiError', status: 413, code: 'payload_too_large' });
    expect(ideaPosts()).toHaveLength(1);
  });

  it('retries a rate-limited submission with the same key and stores it once', async () => {
    const idea = sampleIdea();
    proxy.next({ kind: 'status', status: 429, retryAfter: 0 }, { method: 'POST' });
    await client().ideas.submit(idea);
    const keys = ideaPosts().map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await storedIdeas(idea.title)).toHaveLength(1);
  });

  it('fails at once with retryAfter when the API asks to wait longer than the client will', async () => {
    proxy.always({ kind: 'status', status: 429, retryAfter: 120 });
    const started = performance.now();
    const error = await client().events.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemRateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 120 });
    expect(proxy.requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reports retryAfter after the retries are used up', async () => {
    proxy.always({ kind: 'status', status: 429, retryAfter: 0 });
    const error = await client({ retry: 1 }).events.list().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RazemRateLimitError', retryAfter: 0 });
    expect(proxy.requests).toHaveLength(2);
  });
});

describe('timeouts', () => {
  it('raises a RazemTimeoutError when an attempt takes too long', async () => {
    proxy.always({ kind: 'delay', ms: 2_000 });
    const error = await client({ timeout: 200, retry: 0 }).events.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemTimeoutError);
    expect(error).toMatchObject({ code: 'timeout', message: 'GET v1/events timed out' });
  });

  it('retries an attempt that timed out', async () => {
    proxy.next({ kind: 'delay', ms: 3_000 });
    const page = await client({ timeout: 1_000 }).events.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    expect(proxy.requests.map((request) => request.fault)).toEqual(['delay', 'pass']);
  });

  it('bounds the whole call, retries included, by totalTimeout', async () => {
    proxy.always({ kind: 'delay', ms: 2_000 });
    const started = performance.now();
    const error = await client({ timeout: 300, totalTimeout: 800, retry: 10 }).events.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemTimeoutError);
    // 800 ms and a busy machine's slack; eleven 300 ms attempts with their backoff take seconds.
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(proxy.requests.length).toBeLessThanOrEqual(3);
  });

  it('accepts a per-call timeout', async () => {
    proxy.always({ kind: 'delay', ms: 2_000 });
    await expect(client({ retry: 0 }).events.list({}, { timeout: 100 })).rejects.toBeInstanceOf(RazemTimeoutError);
  });
});

describe('cancellation', () => {
  it('rejects with the abort reason while a request is in flight', async () => {
    proxy.always({ kind: 'delay', ms: 2_000 });
    const controller = new AbortController();
    const pending = client().events.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
  });

  it('cancels a pending retry while it waits for Retry-After', async () => {
    proxy.always({ kind: 'status', status: 503, retryAfter: 5 });
    const controller = new AbortController();
    const reason = new Error('visitor left the page');
    setTimeout(() => controller.abort(reason), 200);
    const started = performance.now();
    await expect(client().partners.list({}, { signal: controller.signal })).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(proxy.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    await expect(client().ideas.submit(sampleIdea(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(proxy.requests).toHaveLength(0);
  });
});

describe('contract validation', () => {
  const firstEventWith = (change: (event: Record<string, unknown>) => void) => (body: unknown) => {
    change((body as { data: Record<string, unknown>[] }).data[0]!);
    return body;
  };

  it('names the path, the expected shape and what arrived', async () => {
    proxy.next({ kind: 'rewrite', rewrite: firstEventWith((event) => (event.startsAt = 'next Tuesday')) });
    const error = await client().events.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemContractError);
    expect(isRazemContractError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'contract_mismatch', path: 'data.0.startsAt', expected: 'date-time', received: '"next Tuesday"' });
    expect((error as Error).message).toBe(
      'GET v1/events: response breaks the contract at data.0.startsAt: expected date-time, received "next Tuesday"',
    );
  });

  it('reports a missing field and an unknown enum member', async () => {
    proxy.next({ kind: 'rewrite', rewrite: firstEventWith((event) => delete event.title) });
    await expect(client().events.list()).rejects.toMatchObject({ path: 'data.0.title', expected: 'object', received: 'undefined' });
    proxy.next({ kind: 'rewrite', rewrite: firstEventWith((event) => (event.kind = 'party')) });
    const error = (await client().events.list().catch((caught: unknown) => caught)) as RazemContractError;
    expect(error.path).toBe('data.0.kind');
    expect(error.expected).toBe('one of meeting, workshop, study_visit, online_session, conference, panel');
  });

  it('reports a success answer that is not JSON (a captive portal, a WAF page)', async () => {
    proxy.next({ kind: 'status', status: 200, body: '<html><body>Zaloguj się do sieci Wi-Fi</body></html>' });
    await expect(client().events.list()).rejects.toMatchObject({ name: 'RazemContractError', path: '', expected: 'JSON' });
  });

  it('does not retry a contract mismatch', async () => {
    proxy.always({ kind: 'rewrite', rewrite: () => ({ data: 'nope', nextCursor: null }) });
    await expect(client().partners.list()).rejects.toMatchObject({ path: 'data', expected: 'array' });
    expect(proxy.requests).toHaveLength(1);
  });

  it('keeps the status of an error answer that is not problem+json', async () => {
    proxy.always({ kind: 'status', status: 413, body: '<html><body>Request Entity Too Large</body></html>' });
    const error = (await client().events.list().catch((caught: unknown) => caught)) as RazemApiError;
    expect(error).toBeInstanceOf(RazemApiError);
    expect(error).toMatchObject({ status: 413, code: 'http_413', fieldErrors: [] });
    expect(error.problem).toMatchObject({ status: 413, type: 'about:blank' });
  });
});

describe('headers', () => {
  it('sends the publishable key only on writes and the key plus language where needed', async () => {
    const razem = client({ locale: 'en' });
    await razem.events.list({ limit: 1 });
    await razem.ideas.submit(sampleIdea());
    const [read, write] = proxy.requests;
    expect(read!.headers.authorization).toBeUndefined();
    expect(read!.headers['idempotency-key']).toBeUndefined();
    expect(read!.headers['accept-language']).toBe('en');
    expect(write!.headers.authorization).toBe(`Bearer ${api.publishableKey}`);
  });
});
