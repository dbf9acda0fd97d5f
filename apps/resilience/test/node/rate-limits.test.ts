/**
 * Rate limits under a burst of concurrent requests (a server with small limits): exactly the
 * budget gets through, the rest are 429 problems with Retry-After, nothing is a 5xx, a refused
 * submission stores nothing, and one client's burst does not spend another's budget.
 */
import { startTestServer, type TestServer } from '@razem/api/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkAnswer } from '../../src/answer-check.js';
import { rawClient, type RawClient, type RawResponse } from '../../src/raw-http.js';
import { scaled } from '../../src/mode.js';
import { report } from '../../src/stats.js';

const DEFAULT_POINTS = 40;
const IDEA_POINTS = 5;

let api: TestServer;
let client: RawClient;
beforeAll(async () => {
  api = await startTestServer({
    seed: false,
    rateLimits: { default: { points: DEFAULT_POINTS, durationSeconds: 600 }, ideas: { points: IDEA_POINTS, durationSeconds: 600 } },
  });
  client = rawClient(api.url);
}, 60_000);
afterAll(async () => {
  client?.close();
  await api?.close();
});

function tally(answers: RawResponse[], label: string) {
  const counts = { ok: 0, limited: 0 };
  for (const res of answers) {
    checkAnswer(res, { label, fields: new Set(), expect: { kind: 'any' } });
    if (res.status === 429) {
      counts.limited += 1;
      expect((res.json as { code: string }).code).toBe('rate_limited');
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } else {
      counts.ok += 1;
    }
  }
  return counts;
}

it('lets exactly the budget of a burst of reads through and refuses the rest with Retry-After', async ({ task }) => {
  const burst = scaled(150);
  const answers = await Promise.all(Array.from({ length: burst }, () => client.send({ method: 'GET', path: '/v1/partners' })));
  const counts = tally(answers, 'GET /v1/partners (burst)');
  expect(counts).toEqual({ ok: DEFAULT_POINTS, limited: burst - DEFAULT_POINTS });

  // The secret key has a bucket of its own: the keyless burst did not spend it.
  const admin = await client.send({ method: 'GET', path: '/v1/admin/ideas', headers: { authorization: `Bearer ${api.secretKey}` } });
  expect(admin.status).toBe(200);
  report(task.meta, { 'rate limits': { 'burst requests': burst, 'answered 429': counts.limited } });
});

it('stores only the ideas within the submission budget of a burst, and no refused one', async ({ task }) => {
  const burst = scaled(30);
  const answers = await Promise.all(
    Array.from({ length: burst }, (_, i) =>
      client.send({
        method: 'POST',
        path: '/v1/ideas',
        headers: { authorization: `Bearer ${api.publishableKey}`, 'content-type': 'application/json', 'idempotency-key': `burst-${i}-${Date.now()}` },
        body: JSON.stringify({
          title: `Seria ${i}: pomysł`,
          description: 'Jeden z wielu pomysłów wysłanych naraz przez automat.',
          category: 'other',
          authorRole: 'other',
          privacyNoticeVersion: '2025-01',
          privacyConsent: true,
        }),
      }),
    ),
  );
  const counts = tally(answers, 'POST /v1/ideas (burst)');
  expect(counts).toEqual({ ok: IDEA_POINTS, limited: burst - IDEA_POINTS });
  expect(answers.filter((r) => r.status === 201)).toHaveLength(IDEA_POINTS);
  const stored = await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ideas WHERE title LIKE 'Seria %'`);
  expect(stored.rows[0]!.n).toBe(IDEA_POINTS);
  report(task.meta, { 'rate limits': { 'burst requests': burst, 'answered 429': counts.limited } });
});
