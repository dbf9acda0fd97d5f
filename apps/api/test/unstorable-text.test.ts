/**
 * Text PostgreSQL cannot store (NUL, unpaired UTF-16 surrogates in jsonb) is refused naming the
 * field, instead of failing in the database as a 400 without `errors`. Found by the resilience
 * suite's fuzzing (apps/resilience).
 */
import { expect, it } from 'vitest';
import { call, describeEachBackend, ideaBody } from './helpers.js';

describeEachBackend('text the database cannot store', (server) => {
  it('refuses NUL in a body field, naming it', async () => {
    const response = await call(server(), '/v1/ideas', { method: 'POST', key: server().publishableKey, body: ideaBody({ title: 'Tytuł\u0000z NUL' }) });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([{ path: 'title', message: expect.any(String), code: 'invalid_characters' }]);
  });

  it('refuses an unpaired surrogate in localized text, naming the language', async () => {
    const partner = {
      id: 'surrogat',
      name: 'Fundacja',
      shortName: 'F',
      kind: 'foundation',
      role: 'member',
      description: { pl: 'Opis \ud800 bez pary' },
    };
    const response = await call(server(), '/v1/admin/partners', { method: 'POST', key: server().secretKey, body: partner });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['description.pl']);
  });

  it('refuses NUL in a query parameter with 400 naming it', async () => {
    const response = await call(server(), '/v1/admin/ideas?q=a%00b', { key: server().secretKey });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['q']);
  });

  it('keeps accepting emoji and other well-formed text', async () => {
    const response = await call(server(), '/v1/ideas', {
      method: 'POST',
      key: server().publishableKey,
      body: ideaBody({ title: 'Rodzinny piknik 👩‍👩‍👧‍👦 nad zalewem', description: 'Zielona energia ♻︎ i 𝕏 znaki spoza BMP, także ‮bidi‬.' }),
    });
    expect(response.status).toBe(201);
  });
});
