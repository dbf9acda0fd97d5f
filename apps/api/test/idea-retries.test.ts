/**
 * Retries of one idea as the idea form makes them: from a second tab with the same draft, after
 * days offline, with a fresh anti-spam token on every attempt. However much an attempt differs in
 * its spam signals, one `Idempotency-Key` stores one idea and answers every retry with its
 * receipt; retries and refused bodies leave the submission budget alone.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { call, describeEachBackend, ideaBody } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;
/** How far the servers' clock runs ahead of the real one. */
let offset = 0;
/** Single-use tokens, as Turnstile issues them: each passes verification once. */
const spent = new Set<string>();
const fresh = () => `fresh-${randomUUID()}`;
const verifyChallenge = async (token: string | undefined): Promise<boolean> => {
  if (!token?.startsWith('fresh-') || spent.has(token)) return false;
  spent.add(token);
  return true;
};

describeEachBackend(
  'retried idea submissions',
  (server) => {
    const countIdeas = async (title: string) =>
      (await server().database.query<{ n: number }>('SELECT count(*)::int AS n FROM ideas WHERE title = $1', [title])).rows[0]!.n;
    const send = (key: string, overrides: Record<string, unknown>) =>
      call(server(), '/v1/ideas', { method: 'POST', key: server().publishableKey, headers: { 'idempotency-key': key }, body: ideaBody(overrides) });

    it('answers the same draft from a second tab with the first receipt, whatever its spam signals', async () => {
      const key = randomUUID();
      const title = `Dwie karty ${key.slice(0, 8)}`;
      const first = await send(key, { title, spam: { fillTimeMs: 4000, token: fresh() } });
      expect(first.status).toBe(201);
      // The second tab measured its own fill time and asked for its own token.
      for (const spam of [{ fillTimeMs: 61_000, token: fresh() }, { honeypot: '' }, undefined]) {
        const again = await send(key, { title, spam });
        expect(again.status, JSON.stringify(spam)).toBe(201);
        expect(again.headers.get('idempotent-replayed')).toBe('true');
        expect(again.body.trackingCode).toBe(first.body.trackingCode);
      }
      expect(await countIdeas(title)).toBe(1);
      // The idea itself still has to be the same one.
      const edited = await send(key, { title: `${title} (zmieniony)`, spam: { fillTimeMs: 9000, token: fresh() } });
      expect(edited.status).toBe(409);
      expect(edited.body.code).toBe('idempotency_conflict');
    });

    it('replays a stored key before checking the token: a spent single-use token does not refuse the retry', async () => {
      const key = randomUUID();
      const title = `Zgubiona odpowiedź ${key.slice(0, 8)}`;
      const token = fresh();
      const first = await send(key, { title, spam: { fillTimeMs: 9000, token } });
      expect(first.status).toBe(201);
      // The answer was lost; the SDK retries the very same request, token included.
      const retry = await send(key, { title, spam: { fillTimeMs: 9000, token } });
      expect(retry.status).toBe(201);
      expect(retry.body.trackingCode).toBe(first.body.trackingCode);
      expect(await countIdeas(title)).toBe(1);
      // A new idea still needs a token that passes.
      const reused = await send(randomUUID(), { title: `${title} bis`, spam: { fillTimeMs: 9000, token } });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('spam_rejected');
    });

    it('keeps an idea’s key for longer than the widget’s outbox keeps an idea (7 days)', async () => {
      const key = randomUUID();
      const title = `Tydzień offline ${key.slice(0, 8)}`;
      try {
        const first = await send(key, { title, spam: { fillTimeMs: 9000, token: fresh() } });
        expect(first.status).toBe(201);
        offset = 7 * DAY + 60_000;
        const week = await send(key, { title, spam: { fillTimeMs: 9000, token: fresh() } });
        expect(week.status).toBe(201);
        expect(week.headers.get('idempotent-replayed')).toBe('true');
        expect(week.body.trackingCode).toBe(first.body.trackingCode);
        expect(await countIdeas(title)).toBe(1);
      } finally {
        offset = 0;
      }
    });
  },
  { verifyChallenge, now: () => new Date(Date.now() + offset) },
);

describeEachBackend(
  'the submission budget',
  (server) => {
    const post = (body: Record<string, unknown>, key = randomUUID()) =>
      call(server(), '/v1/ideas', { method: 'POST', key: server().publishableKey, headers: { 'idempotency-key': key }, body });

    it('is spent on stored ideas only: refused bodies and replays are free', async () => {
      for (let i = 0; i < 3; i++) expect((await post(ideaBody({ title: 'abc' }))).status).toBe(422);
      const key = randomUUID();
      expect((await post(ideaBody(), key)).status).toBe(201);
      for (let i = 0; i < 3; i++) {
        const replay = await post(ideaBody(), key);
        expect(replay.status).toBe(201);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
      }
      expect((await post(ideaBody({ title: 'Drugi pomysł z tego samego adresu' }))).status).toBe(201);
      const third = await post(ideaBody({ title: 'Trzeci pomysł z tego samego adresu' }));
      expect(third.status).toBe(429);
      expect(third.body.code).toBe('rate_limited');
    });
  },
  { rateLimits: { ideas: { points: 2, durationSeconds: 600 } } },
);
