/** Keys and CORS: who may call what, from which origin. */
import { describe, expect, it } from 'vitest';
import { DEV_KEYS } from '../src/keys.js';
import { call, describeEachBackend, ideaBody } from './helpers.js';

describeEachBackend(
  'keys and CORS',
  (server) => {
    describe('CORS', () => {
      it('answers an allowed origin with Access-Control-Allow-Origin, and a disallowed one without', async () => {
        const allowed = await call(server(), '/v1/events?limit=1', { headers: { origin: 'http://localhost:5173' } });
        expect(allowed.status).toBe(200);
        expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
        expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag');
        expect(allowed.headers.get('vary')).toContain('Origin');
        const extra = await call(server(), '/v1/partners', { headers: { origin: 'https://www.frgk.example' } });
        expect(extra.headers.get('access-control-allow-origin')).toBe('https://www.frgk.example');
        const disallowed = await call(server(), '/v1/events?limit=1', { headers: { origin: 'https://evil.example' } });
        expect(disallowed.status).toBe(200);
        expect(disallowed.headers.get('access-control-allow-origin')).toBeNull();
      });

      it('answers preflights for allowed origins only', async () => {
        const preflight = (origin: string) =>
          call(server(), '/v1/ideas', {
            method: 'OPTIONS',
            headers: {
              origin,
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'authorization, content-type, idempotency-key',
            },
          });
        const ok = await preflight('http://127.0.0.1:8080');
        expect(ok.status).toBe(204);
        expect(ok.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
        expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
        expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
        expect(ok.headers.get('access-control-max-age')).toBe('600');
        const refused = await preflight('https://evil.example');
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
        expect(refused.status).toBe(403);
      });

      it('lets a browser read error problems (CORS headers on 4xx too)', async () => {
        const response = await call(server(), '/v1/ideas', {
          method: 'POST',
          key: server().publishableKey,
          headers: { origin: 'http://localhost:3000' },
          body: { nope: true },
        });
        expect(response.status).toBe(422);
        expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      });
    });

    describe('publishable keys', () => {
      it('submit from an allowed origin', async () => {
        const response = await call(server(), '/v1/ideas', {
          method: 'POST',
          key: server().publishableKey,
          headers: { origin: 'http://localhost:5173' },
          body: ideaBody(),
        });
        expect(response.status).toBe(201);
      });

      it('are refused from an origin they do not list (403 origin_not_allowed)', async () => {
        const other = await server().createKey({ kind: 'publishable', site: 'arreks.example', origins: ['https://arreks.example'] });
        const response = await call(server(), '/v1/ideas', {
          method: 'POST',
          key: other,
          headers: { origin: 'http://localhost:5173' },
          body: ideaBody(),
        });
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('origin_not_allowed');
        const fromItsSite = await call(server(), '/v1/ideas', {
          method: 'POST',
          key: other,
          headers: { origin: 'https://arreks.example' },
          body: ideaBody(),
        });
        expect(fromItsSite.status).toBe(201);
        const { rows } = await server().database.query<{ source_site: string }>(
          'SELECT source_site FROM ideas WHERE tracking_code = $1',
          [fromItsSite.body.trackingCode],
        );
        expect(rows[0]!.source_site).toBe('arreks.example');
      });

      it('cannot use admin endpoints (403 forbidden)', async () => {
        const response = await call(server(), '/v1/admin/ideas', { key: server().publishableKey });
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('forbidden');
      });

      it('are stored hashed, never in clear', async () => {
        const { rows } = await server().database.query<{ key_hash: string; prefix: string }>('SELECT key_hash, prefix FROM api_keys');
        const dump = JSON.stringify(rows);
        expect(dump).not.toContain(server().publishableKey);
        expect(dump).not.toContain(server().secretKey);
        expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key_hash))).toBe(true);
      });
    });

    describe('secret keys', () => {
      it('are refused whenever the request carries an Origin (403 secret_key_from_browser)', async () => {
        for (const path of ['/v1/admin/ideas', '/v1/events']) {
          const response = await call(server(), path, { key: server().secretKey, headers: { origin: 'http://localhost:5173' } });
          expect(response.status, path).toBe(403);
          expect(response.body.code).toBe('secret_key_from_browser');
        }
        const ok = await call(server(), '/v1/admin/ideas', { key: server().secretKey });
        expect(ok.status).toBe(200);
        expect(ok.headers.get('cache-control')).toBe('no-store');
      });

      it('are accepted only in the Authorization header', async () => {
        const inQuery = await call(server(), `/v1/admin/ideas?key=${server().secretKey}`);
        expect(inQuery.status).toBe(401);
        const basic = await call(server(), '/v1/admin/ideas', {
          headers: { authorization: `Basic ${Buffer.from(`${server().secretKey}:`).toString('base64')}` },
        });
        expect(basic.status).toBe(401);
      });
    });

    describe('missing, unknown and revoked keys', () => {
      it('401 without a key on writes and admin', async () => {
        for (const [method, path] of [
          ['POST', '/v1/ideas'],
          ['GET', '/v1/admin/ideas'],
          ['POST', '/v1/admin/events'],
        ] as const) {
          const response = await call(server(), path, { method, body: method === 'POST' ? ideaBody() : undefined });
          expect(response.status, path).toBe(401);
          expect(response.body.code).toBe('unauthorized');
        }
      });

      it('401 for an unknown key and for a revoked one', async () => {
        const unknown = await call(server(), '/v1/admin/ideas', { key: 'rzm_sk_ThisKeyDoesNotExist000000000000' });
        expect(unknown.status).toBe(401);
        const key = await server().createKey({ kind: 'secret', name: 'to be revoked' });
        expect((await call(server(), '/v1/admin/ideas', { key })).status).toBe(200);
        await server().revokeKey(key);
        const revoked = await call(server(), '/v1/admin/ideas', { key });
        expect(revoked.status).toBe(401);
        expect(revoked.body.code).toBe('unauthorized');
        const publishable = await server().createKey({ kind: 'publishable', site: 'x.example', origins: ['https://x.example'] });
        await server().revokeKey(publishable);
        expect((await call(server(), '/v1/ideas', { method: 'POST', key: publishable, body: ideaBody() })).status).toBe(401);
      });

      it('refuses the fixed development keys unless the server runs with --dev', async () => {
        const { ensureDevKeys } = await import('../src/keys.js');
        await ensureDevKeys(server().database);
        const admin = await call(server(), '/v1/admin/ideas', { key: DEV_KEYS.secret });
        expect(admin.status).toBe(401);
        const submit = await call(server(), '/v1/ideas', { method: 'POST', key: DEV_KEYS.publishable, body: ideaBody() });
        expect(submit.status).toBe(401);
      });
    });
  },
  { origins: ['https://www.frgk.example'] },
);
