#!/usr/bin/env node
/**
 * `razem-api` command line: serve, migrate, seed and manage keys. `DATABASE_URL` selects
 * PostgreSQL; otherwise embedded PGlite persisted to `--data-dir` (or in memory with `--memory`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database, type DatabaseTarget } from './db/database.js';
import { migrate, migrationsDir } from './db/migrate.js';
import { createKey, DEV_KEYS, listKeys, revokeKeyByPrefix } from './keys.js';
import { seed } from './seed/index.js';
import { startServer } from './server.js';

/* eslint-disable no-console -- a command line talks to people through the console */

const USAGE = `Usage: razem-api <command> [options]

Commands:
  serve [--port 8787] [--host 127.0.0.1] [--data-dir DIR | --memory] [--dev] [--no-seed]
      Migrate, seed an empty database, and serve the API until SIGINT/SIGTERM.
  migrate [--data-dir DIR]            Apply pending SQL migrations.
  seed [--data-dir DIR]               Seed partners, events and ideas into an empty database.
  keys create --kind publishable --site SITE --origin ORIGIN [--origin ORIGIN…]
  keys create --kind secret --name NAME
      Create a key and print it once (only its hash is stored).
  keys revoke PREFIX                  Revoke the key whose prefix (e.g. rzm_pk_AbCd1234) matches.
  keys list                           List keys (prefix, kind, site or name, origins, state).

Environment:
  DATABASE_URL   PostgreSQL connection string (otherwise embedded PGlite)
  REDIS_URL      Shared rate-limit counters for several instances
  PORT, HOST     Defaults for --port and --host
  LOG_LEVEL      pino level (info)
  TRUST_PROXY_HOPS            Proxies whose X-Forwarded-For is trusted (0)
  IDEA_CHALLENGE_VERIFY_URL   Turnstile-style siteverify URL (off when unset)
  IDEA_CHALLENGE_SECRET       Secret sent to that URL`;

const defaultDataDir = () => resolve(migrationsDir(), '..', '.data', 'pglite');

/** The PGlite data directory is single-process: a lock file keeps the CLI off a running server's data. */
function lockPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}.lock`;
}

function assertUnlocked(dataDir: string): void {
  const path = lockPath(dataDir);
  if (!existsSync(path)) return;
  const pid = Number(readFileSync(path, 'utf8').trim());
  try {
    if (pid && pid !== process.pid) {
      process.kill(pid, 0);
      throw new Error(
        `A server (pid ${pid}) is using ${dataDir}. Stop it first, or use DATABASE_URL (PostgreSQL) to run several processes.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  rmSync(path, { force: true });
}

function databaseTarget(values: { 'data-dir'?: string | undefined; memory?: boolean | undefined }): DatabaseTarget {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  if (values.memory) return { kind: 'pglite' };
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  assertUnlocked(dataDir);
  return { kind: 'pglite', dataDir };
}

function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'postgres') return `PostgreSQL ${new URL(target.url).host}${new URL(target.url).pathname}`;
  return target.dataDir ? `PGlite at ${target.dataDir}` : 'PGlite in memory';
}

