/**
 * Runs the API on Node's HTTP server with a graceful shutdown: stop accepting, let in-flight
 * requests finish (bounded by a grace period), then release Redis and the database.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions, type RazemApp } from './app.js';
import { openDatabase, type Database, type DatabaseTarget } from './db/database.js';
import { migrate } from './db/migrate.js';
import { purgeExpiredIdempotencyRecords } from './http/idempotency.js';
import { ensureDevKeys } from './keys.js';
import { seed as seedDatabase, type SeedResult } from './seed/index.js';

/** A listening server. */
export interface RunningServer {
  /** `http://host:port`, no trailing slash. */
  url: string;
  port: number;
  app: RazemApp;
  database: Database;
  /** Graceful shutdown; resolves when requests have finished and everything is closed. */
  close(): Promise<void>;
}

/** Options of `startServer`. */
export interface StartServerOptions extends Omit<AppOptions, 'database'> {
  database: DatabaseTarget | Database;
  port?: number;
  host?: string;
  /** Seed an empty database (default true). */
  seed?: boolean;
  /** Longest wait for in-flight requests on shutdown, ms (default 10 s). */
  shutdownGraceMs?: number;
  /** Called after the database is closed during `close()` (test schemas drop themselves here). */
  afterClose?: () => Promise<void>;
}

function isDatabase(value: StartServerOptions['database']): value is Database {
  return typeof (value as Database).query === 'function';
}

/** Migrates, seeds (if empty), ensures dev keys with `dev`, and listens. */
export async function startServer(options: StartServerOptions): Promise<RunningServer & { seeded: SeedResult | null }> {
  const database = isDatabase(options.database) ? options.database : await openDatabase(options.database);
  try {
    await migrate(database);
    const seeded = options.seed === false ? null : await seedDatabase(database, { now: options.now?.() ?? new Date() });
    if (options.dev) await ensureDevKeys(database);
    const app = createApp({ ...options, database });
    const running = await listen(app, database, options);
    return { ...running, seeded };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

async function listen(
  app: RazemApp,
  database: Database,
  options: Pick<StartServerOptions, 'port' | 'host' | 'shutdownGraceMs' | 'afterClose'>,
): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const { server, info } = await new Promise<{ server: Server; info: AddressInfo }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, (info) =>
      resolve({ server, info }),
    ) as Server;
    server.once('error', reject);
  });
  const urlHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  // Expired idempotency records are ignored on lookup; this only keeps the table small. Every
  // instance may run it: the DELETE is idempotent, so no coordination is needed.
  const purge = setInterval(() => {
    purgeExpiredIdempotencyRecords(database, new Date()).catch(() => {});
  }, 60 * 60 * 1000);
  purge.unref();
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${info.port}`,
    port: info.port,
    app,
    database,
    close() {
      closing ??= (async () => {
        app.startDraining();
        clearInterval(purge);
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
          force.unref();
          // close() stops accepting and waits for in-flight requests; idle keep-alive sockets go now.
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        await app.close();
        await database.close();
        await options.afterClose?.();
      })();
      return closing;
    },
  };
}
