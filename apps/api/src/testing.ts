/**
 * `@razem/api/testing`: a real API server on 127.0.0.1 for other packages' tests (the SDK's Node
 * tests, the widgets' vitest globalSetup). In-memory PGlite by default; with `databaseUrl`, a fresh
 * PostgreSQL schema per server, dropped on close, so parallel runs never collide.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { openDatabase, quoteIdent, type Database } from './db/database.js';
import { createKey, revokeKeyByValue, type CreateKeyOptions } from './keys.js';
import type { ChallengeVerifier } from './http/context.js';
import type { RateLimits } from './http/rate-limit.js';
import { startServer } from './server.js';

/** A running test server and what tests need to talk to it. */
export interface TestServer {
  /** e.g. `http://127.0.0.1:43123` (no trailing slash). */
  url: string;
  /** Allowed origins: `http://localhost:*`, `http://127.0.0.1:*` and any extra given. */
  publishableKey: string;
  secretKey: string;
  /** Site of the publishable key (the `sourceSite` of ideas sent with it). */
  site: string;
  /** The server's database, for assertions (parameterised `query()`). */
  database: Database;
  createKey(opts: CreateKeyOptions): Promise<string>;
  revokeKey(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Options of `startTestServer`. */
export interface TestServerOptions {
  /** PostgreSQL URL; default: in-memory PGlite. */
  databaseUrl?: string;
  redisUrl?: string;
  /** Seed partners, events and ideas (default true). */
  seed?: boolean;
  /** Extra allowed origins for the publishable key. */
  origins?: string[];
  /** Default: generous, so tests aren't throttled. */
  rateLimits?: Partial<RateLimits>;
  /** Clock for seed dates and "upcoming" events. */
  now?: () => Date;
  /** Log level of the server (default `silent`). */
  logLevel?: string;
  /** Checks anti-spam tokens of idea submissions (default: no check). */
  verifyChallenge?: ChallengeVerifier;
}

/** Site of the test publishable key. */
export const TEST_SITE = 'test.razem.example';

const GENEROUS: RateLimits = {
  default: { points: 1_000_000, durationSeconds: 60 },
  ideas: { points: 1_000_000, durationSeconds: 60 },
};

/** Hours after which a leftover test schema (from a killed run) is dropped by the next run. */
const STALE_SCHEMA_HOURS = 6;

/** The machine's PostgreSQL for tests: `TEST_DATABASE_URL`, default the local `test` database. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when `url` answers `SELECT 1` within 3 s. */
export async function postgresReachable(url: string = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A schema of its own in a test database. */
export interface IsolatedSchema {
  /** `razem_test_<random>`. */
  name: string;
  /** The database URL with `options=-c search_path=<name>`, for processes that only take a URL. */
  url: string;
  drop(): Promise<void>;
}

async function runSql(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates `razem_test_<random>` in `url`'s database, commented with its creation time so that a
 * later run drops it if this one is killed; drops such leftovers older than a few hours.
 */
export async function createIsolatedSchema(url: string = TEST_DATABASE_URL): Promise<IsolatedSchema> {
  const name = `razem_test_${randomBytes(6).toString('hex')}`;
  await runSql(url, `CREATE SCHEMA ${quoteIdent(name)}; COMMENT ON SCHEMA ${quoteIdent(name)} IS 'razem test ${new Date().toISOString()}'`);
  // Best effort: remove schemas that crashed runs left behind long ago.
  const { rows } = await runSql(
    url,
    `SELECT nspname, obj_description(oid, 'pg_namespace') AS comment FROM pg_namespace WHERE nspname LIKE 'razem\\_test\\_%'`,
  );
  for (const row of rows as { nspname: string; comment: string | null }[]) {
    const created = Date.parse(row.comment?.replace('razem test ', '') ?? '');
    if (Number.isFinite(created) && Date.now() - created > STALE_SCHEMA_HOURS * 3600_000) {
      await runSql(url, `DROP SCHEMA IF EXISTS ${quoteIdent(row.nspname)} CASCADE`).catch(() => {});
    }
  }
  const withPath = new URL(url);
  withPath.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: withPath.toString(),
    drop: async () => void (await runSql(url, `DROP SCHEMA IF EXISTS ${quoteIdent(name)} CASCADE`)),
  };
}

/** Starts a seeded API server on a free loopback port with a publishable and a secret key. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let afterClose: (() => Promise<void>) | undefined;
  let database: Database;
  if (options.databaseUrl) {
    const isolated = await createIsolatedSchema(options.databaseUrl);
    afterClose = isolated.drop;
    try {
      database = await openDatabase({ kind: 'postgres', url: options.databaseUrl, schema: isolated.name, poolSize: 5 });
    } catch (error) {
      await isolated.drop().catch(() => {});
      throw error;
    }
  } else {
    database = await openDatabase({ kind: 'pglite' });
  }
  const server = await startServer({
    database,
    port: 0,
    host: '127.0.0.1',
    seed: options.seed ?? true,
    rateLimits: { ...GENEROUS, ...options.rateLimits },
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    rateLimitPrefix: `razem-test-${randomBytes(4).toString('hex')}`,
    ...(options.now ? { now: options.now } : {}),
    ...(options.verifyChallenge ? { verifyChallenge: options.verifyChallenge } : {}),
    logger: pino({ level: options.logLevel ?? 'silent' }),
    shutdownGraceMs: 5000,
    ...(afterClose ? { afterClose } : {}),
  });
  const publishable = await createKey(database, {
    kind: 'publishable',
    site: TEST_SITE,
    origins: ['http://localhost:*', 'http://127.0.0.1:*', ...(options.origins ?? [])],
  });
  const secret = await createKey(database, { kind: 'secret', name: 'test admin' });
  return {
    url: server.url,
    publishableKey: publishable.key,
    secretKey: secret.key,
    site: TEST_SITE,
    database,
    createKey: async (opts) => (await createKey(database, opts)).key,
    async revokeKey(key) {
      if (!(await revokeKeyByValue(database, key))) throw new Error('No such active key');
    },
    close: () => server.close(),
  };
}

export type { Database } from './db/database.js';
export type { RateLimits, RateLimitRule } from './http/rate-limit.js';
export type { CreateKeyOptions } from './keys.js';
