/** Options, keys and the browser guard of the core; the requests go to the real API. */
import { startTestServer, type TestServer } from '@razem/api/testing';
import { config } from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRazemAdminClient, createRazemClient, createRazemHttp, isRazemConfigError, isRazemError, RazemConfigError } from '../src/index.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
});
afterAll(() => api?.close());

/** Runs `fn` with a `document`, which is how the SDK recognises a browser. */
const inBrowser = <T>(fn: () => T): T => {
  (globalThis as { document?: unknown }).document = {};
  try {
    return fn();
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
};

afterEach(() => {
  config({ jitless: false });
});

describe('baseUrl', () => {
  it.each(['api.razem.example', '/v1', '', 'ftp://files.razem.example'])('refuses %j with a RazemConfigError', (baseUrl) => {
    expect(() => createRazemHttp({ baseUrl })).toThrow(RazemConfigError);
  });

  it('keeps a path prefix and accepts a URL object', async () => {
    const http = createRazemHttp({ baseUrl: new URL('/razem', 'https://cms.example.org') });
    expect(http.baseUrl).toBe('https://cms.example.org/razem/');
    expect(http.url('v1/events', { kind: ['workshop', 'panel'], from: new Date('2026-03-01T10:00:00Z'), organizer: undefined, cursor: '' })).toBe(
      'https://cms.example.org/razem/v1/events?kind=workshop%2Cpanel&from=2026-03-01T10%3A00%3A00.000Z',
    );
  });
});

describe('retry option', () => {
  it('surfaces a malformed retry limit as the TypeError it is, not as a network failure', async () => {
    const error = await createRazemClient({ baseUrl: api.url, retry: 1.5 }).partners.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(isRazemError(error)).toBe(false);
  });
});

describe('secret keys', () => {
  it('throws in a browser context, saying why', () => {
    const error = inBrowser(() => {
      try {
        createRazemClient({ baseUrl: api.url, secretKey: api.secretKey });
      } catch (caught) {
        return caught;
      }
    });
    expect(isRazemConfigError(error)).toBe(true);
    expect((error as Error).message).toMatch(/admin access/);
    expect((error as Error).message).toMatch(/anyone can read them/);
    expect((error as Error).message).toMatch(/publishableKey/);
    expect((error as Error).message).toMatch(/dangerouslyAllowSecretKeyInBrowser/);
  });

  it('is allowed in a browser context only when the caller opts in', () => {
    const admin = inBrowser(() =>
      createRazemAdminClient({ baseUrl: api.url, secretKey: api.secretKey, dangerouslyAllowSecretKeyInBrowser: true }),
    );
    expect(admin.http.hasSecretKey).toBe(true);
  });

  it('works on a server, where there is no document', async () => {
    const admin = createRazemAdminClient({ baseUrl: api.url, secretKey: api.secretKey });
    expect((await admin.ideas.list()).data).toEqual([]);
  });

  it('is required by the admin client', () => {
    expect(() => createRazemAdminClient({ baseUrl: api.url, publishableKey: api.publishableKey })).toThrow(/secretKey/);
  });
});

describe('browser set-up', () => {
  it('makes zod jitless in browsers only', () => {
    createRazemHttp({ baseUrl: api.url });
    expect(config().jitless).toBeFalsy();
    inBrowser(() => createRazemHttp({ baseUrl: api.url }));
    expect(config().jitless).toBe(true);
  });
});

describe('fetch injection', () => {
  it('sends every request through the given fetch (edge runtimes, instrumentation)', async () => {
    const seen: string[] = [];
    const razem = createRazemClient({
      baseUrl: api.url,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? `${input.method} ${new URL(input.url).pathname}` : String(input));
        return fetch(input, init);
      },
    });
    await razem.partners.list();
    expect(seen).toEqual(['GET /v1/partners']);
  });
});
