/**
 * Exactly once under faults (PGlite, in process): hundreds of concurrent submissions through the
 * SDK, with the fault proxy dropping connections before and after the API, cutting answers
 * mid-body, delaying attempts past the client's timeout (and delivering them anyway) and answering
 * 502/503. Every call must end acknowledged, and every acknowledged idea must be stored once.
 */
import { startTestServer, type TestServer } from '@razem/api/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../../../packages/sdk/test/support/fault-proxy.js';
import { faultsApplied, planFaults, reconcile, submitAll, type StoredRow } from '../../src/load.js';
import { SEED, scaled } from '../../src/mode.js';
import { report } from '../../src/stats.js';

let api: TestServer;
let proxy: FaultProxy;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
  proxy = await startFaultProxy(api.url);
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await api?.close();
});

// Long enough that 250 calls in flight on one PGlite never time out by load alone: only the
// injected delays (longer still) do.
const TIMEOUT_MS = 4000;

it('stores every acknowledged idea exactly once while connections drop, stall and break', async ({ task }) => {
  const count = scaled(250);
  const run = `pglite-${Date.now().toString(36)}`;
  // As many rules as calls: every planned fault is met, by a first attempt or a retry. A quarter
  // of them faulty and eight retries: nine faults in a row for one call (~4e-6) never happens.
  const planned = Math.round(count * 0.25);
  planFaults(proxy, { slots: count, faults: planned, seed: SEED, timeoutMs: TIMEOUT_MS });

  const outcomes = await submitAll({
    baseUrl: proxy.url,
    publishableKey: api.publishableKey,
    run,
    count,
    // Hundreds at once; the long mode sends ten times as many, never more at once.
    concurrency: 250,
    client: { timeout: TIMEOUT_MS, totalTimeout: 60_000, retry: { limit: 8, backoffLimit: 1000 } },
  });
  // Attempts the client abandoned may still be on their way to the API.
  await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 800));

  const rows = (await api.database.query<StoredRow>('SELECT title, tracking_code FROM ideas WHERE title LIKE $1', [`Odporność ${run} #%`])).rows;
  const result = reconcile(outcomes, rows);
  const failures = outcomes.filter((o) => o.error).map((o) => `${o.title}: ${String(o.error)}`);
  const faults = faultsApplied(proxy);
  report(task.meta, {
    'exactly once (PGlite)': { submissions: count, acknowledged: result.acknowledged, stored: rows.length, 'faults injected': faults },
  });

  expect(failures).toEqual([]);
  expect(result.duplicates).toEqual([]);
  expect(result.lost).toEqual([]);
  expect(result.acknowledged).toBe(count);
  expect(rows).toHaveLength(count);
  // The plan was applied: a run without faults would prove nothing.
  expect(Object.values(faults).reduce((a, b) => a + b, 0)).toBe(planned);
});
