/**
 * The server's life: graceful shutdown with a request in flight, one private log line per request,
 * readiness while draining, the optional spam challenge, development keys, Redis outages.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { DEV_KEYS, createKey } from '../src/keys.js';
import { startServer, type StartServerOptions } from '../src/server.js';
import { startTestServer } from '../src/testing.js';
import { BACKENDS, ideaBody } from './helpers.js';

const silent = pino({ level: 'silent' });

async function withServer<T>(options: Partial<StartServerOptions>, fn: (server: Awaited<ReturnType<typeof startServer>>) => Promise<T>) {
  const server = await startServer({ database: { kind: 'pglite' }, port: 0, logger: silent, ...options });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

/** POSTs a JSON body in two chunks with a pause between them, so the request is in flight. */
function slowPost(url: string, path: string, key: string, body: string, between: () => Promise<void>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    between().then(
      () => req.end(body.slice(half)),
      (error: unknown) => reject(error),
    );
  });
}

describe('graceful shutdown', () => {
  for (const backend of BACKENDS) {
    it.skipIf(!backend.available)(`finishes an in-flight request, then refuses connections and closes ${backend.name}`, async () => {
      const server = await startTestServer(backend.databaseUrl ? { databaseUrl: backend.databaseUrl } : {});
      let closed: Promise<void> | undefined;
      const response = await slowPost(server.url, '/v1/ideas', server.secretKey, JSON.stringify(ideaBody()), async () => {
        await new Promise((r) => setTimeout(r, 150));
        closed = server.close();
        await new Promise((r) => setTimeout(r, 150));
      });
      expect(response.status).toBe(201);
      expect(JSON.parse(response.body).trackingCode).toMatch(/^RZM-/);
      await closed;
      await expect(fetch(`${server.url}/health`)).rejects.toThrow();
      await expect(server.database.query('SELECT 1')).rejects.toThrow();
    });
  }

  it('answers /ready with 503 once draining starts', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    try {
      await migrate(database);
      const app = createApp({ database, logger: silent });
      expect((await app.fetch(new Request('http://api.test/ready'))).status).toBe(200);
      app.startDraining();
      const ready = await app.fetch(new Request('http://api.test/ready'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { database: 'ok', accepting: 'failing' } });
      await app.close();
    } finally {
      await database.close();
    }
  });
});

describe('request log', () => {
  it('writes one JSON line per request with route pattern, status and ids, and no personal data', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    await withServer({ logger }, async (server) => {
      const { key, record } = await createKey(server.database, { kind: 'secret', name: 'log test' });
      lines.length = 0;
      const response = await fetch(`${server.url}/v1/ideas?utm=secret-campaign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-request-id': 'log-test-1' },
        body: JSON.stringify(ideaBody({ email: 'prywatny.adres@example.org', name: 'Zofia Prywatna' })),
      });
      expect(response.status).toBe(201);
      await fetch(`${server.url}/v1/events/00000000-0000-4000-8000-000000000000`, { headers: { 'x-request-id': 'log-test-2' } });
      await new Promise((r) => setTimeout(r, 50));
      const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e.msg === 'request');
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({ requestId: 'log-test-1', method: 'POST', route: '/v1/ideas', status: 201, keyId: record.id });
      expect(entries[0]!.durationMs).toEqual(expect.any(Number));
      expect(entries[1]).toMatchObject({ requestId: 'log-test-2', route: '/v1/events/:id', status: 404, keyId: null });
      const all = lines.join('\n');
      for (const secret of ['prywatny.adres', 'Zofia', '127.0.0.1', 'secret-campaign', key, 'Ścieżka rowerowa']) {
        expect(all).not.toContain(secret);
      }
    });
  });
});

describe('spam challenge (opt-in)', () => {
  it('is off by default: submissions need no token', async () => {
    await withServer({ seed: false }, async (server) => {
      const { key } = await createKey(server.database, { kind: 'secret', name: 'no challenge' });
      const response = await fetch(`${server.url}/v1/ideas`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify(ideaBody()),
      });
      expect(response.status).toBe(201);
    });
  });

  it('verifies tokens through a Turnstile-style siteverify URL', async () => {
    const received: string[] = [];
    const verifier: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        received.push(`${form.get('secret')}:${form.get('response')}`);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ success: form.get('response') === 'human-token' }));
      });
    });
    await new Promise<void>((r) => verifier.listen(0, '127.0.0.1', r));
    const address = verifier.address() as { port: number };
    try {
      await withServer(
        { seed: false, challengeVerifyUrl: `http://127.0.0.1:${address.port}/siteverify`, challengeSecret: 'shh' },
        async (server) => {
          const { key } = await createKey(server.database, { kind: 'secret', name: 'challenge' });
          const send = (token?: string) =>
            fetch(`${server.url}/v1/ideas`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
              body: JSON.stringify(ideaBody({ spam: { fillTimeMs: 9000, ...(token ? { token } : {}) } })),
            });
          expect((await send('human-token')).status).toBe(201);
          const refused = await send('bot-token');
          expect(refused.status).toBe(422);
          expect(await refused.json()).toMatchObject({ code: 'spam_rejected', errors: [{ path: 'spam.token' }] });
          expect((await send()).status).toBe(422);
          expect(received).toEqual(['shh:human-token', 'shh:bot-token']);
          const { rows } = await server.database.query<{ n: number }>('SELECT count(*)::int AS n FROM ideas');
          expect(rows[0]!.n).toBe(1);
        },
      );
    } finally {
      await new Promise((r) => verifier.close(r));
    }
  });

  it('accepts an injected verifier function', async () => {
    await withServer({ seed: false, verifyChallenge: async (token) => token === 'ok' }, async (server) => {
      const { key } = await createKey(server.database, { kind: 'secret', name: 'injected' });
      const send = (token: string) =>
        fetch(`${server.url}/v1/ideas`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify(ideaBody({ spam: { token } })),
        });
      expect((await send('ok')).status).toBe(201);
      expect((await send('nope')).status).toBe(422);
    });
  });
});

describe('development mode', () => {
  it('accepts the fixed local keys with --dev', async () => {
    await withServer({ dev: true, seed: false }, async (server) => {
      const admin = await fetch(`${server.url}/v1/admin/ideas`, { headers: { authorization: `Bearer ${DEV_KEYS.secret}` } });
      expect(admin.status).toBe(200);
      const preflight = await fetch(`${server.url}/v1/ideas`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const submit = await fetch(`${server.url}/v1/ideas`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${DEV_KEYS.publishable}`, origin: 'http://localhost:5173' },
        body: JSON.stringify(ideaBody()),
      });
      expect(submit.status).toBe(201);
    });
  });
});

describe('Redis outage', () => {
  it('keeps serving with in-memory limits when Redis is unreachable', async () => {
    await withServer({ seed: false, redisUrl: 'redis://127.0.0.1:1' }, async (server) => {
      const response = await fetch(`${server.url}/v1/partners`);
      expect(response.status).toBe(200);
    });
  });
});