async function withDatabase<T>(target: DatabaseTarget, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(target);
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8787' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
      'data-dir': { type: 'string' },
      memory: { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port ${values.port}`);
  const target = databaseTarget(values);
  const lock = target.kind === 'pglite' && target.dataDir ? lockPath(target.dataDir) : null;
  if (lock) {
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, String(process.pid));
  }
  const server = await startServer({
    database: target,
    port,
    host: values.host,
    dev: values.dev,
    seed: !values['no-seed'],
    logLevel: process.env.LOG_LEVEL ?? 'info',
    trustProxyHops: Number(process.env.TRUST_PROXY_HOPS ?? '0') || 0,
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    ...(process.env.IDEA_CHALLENGE_VERIFY_URL
      ? { challengeVerifyUrl: process.env.IDEA_CHALLENGE_VERIFY_URL, challengeSecret: process.env.IDEA_CHALLENGE_SECRET ?? '' }
      : {}),
  }).catch((error: unknown) => {
    if (lock) rmSync(lock, { force: true });
    throw error;
  });
  console.log(`Razem API on ${server.url} (${describeTarget(target)})`);
  if (server.seeded?.seeded) {
    console.log(`Seeded ${server.seeded.partners} partners, ${server.seeded.events} events, ${server.seeded.ideas} ideas`);
  }
  if (values.dev) {
    console.log(`Development keys (accepted only with --dev):`);
    console.log(`  publishable ${DEV_KEYS.publishable}  origins ${DEV_KEYS.origins.join(' ')}`);
    console.log(`  secret      ${DEV_KEYS.secret}`);
  }
  console.log(`Try: curl ${server.url}/v1/events   ·   ${server.url}/v1/events.ics   ·   ${server.url}/openapi.json`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: finishing in-flight requests…`);
    server
      .close()
      .then(() => {
        if (lock) rmSync(lock, { force: true });
        console.log('Stopped cleanly');
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function keys(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      site: { type: 'string' },
      origin: { type: 'string', multiple: true },
      name: { type: 'string' },
      'data-dir': { type: 'string' },
      memory: { type: 'boolean', default: false },
    },
  });
  const target = databaseTarget(values);
  await withDatabase(target, async (db) => {
    if (sub === 'create') {
      if (values.kind === 'publishable') {
        if (!values.site || !values.origin?.length) throw new Error('Publishable keys need --site and at least one --origin');
        const { key, record } = await createKey(db, { kind: 'publishable', site: values.site, origins: values.origin });
        console.log(key);
        console.error(`Publishable key for ${record.site}, origins ${record.origins.join(' ')}. Shown once; store it now.`);
      } else if (values.kind === 'secret') {
        if (!values.name) throw new Error('Secret keys need --name');
        const { key, record } = await createKey(db, { kind: 'secret', name: values.name });
        console.log(key);
        console.error(`Secret key "${record.name}". Shown once; keep it on servers only.`);
      } else {
        throw new Error('Give --kind publishable or --kind secret');
      }
    } else if (sub === 'revoke') {
      const prefix = positionals[0];
      if (!prefix) throw new Error('Give the key prefix to revoke, e.g. rzm_pk_AbCd1234');
      const record = await revokeKeyByPrefix(db, prefix);
      console.log(`Revoked ${record.kind} key ${record.prefix}… (${record.site ?? record.name})`);
    } else if (sub === 'list') {
      for (const key of await listKeys(db)) {
        const who = key.kind === 'publishable' ? `${key.site} ${key.origins.join(' ')}` : key.name;
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : key.devOnly ? 'active (--dev only)' : 'active';
        console.log(`${key.prefix}…  ${key.kind.padEnd(11)}  ${state.padEnd(20)}  ${who}`);
      }
    } else {
      throw new Error(`Unknown keys command "${sub ?? ''}"`);
    }
  });
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      return serve(args);
    case 'migrate': {
      const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } } });
      const target = databaseTarget(values);
      const db = await openDatabase(target);
      try {
        const applied = await migrate(db);
        console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Nothing to migrate');
      } finally {
        await db.close();
      }
      return;
    }
    case 'seed': {
      const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } } });
      await withDatabase(databaseTarget(values), async (db) => {
        const result = await seed(db);
        console.log(
          result.seeded
            ? `Seeded ${result.partners} partners, ${result.events} events, ${result.ideas} ideas`
            : 'The database already has data; nothing seeded',
        );
      });
      return;
    }
    case 'keys':
      return keys(args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return;
    default:
      throw new Error(`Unknown command "${command}"\n\n${USAGE}`);
  }
}

// `pnpm run dev -- --memory` passes the `--` through; it means nothing here.
main(process.argv.slice(2).filter((arg) => arg !== '--')).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
