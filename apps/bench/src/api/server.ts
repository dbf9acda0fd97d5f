/**
 * One server of the API bench, run as its own process so the load generator (autocannon, in the
 * parent) and the server do not share an event loop:
 *
 *   node src/api/server.ts bare <events-body.json>   a bare Hono handler on @hono/node-server
 *   node src/api/server.ts pglite                    the Razem API on in-memory PGlite, seeded
 *   node src/api/server.ts postgres <url>            the Razem API on PostgreSQL, own schema
 *
 * Prints one JSON line `{ url, publishableKey }` when listening; closes on SIGTERM or when stdin
 * ends (the parent died), dropping the PostgreSQL schema.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { etag } from 'hono/etag';

/** What the parent reads from the first stdout line. */
export interface ServerReady {
  url: string;
  publishableKey: string;
}

/** The part of `@razem/api/testing` used here (see `startRazem` for why it is loaded by name). */
interface TestingModule {
  startTestServer(options?: { databaseUrl?: string }): Promise<{ url: string; publishableKey: string; close(): Promise<void> }>;
}

// The API's package types point at its TypeScript sources; a static import would make this
// package's typecheck compile the API with our settings. The specifier is a variable so only the
// narrow interface above is checked; at run time it resolves to the built `dist/testing.js`.
const TESTING: string = '@razem/api/testing';

async function startRazem(databaseUrl?: string): Promise<{ ready: ServerReady; close: () => Promise<void> }> {
  const { startTestServer } = (await import(TESTING)) as TestingModule;
  const server = await startTestServer(databaseUrl ? { databaseUrl } : {});
  return { ready: { url: server.url, publishableKey: server.publishableKey }, close: () => server.close() };
}

/**
 * The baseline: the same routes with no database, validation, keys, rate limits or logging.
 * `GET /v1/events` serialises the very page the Razem API answered (read from a file) on every
 * request, with Hono's ETag middleware for `If-None-Match`; `POST /v1/ideas` reads the JSON body
 * and answers a receipt of the same shape.
 */
async function startBare(bodyFile: string): Promise<{ ready: ServerReady; close: () => Promise<void> }> {
  const page: unknown = JSON.parse(readFileSync(bodyFile, 'utf8'));
  const app = new Hono();
  app.use('/v1/events', etag({ weak: true }));
  app.get('/v1/events', (c) => c.json(page, 200, { 'Cache-Control': 'public, max-age=60' }));
  app.post('/v1/ideas', async (c) => {
    const idea = await c.req.json<{ title?: string }>();
    if (!idea.title) return c.json({ code: 'validation_failed' }, 422);
    return c.json({ trackingCode: `RZM-${randomUUID().slice(0, 4).toUpperCase()}-0000`, status: 'received', receivedAt: new Date().toISOString() }, 201);
  });
  let port = 0;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      port = info.port;
      resolve(listening);
    });
  });
  return {
    ready: { url: `http://127.0.0.1:${port}`, publishableKey: 'rzm_pk_bare_baseline_0000000000' },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const [mode, arg] = process.argv.slice(2);
const started =
  mode === 'bare' && arg ? await startBare(arg) : mode === 'pglite' ? await startRazem() : mode === 'postgres' && arg ? await startRazem(arg) : null;
if (!started) {
  console.error('usage: server.ts bare <body.json> | pglite | postgres <url>');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(started.ready)}\n`);

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await started.close().catch((error: unknown) => console.error(error));
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.stdin.on('end', shutdown);
process.stdin.resume();
