/**
 * Exactly once across a crash (PostgreSQL): the API runs as its own process (the CLI's `serve`,
 * on a fresh schema) behind the fault proxy; hundreds of concurrent submissions go through the
 * SDK while the proxy injects faults, and the API is killed with SIGKILL mid-load and started
 * again on the same port. No acknowledged idea may be lost or doubled; a call may fail only while
 * the API was down, and must then succeed when its caller retries with the same key.
 */
import { createKey, migrate, openDatabase, type Database } from '@razem/api';
import { createIsolatedSchema, postgresReachable, TEST_DATABASE_URL, type IsolatedSchema } from '@razem/api/testing';
import { createRazemClient } from '@razem/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../../../packages/sdk/test/support/fault-proxy.js';
import { freePort, startApiProcess, type ApiProcess } from '../../src/api-process.js';
import { faultsApplied, planFaults, reconcile, submitAll, type Outcome, type StoredRow } from '../../src/load.js';
import { SEED, scaled } from '../../src/mode.js';
import { report } from '../../src/stats.js';

const available = await postgresReachable();
if (!available) {
  console.warn(
    `\n⚠ PostgreSQL at ${TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')} is unreachable: the SIGKILL test of the resilience suite is SKIPPED. Set TEST_DATABASE_URL to run it.\n`,
  );
}

// Per attempt; generous enough that load alone (250 calls in flight on a busy machine) does not
// time attempts out: only the injected delays, longer still, do.
const TIMEOUT_MS = 3000;

describe.skipIf(!available)('SIGKILL of the API mid-load [PostgreSQL]', () => {
  let schema: IsolatedSchema;
  let db: Database;
  let api: ApiProcess;
  let proxy: FaultProxy;
  let publishableKey: string;

  beforeAll(async () => {
    schema = await createIsolatedSchema();
    db = await openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL, schema: schema.name, poolSize: 2 });
    await migrate(db);
    publishableKey = (await createKey(db, { kind: 'publishable', site: 'resilience.example', origins: ['http://localhost:*'] })).key;
    // Each simulated visitor sends its own X-Forwarded-For through the proxy (one trusted hop), so
    // the production rate limits (10 ideas per visitor) apply per visitor as they would live.
    api = await startApiProcess({ port: await freePort(), env: { DATABASE_URL: schema.url, TRUST_PROXY_HOPS: '1' }, args: ['--no-seed'] });
    proxy = await startFaultProxy(api.url);
  }, 90_000);

  afterAll(async () => {
    await proxy?.close();
    await api?.stop();
    await db?.close();
    await schema?.drop();
  });

  it('loses and doubles nothing when the process dies and comes back on the same port', async ({ task }) => {
    const count = scaled(250);
    const run = `kill-${Date.now().toString(36)}`;
    // A fifth of the calls meet a fault besides the crash; eight retries make nine faults in a row
    // for one call (~5e-7) impossible in practice, so failures can only come from the outage.
    planFaults(proxy, { slots: count, faults: Math.round(count * 0.2), seed: SEED + 1, timeoutMs: TIMEOUT_MS });

    let killedAt = Infinity;
    let readyAt = Infinity;
    let crash: Promise<void> | undefined;
    const outcomes = await submitAll({
      baseUrl: proxy.url,
      publishableKey,
      run,
      count,
    // Hundreds at once; the long mode sends ten times as many, never more at once.
    concurrency: 250,
      visitors: true,
      client: { timeout: TIMEOUT_MS, totalTimeout: 60_000, retry: { limit: 8, backoffLimit: 1500 } },
      onSettled: (_, settled) => {
        // Kill once a third of the calls are acknowledged: the rest are in flight or queued.
        if (!crash && settled.filter((o) => o.receipt).length >= Math.floor(count / 3)) {
          crash = (async () => {
            killedAt = performance.now();
            await api.kill();
            await api.restart();
            readyAt = performance.now();
          })();
        }
      },
    });
    await crash;
    expect(crash, 'the API was never killed: the load finished too early').toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 800));

    // Calls may fail only around the outage, and their callers' retries with the same key succeed.
    const failed = outcomes.filter((o) => o.error);
    const outsideOutage = failed.filter((o) => o.settledAt < killedAt || o.settledAt > readyAt + 4 * TIMEOUT_MS);
    expect(outsideOutage.map((o) => `${o.title}: ${String(o.error)}`)).toEqual([]);
    const retried: Outcome[] = await Promise.all(
      failed.map(async (o) => {
        const razem = createRazemClient({
          baseUrl: proxy.url,
          publishableKey,
          fetch: (input: RequestInfo | URL, init?: RequestInit) => {
            const request = new Request(input, init);
            request.headers.set('x-forwarded-for', `10.0.${(o.index >> 8) & 255}.${o.index & 255}`);
            return fetch(request);
          },
        });
        return { ...o, error: undefined, receipt: await razem.ideas.submit(o.body, { idempotencyKey: o.idempotencyKey }) };
      }),
    );
    const final = outcomes.map((o) => retried.find((r) => r.index === o.index) ?? o);

    const rows = (await db.query<StoredRow>('SELECT title, tracking_code FROM ideas WHERE title LIKE $1', [`Odporność ${run} #%`])).rows;
    const result = reconcile(final, rows);
    const faults = faultsApplied(proxy);
    const duringOutage = proxy.requests.filter((r) => r.at >= killedAt && r.at <= readyAt).length;
    report(task.meta, {
      'exactly once across SIGKILL (PostgreSQL)': {
        submissions: count,
        'acknowledged during the load': outcomes.filter((o) => o.receipt).length,
        'requests while the API was down': duringOutage,
        'calls still open at the kill': outcomes.filter((o) => o.settledAt >= killedAt).length,
        'failed while the API was down': failed.length,
        'retried by the caller after restart': retried.length,
        acknowledged: result.acknowledged,
        stored: rows.length,
        kills: 1,
        restarts: 1,
        'faults injected': faults,
      },
    });
    expect(result.duplicates).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(result.acknowledged).toBe(count);
    expect(rows).toHaveLength(count);
    // The outage was real: requests arrived while nothing listened (the proxy answered 502).
    expect(duringOutage).toBeGreaterThan(0);
  });
});
