/** Idea submissions and consent records: receipts, status, idempotency, spam signals, validation. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { IdeaPublicStatus, IdeaReceipt, Problem } from '@razem/contract';
import { call, describeEachBackend, ideaBody } from './helpers.js';

describeEachBackend('ideas and consents', (server) => {
  const countIdeas = async (title: string) =>
    (await server().database.query<{ n: number }>('SELECT count(*)::int AS n FROM ideas WHERE title = $1', [title])).rows[0]!.n;

  describe('submission', () => {
    it('returns a tracking code whose public status shows no personal data', async () => {
      const title = `Pomysł ${randomUUID().slice(0, 8)}: ogród społeczny`;
      const submitted = await call(server(), '/v1/ideas', { method: 'POST', key: server().publishableKey, body: ideaBody({ title }) });
      expect(submitted.status).toBe(201);
      expect(z.safeParse(IdeaReceipt, submitted.body).success).toBe(true);
      expect(submitted.body.status).toBe('received');
      expect(submitted.headers.get('location')).toBe(`/v1/ideas/status/${submitted.body.trackingCode}`);

      const status = await call(server(), `/v1/ideas/status/${submitted.body.trackingCode}`);
      expect(status.status).toBe(200);
      expect(z.safeParse(IdeaPublicStatus, status.body).success).toBe(true);
      expect(status.body).toMatchObject({ trackingCode: submitted.body.trackingCode, title, status: 'received' });
      expect(status.text).not.toContain('anna.testowa');
      expect(status.text).not.toContain('Anna');
      expect(status.headers.get('cache-control')).toBe('private, max-age=30');

      const { rows } = await server().database.query<{ source_site: string; suspected_spam: boolean; email: string }>(
        'SELECT source_site, suspected_spam, email FROM ideas WHERE tracking_code = $1',
        [submitted.body.trackingCode],
      );
      expect(rows[0]).toEqual({ source_site: server().site, suspected_spam: false, email: 'anna.testowa@example.org' });
    });

    it('accepts tracking codes typed in lower case or with look-alike letters', async () => {
      const { body } = await call(server(), '/v1/ideas', { method: 'POST', key: server().publishableKey, body: ideaBody() });
      const code: string = body.trackingCode;
      const spoken = code.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
      const status = await call(server(), `/v1/ideas/status/${spoken}`);
      expect(status.status).toBe(200);
      expect(status.body.trackingCode).toBe(code);
      const unknown = await call(server(), '/v1/ideas/status/RZM-ZZZZ-ZZZZ');
      expect(unknown.status).toBe(404);
      const malformed = await call(server(), '/v1/ideas/status/ABC');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0].path).toBe('trackingCode');
    });

    it('replays the first response for a retried Idempotency-Key and stores one row', async () => {
      const title = `Idempotentny pomysł ${randomUUID().slice(0, 8)}`;
      const key = randomUUID();
      const send = () =>
        call(server(), '/v1/ideas', {
          method: 'POST',
          key: server().publishableKey,
          headers: { 'idempotency-key': key },
          body: ideaBody({ title }),
        });
      const first = await send();
      const second = await send();
      const third = await send();
      expect(first.status).toBe(201);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      for (const retry of [second, third]) {
        expect(retry.status).toBe(201);
        expect(retry.body).toEqual(first.body);
        expect(retry.headers.get('idempotent-replayed')).toBe('true');
        expect(retry.headers.get('location')).toBe(first.headers.get('location'));
      }
      expect(await countIdeas(title)).toBe(1);
    });

    it('stores once when the same key arrives concurrently', async () => {
      const title = `Równoległy pomysł ${randomUUID().slice(0, 8)}`;
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          call(server(), '/v1/ideas', {
            method: 'POST',
            key: server().publishableKey,
            headers: { 'idempotency-key': key },
            body: ideaBody({ title }),
          }),
        ),
      );
      for (const r of responses) {
        // Either the replayed receipt or "still running, retry" — never a second idea or a 5xx.
        expect([201, 409]).toContain(r.status);
        if (r.status === 201) expect(r.body.trackingCode).toBe(responses.find((x) => x.status === 201)!.body.trackingCode);
        else expect(r.body.code).toBe('idempotency_in_progress');
      }
      expect(await countIdeas(title)).toBe(1);
    });

    it('refuses the same key with a different body (409 idempotency_conflict) and stores nothing new', async () => {
      const key = randomUUID();
      const title = `Konflikt ${randomUUID().slice(0, 8)}`;
      const first = await call(server(), '/v1/ideas', {
        method: 'POST',
        key: server().publishableKey,
        headers: { 'idempotency-key': key },
        body: ideaBody({ title }),
      });
      expect(first.status).toBe(201);
      const conflict = await call(server(), '/v1/ideas', {
        method: 'POST',
        key: server().publishableKey,
        headers: { 'idempotency-key': key },
        body: ideaBody({ title: `${title} (zmieniony)` }),
      });
      expect(conflict.status).toBe(409);
      expect(conflict.body.code).toBe('idempotency_conflict');
      expect(conflict.body.detail).toMatch(/different request/);
      expect(await countIdeas(`${title} (zmieniony)`)).toBe(0);
      const badKey = await call(server(), '/v1/ideas', {
        method: 'POST',
        key: server().publishableKey,
        headers: { 'idempotency-key': 'short' },
        body: ideaBody(),
      });
      expect(badKey.status).toBe(400);
      expect(badKey.body.errors[0].path).toBe('Idempotency-Key');
    });

    it('answers a filled honeypot like a success but stores nothing', async () => {
      const title = `Bot ${randomUUID().slice(0, 8)} kup tanio`;
      const response = await call(server(), '/v1/ideas', {
        method: 'POST',
        key: server().publishableKey,
        body: ideaBody({ title, spam: { honeypot: 'http://spam.example', fillTimeMs: 400 } }),
      });
      expect(response.status).toBe(201);
      expect(z.safeParse(IdeaReceipt, response.body).success).toBe(true);
      expect(await countIdeas(title)).toBe(0);
      const status = await call(server(), `/v1/ideas/status/${response.body.trackingCode}`);
      expect(status.status).toBe(404);
    });

    it('stores a form filled in under 3 s but flags it as suspected spam', async () => {
      const title = `Szybki pomysł ${randomUUID().slice(0, 8)}`;
      const response = await call(server(), '/v1/ideas', {
        method: 'POST',
        key: server().publishableKey,
        body: ideaBody({ title, spam: { fillTimeMs: 1200 } }),
      });
      expect(response.status).toBe(201);
      const { rows } = await server().database.query<{ suspected_spam: boolean }>(
        'SELECT suspected_spam FROM ideas WHERE title = $1',
        [title],
      );
      expect(rows).toEqual([{ suspected_spam: true }]);
    });

    it('accepts a secret key (server integrations) and records its name as the source', async () => {
      const response = await call(server(), '/v1/ideas', { method: 'POST', key: server().secretKey, body: ideaBody() });
      expect(response.status).toBe(201);
      const { rows } = await server().database.query<{ source_site: string }>(
        'SELECT source_site FROM ideas WHERE tracking_code = $1',
        [response.body.trackingCode],
      );
      expect(rows[0]!.source_site).toBe('test admin');
    });
  });

  describe('validation', () => {
    const post = (init: Parameters<typeof call>[2]) => call(server(), '/v1/ideas', { method: 'POST', key: server().publishableKey, ...init });

    const expectProblem = (response: Awaited<ReturnType<typeof call>>, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(z.safeParse(Problem, response.body).success).toBe(true);
      expect(response.body.code).toBe(code);
      expect(response.body.type).toBe(`/problems/${code.replaceAll('_', '-')}`);
    };

    it('names every unknown field (422)', async () => {
      const response = await post({ body: ideaBody({ phone: '123', nested: { a: 1 } }) });
      expectProblem(response, 422, 'validation_failed');
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'phone', message: 'Unknown field "phone"' }),
          expect.objectContaining({ path: 'nested', message: 'Unknown field "nested"' }),
        ]),
      );
      const nestedUnknown = await post({ body: ideaBody({ spam: { fillTimeMs: 5000, robot: true } }) });
      expect(nestedUnknown.body.errors).toEqual([expect.objectContaining({ path: 'spam.robot' })]);
    });

    it('names invalid fields with dotted paths', async () => {
      const response = await post({ body: ideaBody({ email: 'not-an-email', title: 'abc', privacyConsent: false }) });
      expectProblem(response, 422, 'validation_failed');
      const paths = response.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['email', 'title', 'privacyConsent']));
      expect(response.body.errors.find((e: { path: string }) => e.path === 'email').message).toMatch(/email/i);
    });

    it('413 for a body over 64 KB, 415 for a wrong content type, 400 for malformed or empty JSON', async () => {
      expectProblem(await post({ body: ideaBody({ description: 'x'.repeat(70 * 1024) }) }), 413, 'payload_too_large');
      expectProblem(
        await post({ rawBody: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
        415,
        'unsupported_media_type',
      );
      expectProblem(await post({ rawBody: JSON.stringify(ideaBody()) }), 415, 'unsupported_media_type');
      const malformed = await post({ rawBody: '{"title": "x",', headers: { 'content-type': 'application/json' } });
      expectProblem(malformed, 400, 'invalid_json');
      expectProblem(await post({ rawBody: '', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
      expectProblem(await post({ rawBody: '[1,2]', headers: { 'content-type': 'application/json' } }), 422, 'validation_failed');
      expectProblem(await post({ rawBody: 'null', headers: { 'content-type': 'application/json; charset=utf-8' } }), 422, 'validation_failed');
    });

    it('counts characters as code points of NFC text, as the form’s counter does', async () => {
      const ogonek = 'a\u0328'; // „ą” typed as a letter and a combining mark: one character
      const atLimit = await post({ body: ideaBody({ description: ogonek.repeat(5000) }) });
      expect(atLimit.status).toBe(201);
      const { rows } = await server().database.query<{ description: string }>('SELECT description FROM ideas WHERE tracking_code = $1', [
        atLimit.body.trackingCode,
      ]);
      expect(rows[0]!.description).toBe('\u0105'.repeat(5000));
      const over = await post({ body: ideaBody({ description: ogonek.repeat(5001) }) });
      expectProblem(over, 422, 'validation_failed');
      expect(over.body.errors).toEqual([expect.objectContaining({ path: 'description', code: 'too_big' })]);
      // Emoji outside the Basic Multilingual Plane are two UTF-16 units but one character.
      expect((await post({ body: ideaBody({ description: '🌳'.repeat(5000) }) })).status).toBe(201);
      expectProblem(await post({ body: ideaBody({ description: '🌳'.repeat(5001) }) }), 422, 'validation_failed');
    });

    it('never answers a client mistake with a 5xx', async () => {
      const bodies: unknown[] = [
        {},
        { title: 12, description: [], category: null },
        ideaBody({ email: 'a@' }),
        ideaBody({ locale: 'xx' }),
        ideaBody({ spam: 'nope' }),
        ideaBody({ spam: { fillTimeMs: -5 } }),
        ideaBody({ title: '\u0000\u0000\u0000\u0000\u0000\u0000' }),
        ideaBody({ description: 'ą'.repeat(6000) }),
        'just a string',
        42,
      ];
      for (const body of bodies) {
        const response = await post({ body });
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBeLessThan(500);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      }
    });
  });

  describe('consents', () => {
    it('records proof of consent against the key’s site and lists it for staff', async () => {
      const consentId = randomUUID();
      const decision = {
        consentId,
        policyRevision: 3,
        choices: { necessary: true, preferences: true, analytics: false, marketing: false },
        method: 'custom',
        decidedAt: new Date().toISOString(),
        language: 'pl',
      };
      const first = await call(server(), '/v1/consents', { method: 'POST', key: server().publishableKey, body: decision });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ id: expect.any(String), receivedAt: expect.any(String) });
      const withdrawn = await call(server(), '/v1/consents', {
        method: 'POST',
        key: server().publishableKey,
        body: { ...decision, choices: { necessary: true }, method: 'reject_all' },
      });
      expect(withdrawn.status).toBe(201);
      const list = await call(server(), `/v1/admin/consents?consentId=${consentId}`, { key: server().secretKey });
      expect(list.status).toBe(200);
      expect(list.body.data.map((r: { method: string }) => r.method)).toEqual(['custom', 'reject_all']);
      expect(list.body.data[0]).toMatchObject({ site: server().site, policyRevision: 3, consentId });
    });

    it('refuses a refused "necessary" category and needs a key', async () => {
      const bad = await call(server(), '/v1/consents', {
        method: 'POST',
        key: server().publishableKey,
        body: {
          consentId: randomUUID(),
          policyRevision: 1,
          choices: { necessary: false },
          method: 'reject_all',
          decidedAt: new Date().toISOString(),
          language: 'en',
        },
      });
      expect(bad.status).toBe(422);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('choices.necessary');
      const keyless = await call(server(), '/v1/consents', { method: 'POST', body: {} });
      expect(keyless.status).toBe(401);
    });
  });
});
