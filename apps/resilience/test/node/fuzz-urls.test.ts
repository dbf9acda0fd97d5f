/**
 * Property-based fuzzing of everything in a request but the body: query strings of every list,
 * feed and lookup endpoint, path parameters of every endpoint that has them, unknown routes and
 * methods, and hostile header values. Never a 5xx; every 4xx a problem with a code; validation
 * problems name a parameter the request has or the endpoint defines.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/answer-check.js';
import { fieldNames } from '../../src/contract-arbitrary.js';
import { ENDPOINTS, endpointId, fillRoute, queryString, type Credential } from '../../src/endpoints.js';
import { startFuzzTarget, type FuzzTarget } from '../../src/fuzz-server.js';
import { SEED, scaled } from '../../src/mode.js';
import { hostileHeaders, paramValue, queryCase } from '../../src/url-mutations.js';
import { bump, report, type Counters } from '../../src/stats.js';

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
}, 60_000);
afterAll(() => target?.close());

const decodedKeys = (pairs: readonly (readonly [string, string])[]) =>
  pairs.map(([k]) => {
    try {
      return decodeURIComponent(k);
    } catch {
      return k;
    }
  });

/** Parameters filled with valid values (for requests that fuzz something else). */
const validParams = (route: string, params: Record<string, fc.Arbitrary<string>> | undefined) =>
  params ? fc.record(params).map((p) => fillRoute(route, Object.fromEntries(Object.entries(p).map(([k, v]) => [k, encodeURIComponent(v)])))) : fc.constant(route);

