/**
 * API throughput and latency with autocannon: the Razem API on PGlite and on PostgreSQL, each
 * beside a bare Hono handler measured in the same run (see server.ts). Scenarios:
 *
 * - `GET /v1/events?limit=50` answered in full (200): what a shared cache (CDN) fetches on a miss.
 * - the same with `If-None-Match` (304): the cached path, a client or CDN revalidating its copy.
 * - `POST /v1/ideas` with a publishable key and a fresh `Idempotency-Key` per request, as the SDK
 *   sends it: validation, key lookup, rate limit, idempotency record and insert in one transaction.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';
import { round } from '../lib/stats.ts';
import type { ServerReady } from './server.ts';

/** How hard and how long each scenario runs. */
export interface ApiBenchOptions {
  /** Seconds per scenario (after a one-second warm-up). */
  duration: number;
  connections: number;
  /** PostgreSQL to test against; unreachable means the PostgreSQL target is skipped with a note. */
  postgresUrl: string;
}

/** One autocannon run. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers by status code, e.g. `{ "200": 9120 }`. */
  statuses: Record<string, number>;
  errors: number;
}

export type ScenarioId = 'events' | 'eventsCached' | 'ideas';
export type TargetId = 'bare' | 'pglite' | 'postgres';

/** The results of the API section. */
export interface ApiResults {
  options: { durationSeconds: number; connections: number };
  scenarios: Record<ScenarioId, { label: string; expectedStatus: number }>;
  targets: Partial<Record<TargetId, Partial<Record<ScenarioId, LoadResult>>>>;
  notes: string[];
}

const SCENARIOS: ApiResults['scenarios'] = {
  events: { label: 'GET /v1/events (200, full page of 50)', expectedStatus: 200 },
  eventsCached: { label: 'GET /v1/events, cached (If-None-Match → 304)', expectedStatus: 304 },
  ideas: { label: 'POST /v1/ideas (new Idempotency-Key each)', expectedStatus: 201 },
};

const EVENTS_PATH = '/v1/events?limit=50';

const IDEA = JSON.stringify({
  title: 'Wspólna sieć ładowarek dla firm z parku',
  description: 'Firmy z parku technologicznego mogłyby wspólnie kupić i utrzymywać ładowarki do aut elektrycznych.',
  category: 'business',
  authorRole: 'entrepreneur',
  privacyNoticeVersion: '2026-01',
  privacyConsent: true,
});

interface Running {
  ready: ServerReady;
  stop(): Promise<void>;
}

/** Starts `server.ts <args>` in its own process and waits for its ready line. */
async function startServer(args: string[]): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 'server.ts'), ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server ${args[0]} did not start within 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`server ${args[0]} exited with ${code}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as ServerReady);
    });
  });
  return {
    ready,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Runs autocannon once and condenses its result. */
async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ ...options, timeout: 10 });
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stat.count ?? 0;
  return {
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    statuses,
    errors: result.errors,
  };
}

/** Every scenario against one running server. */
async function scenarios(ready: ServerReady, options: ApiBenchOptions, etag: string): Promise<Record<ScenarioId, LoadResult>> {
  const base = { url: ready.url, connections: options.connections, duration: options.duration };
  // Warm-up: JIT, connection pools and PGlite's caches, not counted.
  await load({ ...base, duration: 1, url: `${ready.url}${EVENTS_PATH}` });
  const events = await load({ ...base, url: `${ready.url}${EVENTS_PATH}` });
  const eventsCached = await load({ ...base, url: `${ready.url}${EVENTS_PATH}`, headers: { 'if-none-match': etag } });
  let sequence = 0;
  const ideas = await load({
    ...base,
    requests: [
      {
        method: 'POST',
        path: '/v1/ideas',
        headers: { authorization: `Bearer ${ready.publishableKey}`, 'content-type': 'application/json' },
        body: IDEA,
        setupRequest: (request) => {
          sequence += 1;
          return { ...request, headers: { ...request.headers, 'idempotency-key': `bench-${process.pid}-${sequence}` } };
        },
      },
    ],
  });
  return { events, eventsCached, ideas };
}

/** Reads the events page and its ETag from a running server. */
async function eventsPage(ready: ServerReady): Promise<{ body: string; etag: string }> {
  const response = await fetch(`${ready.url}${EVENTS_PATH}`);
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${EVENTS_PATH} answered ${response.status}: ${body.slice(0, 200)}`);
  return { body, etag: response.headers.get('etag') ?? '' };
}

async function postgresReachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs the API section: PGlite, then the bare baseline, then PostgreSQL. */
export async function benchApi(options: ApiBenchOptions, log: (line: string) => void): Promise<ApiResults> {
  const results: ApiResults = {
    options: { durationSeconds: options.duration, connections: options.connections },
    scenarios: SCENARIOS,
    targets: {},
    notes: [],
  };
  const dir = mkdtempSync(join(tmpdir(), 'razem-bench-'));
  try {
    // PGlite first: its events page becomes the body the bare handler serves.
    log('api: Razem on PGlite');
    const pglite = await startServer(['pglite']);
    let page: { body: string; etag: string };
    try {
      page = await eventsPage(pglite.ready);
      results.targets.pglite = await scenarios(pglite.ready, options, page.etag);
    } finally {
      await pglite.stop();
    }

    log('api: bare Hono handler');
    const bodyFile = join(dir, 'events.json');
    writeFileSync(bodyFile, page.body);
    const bare = await startServer(['bare', bodyFile]);
    try {
      results.targets.bare = await scenarios(bare.ready, options, (await eventsPage(bare.ready)).etag);
    } finally {
      await bare.stop();
    }

    const unreachable = await postgresReachable(options.postgresUrl);
    if (unreachable) {
      results.notes.push(`PostgreSQL at ${redact(options.postgresUrl)} was unreachable (${unreachable}); its rows are skipped.`);
    } else {
      log('api: Razem on PostgreSQL');
      const postgres = await startServer(['postgres', options.postgresUrl]);
      try {
        results.targets.postgres = await scenarios(postgres.ready, options, (await eventsPage(postgres.ready)).etag);
      } finally {
        await postgres.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** A connection string without its password, for the report. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
