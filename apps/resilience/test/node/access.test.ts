/**
 * Access, table-driven: every endpoint × every kind of credential (none, forged, revoked, the
 * development keys on a production server, a malformed header, publishable with and without an
 * allowed or disallowed Origin, secret with and without an Origin) → the exact status and code.
 * Each allowed request is a real one (a valid body, an existing id) so "allowed" means it did its
 * work, and each refusal is a problem+json.
 */
import { DEV_KEYS } from '@razem/api';
import { startTestServer, type TestServer } from '@razem/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/answer-check.js';
import { ENDPOINTS, endpointId, fillRoute, type Endpoint } from '../../src/endpoints.js';
import { rawClient, type RawClient } from '../../src/raw-http.js';
import { report } from '../../src/stats.js';

let api: TestServer;
let client: RawClient;
let revokedPublishable: string;
let revokedSecret: string;
let known: { partnerId: string; eventId: string; ideaId: string; trackingCode: string };
let serial = 0;

beforeAll(async () => {
  api = await startTestServer();
  client = rawClient(api.url);
  revokedPublishable = await api.createKey({ kind: 'publishable', site: 'revoked.example', origins: ['http://localhost:*'] });
  revokedSecret = await api.createKey({ kind: 'secret', name: 'revoked' });
  await api.revokeKey(revokedPublishable);
  await api.revokeKey(revokedSecret);
  const one = async (sql: string) => (await api.database.query<{ v: string }>(sql)).rows[0]!.v;
  known = {
    partnerId: await one('SELECT id AS v FROM partners LIMIT 1'),
    eventId: await one('SELECT id::text AS v FROM events LIMIT 1'),
    ideaId: await one('SELECT id::text AS v FROM ideas LIMIT 1'),
    trackingCode: await one('SELECT tracking_code AS v FROM ideas LIMIT 1'),
  };
}, 60_000);
afterAll(async () => {
  client?.close();
  await api?.close();
});

type Access = 'public read' | 'public write' | 'admin';
const accessOf = (e: Endpoint): Access => (e.route.startsWith('/v1/admin') ? 'admin' : e.method === 'GET' ? 'public read' : 'public write');

const ALLOWED_ORIGIN = 'http://localhost:5173';
const OTHER_ORIGIN = 'https://evil.example';

interface Credential {
  name: string;
  authorization?: () => string;
  origin?: string;
  /** Expected refusal per access class; undefined = allowed. */
  refusal: Partial<Record<Access, [number, string]>>;
}

const CREDENTIALS: Credential[] = [
  { name: 'no key', refusal: { 'public write': [401, 'unauthorized'], admin: [401, 'unauthorized'] } },
  {
    name: 'forged publishable key',
    authorization: () => 'Bearer rzm_pk_Forged0000000000000000000000000',
    refusal: { 'public read': [401, 'unauthorized'], 'public write': [401, 'unauthorized'], admin: [401, 'unauthorized'] },
  },
  {
    name: 'forged secret key',
    authorization: () => 'Bearer rzm_sk_Forged0000000000000000000000000',
    refusal: { 'public read': [401, 'unauthorized'], 'public write': [401, 'unauthorized'], admin: [401, 'unauthorized'] },
  },
  {
    name: 'revoked publishable key',
    authorization: () => `Bearer ${revokedPublishable}`,
    refusal: { 'public read': [401, 'unauthorized'], 'public write': [401, 'unauthorized'], admin: [401, 'unauthorized'] },
  },
  {
    name: 'revoked secret key',
    authorization: () => `Bearer ${revokedSecret}`,
    refusal: { 'public read': [401, 'unauthorized'], 'public write': [401, 'unauthorized'], admin: [401, 'unauthorized'] },
  },
  {
    name: 'development secret key without --dev',
    authorization: () => `Bearer ${DEV_KEYS.secret}`,
    refusal: { 'public read': [401, 'unauthorized'], 'public write': [401, 'unauthorized'], admin: [401, 'unauthorized'] },
  },
  {
    name: 'malformed Authorization',
    authorization: () => 'Basic cmF6ZW06cmF6ZW0=',
    refusal: { 'public read': [401, 'unauthorized'], 'public write': [401, 'unauthorized'], admin: [401, 'unauthorized'] },
  },
  { name: 'publishable key', authorization: () => `Bearer ${api.publishableKey}`, refusal: { admin: [403, 'forbidden'] } },
  {
    name: 'publishable key from its allowed origin',
    authorization: () => `Bearer ${api.publishableKey}`,
    origin: ALLOWED_ORIGIN,
    refusal: { admin: [403, 'forbidden'] },
  },
  {
    name: 'publishable key from a disallowed origin',
    authorization: () => `Bearer ${api.publishableKey}`,
    origin: OTHER_ORIGIN,
    refusal: { 'public read': [403, 'origin_not_allowed'], 'public write': [403, 'origin_not_allowed'], admin: [403, 'origin_not_allowed'] },
  },
  { name: 'secret key from a server', authorization: () => `Bearer ${api.secretKey}`, refusal: {} },
  {
    name: 'secret key from a browser (Origin sent)',
    authorization: () => `Bearer ${api.secretKey}`,
    origin: ALLOWED_ORIGIN,
    refusal: { 'public read': [403, 'secret_key_from_browser'], 'public write': [403, 'secret_key_from_browser'], admin: [403, 'secret_key_from_browser'] },
  },
];