describe('the fuzzed endpoints', () => {
  it('are every operation of the API’s OpenAPI document', async () => {
    const document = (await (await fetch(`${target.api.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      // Health checks take no input; the route fuzzing below calls them.
      .filter((id) => !/ \/(health|ready)$/.test(id));
    expect(new Set(ENDPOINTS.map(endpointId))).toEqual(new Set(documented));
  });
});

describe('query strings', () => {
  for (const endpoint of ENDPOINTS.filter((e) => e.method === 'GET' && e.queryFields)) {
    const id = endpointId(endpoint);
    it(`${id}: unknown, repeated, garbage and huge parameters`, async ({ task }) => {
      const counters: Counters = {};
      const cases = fc.tuple(queryCase(endpoint, target.known), validParams(endpoint.route, endpoint.params?.(target.known)));
      await fc.assert(
        fc.asyncProperty(cases, async ([sample, path]) => {
          const url = `${path}${queryString(sample.pairs)}`;
          const res = await target.send(endpoint.credential, { method: 'GET', path: url });
          bump(counters, ['requests', id]);
          bump(counters, ['query mutations', sample.mutation]);
          checkAnswer(res, {
            label: `GET ${url.slice(0, 300)} [${sample.mutation}]`,
            fields: new Set([...(endpoint.queryFields ?? []), ...decodedKeys(sample.pairs), ...Object.keys(endpoint.params?.(target.known) ?? {})]),
            expect: sample.expect,
          });
        }),
        { numRuns: scaled(70), seed: SEED, endOnFailure: true },
      );
      report(task.meta, counters);
    });
  }
});

describe('path parameters', () => {
  for (const endpoint of ENDPOINTS.filter((e) => e.params)) {
    const id = endpointId(endpoint);
    it(`${id}: raw bytes, dot segments, encoded slashes, NUL and huge values`, async ({ task }) => {
      const counters: Counters = {};
      const params = endpoint.params!(target.known);
      const cases = fc.record(Object.fromEntries(Object.entries(params).map(([name, valid]) => [name, paramValue(valid)])));
      await fc.assert(
        fc.asyncProperty(cases, async (values) => {
          const path = fillRoute(endpoint.route, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])));
          const body = endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : '{}';
          const res = await target.send(endpoint.credential, {
            method: endpoint.method,
            path,
            ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}),
          });
          bump(counters, ['requests', id]);
          for (const v of Object.values(values)) bump(counters, ['path mutations', v.mutation]);
          checkAnswer(res, {
            label: `${endpoint.method} ${path.slice(0, 300)}`,
            fields: new Set([...Object.keys(params), ...(endpoint.body ? ['status', 'title', 'name', 'kind', 'role', 'shortName', 'description', 'startsAt', 'endsAt', 'organizerIds', ''] : [])]),
            expect: { kind: 'any' },
          });
        }),
        { numRuns: scaled(50), seed: SEED, endOnFailure: true },
      );
      report(task.meta, counters);
    });
  }
});

const ROUTES = [
  '/',
  '/v1',
  '/v1/',
  '/v1/ideas/',
  '/v1/admin',
  '/v2/events',
  '/v1/events/x/y',
  '/health/',
  '//v1/events',
  '/v1//events',
  '/%76%31/events',
  '/v1/events.ICS',
  '/v1/admin/ideas/export.csv/x',
  '/openapi.json',
  '/.env',
  '/v1/events?%',
  '/v1/ideas/status/',
  '/v1/admin/../admin/ideas',
  '/health',
  '/ready',
] as const;
/** An empty body sent to a write endpoint is refused naming that endpoint's required fields. */
const BODY_FIELDS = ENDPOINTS.flatMap((e) => (e.body ? fieldNames(e.body) : []));
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND'] as const;

describe('routes and methods', () => {
  it('unknown routes and wrong methods are 404 and 405 problems, never 5xx', async ({ task }) => {
    const counters: Counters = {};
    const known = [...ROUTES, ...ENDPOINTS.map((e) => fillRoute(e.route, { id: 'x', trackingCode: 'x' }))];
    const cases = fc.tuple(fc.constantFrom(...METHODS), fc.constantFrom(...known), fc.constantFrom<Credential>('none', 'publishable', 'secret'));
    await fc.assert(
      fc.asyncProperty(cases, async ([method, path, credential]) => {
        const res = await target.send(credential, { method, path, ...(method === 'POST' || method === 'PUT' ? { body: '{}', headers: { 'content-type': 'application/json' } } : {}) });
        bump(counters, ['requests', 'routes × methods']);
        if (method === 'HEAD') {
          // No body to read; the status alone must not be a server error.
          if (res.status >= 500) throw new Error(`HEAD ${path}: ${res.status}`);
          return;
        }
        const queryKeys = (path.split('?')[1] ?? '').split('&').map((pair) => pair.split('=')[0]!);
        checkAnswer(res, { label: `${method} ${path}`, fields: new Set(['id', 'trackingCode', ...queryKeys, ...BODY_FIELDS]), expect: { kind: 'any' } });
      }),
      { numRuns: scaled(150), seed: SEED, endOnFailure: true },
    );
    report(task.meta, counters);
  });
});

describe('headers', () => {
  it('hostile idempotency keys, authorization, origins and request ids on reads and writes', async ({ task }) => {
    const counters: Counters = {};
    const idea = {
      title: 'Ławki solarne na rynku',
      description: 'Ławki z panelami słonecznymi i ładowarkami USB na rynku w Bełchatowie.',
      category: 'infrastructure',
      authorRole: 'resident',
      privacyNoticeVersion: '2025-01',
      privacyConsent: true,
    };
    const cases = fc.tuple(hostileHeaders, fc.boolean());
    await fc.assert(
      fc.asyncProperty(cases, async ([{ mutation, headers }, write]) => {
        const res = write
          ? await target.send('publishable', {
              method: 'POST',
              path: '/v1/ideas',
              headers: { 'content-type': 'application/json', ...headers },
              body: JSON.stringify(idea),
            })
          : await target.send('none', { method: 'GET', path: '/v1/events?limit=2', headers });
        bump(counters, ['requests', write ? 'POST /v1/ideas (headers)' : 'GET /v1/events (headers)']);
        bump(counters, ['header mutations', mutation]);
        checkAnswer(res, { label: `${write ? 'POST /v1/ideas' : 'GET /v1/events'} [${mutation}] ${JSON.stringify(headers).slice(0, 200)}`, fields: new Set(['Idempotency-Key']), expect: { kind: 'any' } });
        const sentId = headers['x-request-id'];
        // A request id that could forge log lines is replaced, never echoed.
        if (typeof sentId === 'string' && !/^[\w.-]{1,64}$/.test(sentId) && res.headers['x-request-id'] === sentId) {
          throw new Error(`X-Request-Id ${sentId} was echoed`);
        }
      }),
      { numRuns: scaled(150), seed: SEED, endOnFailure: true },
    );
    report(task.meta, counters);
  });
});