/** A request to `e` that succeeds when access is granted, with the status it then gets. */
function requestFor(e: Endpoint): { path: string; body?: unknown; status: number } {
  const n = (serial += 1);
  const missing = '3f1d2c4b-5a69-4e7d-8c1b-2a3b4c5d6e7f';
  const route = (params: Record<string, string>) => fillRoute(e.route, params);
  switch (endpointId(e)) {
    case 'GET /v1/partners/:id':
      return { path: route({ id: known.partnerId }), status: 200 };
    case 'GET /v1/events/:id.ics':
    case 'GET /v1/events/:id':
      return { path: route({ id: known.eventId }), status: 200 };
    case 'GET /v1/ideas/status/:trackingCode':
      return { path: route({ trackingCode: known.trackingCode }), status: 200 };
    case 'POST /v1/ideas':
      return {
        path: e.route,
        status: 201,
        body: { title: `Dostęp ${n}: ławki`, description: 'Ławki z ładowarkami na rynku w Bełchatowie.', category: 'social', authorRole: 'resident', privacyNoticeVersion: '2025-01', privacyConsent: true },
      };
    case 'POST /v1/consents':
      return {
        path: e.route,
        status: 201,
        body: { consentId: crypto.randomUUID(), policyRevision: 1, choices: { necessary: true }, method: 'reject_all', decidedAt: new Date().toISOString(), language: 'pl' },
      };
    case 'GET /v1/admin/consents':
      return { path: `${e.route}?consentId=${missing}`, status: 200 };
    case 'POST /v1/admin/ideas/erase':
      return { path: e.route, body: { email: 'nikt@example.org' }, status: 200 };
    case 'GET /v1/admin/ideas/:id':
      return { path: route({ id: known.ideaId }), status: 200 };
    case 'DELETE /v1/admin/ideas/:id':
    case 'DELETE /v1/admin/events/:id':
    case 'PATCH /v1/admin/events/:id':
      return { path: route({ id: missing }), status: 404, ...(e.method === 'PATCH' ? { body: { kind: 'panel' } } : {}) };
    case 'PATCH /v1/admin/ideas/:id/status':
      return { path: route({ id: missing }), body: { status: 'under_review' }, status: 404 };
    case 'POST /v1/admin/events':
      return {
        path: e.route,
        status: 201,
        body: { title: { pl: `Warsztat ${n}` }, kind: 'workshop', startsAt: '2031-05-05T10:00:00+02:00', endsAt: '2031-05-05T12:00:00+02:00', organizerIds: [known.partnerId] },
      };
    case 'POST /v1/admin/partners':
      return { path: e.route, status: 201, body: { id: `dostep-${n}`, name: 'Stowarzyszenie', shortName: 'S', kind: 'ngo', role: 'associate', description: { pl: 'Opis.' } } };
    case 'PATCH /v1/admin/partners/:id':
      return { path: route({ id: 'nie-ma-takiego' }), body: { shortName: 'X' }, status: 404 };
    case 'DELETE /v1/admin/partners/:id':
      return { path: route({ id: 'nie-ma-takiego' }), status: 404 };
    default:
      return { path: e.route, status: 200 };
  }
}

describe('every endpoint × every credential', () => {
  for (const credential of CREDENTIALS) {
    it(`${credential.name}`, async ({ task }) => {
      let refusals = 0;
      for (const endpoint of ENDPOINTS) {
        const access = accessOf(endpoint);
        const { path, body, status } = requestFor(endpoint);
        const headers: Record<string, string> = {};
        if (credential.authorization) headers.authorization = credential.authorization();
        if (credential.origin) headers.origin = credential.origin;
        if (body !== undefined) headers['content-type'] = 'application/json';
        const res = await client.send({ method: endpoint.method, path, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        const label = `${credential.name} → ${endpoint.method} ${path}`;
        checkAnswer(res, { label, fields: new Set(), expect: { kind: 'any' } });
        const refusal = credential.refusal[access];
        if (refusal) {
          expect({ status: res.status, code: (res.json as { code?: string }).code }, label).toEqual({ status: refusal[0], code: refusal[1] });
          refusals += 1;
        } else {
          expect(res.status, `${label}: ${res.text.slice(0, 200)}`).toBe(status);
        }
        // Browsers may read an answer only from an origin some key allows.
        const cors = res.headers['access-control-allow-origin'];
        expect(cors, label).toBe(credential.origin === ALLOWED_ORIGIN ? ALLOWED_ORIGIN : undefined);
      }
      report(task.meta, { access: { 'requests checked': ENDPOINTS.length, refusals } });
    });
  }

  it('preflights answer allowed origins only', async ({ task }) => {
    const preflight = (origin: string) =>
      client.send({ method: 'OPTIONS', path: '/v1/ideas', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, idempotency-key' } });
    expect((await preflight(ALLOWED_ORIGIN)).status).toBe(204);
    for (const origin of [OTHER_ORIGIN, 'null', 'http://localhost.evil.example', 'http://127.0.0.1.nip.io:5173', 'https://localhost:5173']) {
      const res = await preflight(origin);
      expect({ origin, status: res.status, cors: res.headers['access-control-allow-origin'] }).toEqual({ origin, status: 403, cors: undefined });
    }
    report(task.meta, { access: { refusals: 5, 'requests checked': 6 } });
  });
});
