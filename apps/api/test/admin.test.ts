/** Staff endpoints: idea review (filters, CSV, transitions, erasure) and event/partner management. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Event, IdeaAdminView, Partner } from '@razem/contract';
import { call, describeEachBackend, ideaBody } from './helpers.js';

describeEachBackend('admin', (server) => {
  const admin = (path: string, init: Parameters<typeof call>[2] = {}) => call(server(), path, { key: server().secretKey, ...init });
  const submit = async (overrides: Record<string, unknown> = {}) => {
    const response = await call(server(), '/v1/ideas', { method: 'POST', key: server().publishableKey, body: ideaBody(overrides) });
    expect(response.status).toBe(201);
    const list = await admin(`/v1/admin/ideas?q=${encodeURIComponent(String(overrides.title ?? ideaBody().title))}&limit=100`);
    return list.body.data.find((i: { trackingCode: string }) => i.trackingCode === response.body.trackingCode) as z.infer<typeof IdeaAdminView>;
  };

  describe('ideas', () => {
    it('lists ideas newest first with every field, and pages without duplicates', async () => {
      const first = await admin('/v1/admin/ideas?limit=3');
      expect(first.status).toBe(200);
      for (const idea of first.body.data) expect(z.safeParse(IdeaAdminView, idea).success).toBe(true);
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof call>> = await admin(`/v1/admin/ideas?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        ids.push(...page.body.data.map((i: { id: string }) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(ids).size).toBe(ids.length);
      const { rows } = await server().database.query<{ n: number }>('SELECT count(*)::int AS n FROM ideas');
      expect(ids.length).toBe(rows[0]!.n);
      const all = await admin('/v1/admin/ideas?limit=100');
      const received = all.body.data.map((i: { receivedAt: string }) => Date.parse(i.receivedAt));
      expect(received).toEqual([...received].sort((a, b) => b - a));
    });

    it('filters by status, category, author role, site, email, text and date', async () => {
      const marker = randomUUID().slice(0, 8);
      const idea = await submit({
        title: `Filtr ${marker} kino plenerowe`,
        category: 'culture',
        authorRole: 'youth',
        email: `filtr-${marker}@example.org`,
      });
      const checks: [string, (i: z.infer<typeof IdeaAdminView>) => boolean][] = [
        ['status=received', (i) => i.status === 'received'],
        ['category=culture', (i) => i.category === 'culture'],
        ['authorRole=youth', (i) => i.authorRole === 'youth'],
        [`sourceSite=${server().site}`, (i) => i.sourceSite === server().site],
        [`email=FILTR-${marker}@EXAMPLE.ORG`, (i) => i.email === `filtr-${marker}@example.org`],
        [`q=${marker}`, (i) => i.title.includes(marker)],
        [`receivedFrom=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`, (i) => Date.parse(i.receivedAt) > Date.now() - 120_000],
      ];
      for (const [query, predicate] of checks) {
        const { status, body } = await admin(`/v1/admin/ideas?${query}&limit=100`);
        expect(status, query).toBe(200);
        expect(body.data.length, query).toBeGreaterThan(0);
        expect(body.data.every(predicate), query).toBe(true);
        expect(body.data.map((i: { id: string }) => i.id), query).toContain(idea.id);
      }
      const seeded = await admin('/v1/admin/ideas?status=accepted&category=culture');
      expect(seeded.body.data.map((i: { title: string }) => i.title)).toContain('Opera na odkrywce');
      const bad = await admin('/v1/admin/ideas?status=lost&email=nope');
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'status']);
    });

    it('exports CSV: UTF-8 BOM, RFC 4180 quoting, formulas neutralised', async () => {
      const marker = randomUUID().slice(0, 8);
      await submit({
        title: `=HYPERLINK("http://evil.example","${marker}")`,
        description: 'Pierwsza linia, z przecinkiem; "cytat"\nDruga linia – zażółć gęślą jaźń.',
        name: '+48 600 000 000',
        municipality: '@Bełchatów',
      });
      const response = await admin(`/v1/admin/ideas/export.csv?q=${marker}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="razem-ideas-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const bytes = new Uint8Array(await (await fetch(`${server().url}/v1/admin/ideas/export.csv?q=${marker}`, { headers: { authorization: `Bearer ${server().secretKey}` } })).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = response.text.replace(/^\uFEFF/, '');
      const [header, ...rest] = parseCsv(text);
      expect(header).toContain('tracking_code');
      expect(rest).toHaveLength(1);
      const row = Object.fromEntries(header!.map((h, i) => [h, rest[0]![i]]));
      expect(row.title).toBe(`'=HYPERLINK("http://evil.example","${marker}")`);
      expect(row.name).toBe(`'+48 600 000 000`);
      expect(row.municipality).toBe(`'@Bełchatów`);
      expect(row.description).toBe('Pierwsza linia, z przecinkiem; "cytat"\nDruga linia – zażółć gęślą jaźń.');
      // Quoted fields double their quotes (RFC 4180 §2.7) and records end with CRLF.
      expect(text).toContain('""cytat""');
      expect(text.endsWith('\r\n')).toBe(true);
    });

    it('moves ideas along the allowed transitions with a public note, and refuses others (409)', async () => {
      const idea = await submit({ title: `Przejścia ${randomUUID().slice(0, 8)}` });
      const change = (body: Record<string, unknown>) => admin(`/v1/admin/ideas/${idea.id}/status`, { method: 'PATCH', body });
      const skipped = await change({ status: 'accepted' });
      expect(skipped.status).toBe(409);
      expect(skipped.body.code).toBe('invalid_transition');
      expect(skipped.body.detail).toContain('under_review');

      const review = await change({ status: 'under_review', publicNote: 'Analizujemy pomysł z partnerami.' });
      expect(review.status).toBe(200);
      expect(review.body).toMatchObject({ status: 'under_review', publicNote: 'Analizujemy pomysł z partnerami.' });
      const accepted = await change({ status: 'accepted' });
      expect(accepted.body).toMatchObject({ status: 'accepted', publicNote: 'Analizujemy pomysł z partnerami.' });
      const status = await call(server(), `/v1/ideas/status/${idea.trackingCode}`);
      expect(status.body).toMatchObject({ status: 'accepted', publicNote: 'Analizujemy pomysł z partnerami.' });
      expect((await change({ status: 'rejected' })).status).toBe(409);
      expect((await change({ status: 'under_review', publicNote: '' })).body.publicNote).toBeUndefined();

      const missing = await admin(`/v1/admin/ideas/${randomUUID()}/status`, { method: 'PATCH', body: { status: 'under_review' } });
      expect(missing.status).toBe(404);
      const unknownStatus = await change({ status: 'archived' });
      expect(unknownStatus.status).toBe(422);
    });

    it('merges into an existing idea only', async () => {
      const target = await submit({ title: `Cel scalenia ${randomUUID().slice(0, 8)}` });
      const idea = await submit({ title: `Do scalenia ${randomUUID().slice(0, 8)}` });
      await admin(`/v1/admin/ideas/${idea.id}/status`, { method: 'PATCH', body: { status: 'under_review' } });
      const withoutTarget = await admin(`/v1/admin/ideas/${idea.id}/status`, { method: 'PATCH', body: { status: 'merged' } });
      expect(withoutTarget.status).toBe(422);
      expect(withoutTarget.body.errors[0].path).toBe('mergedInto');
      const merged = await admin(`/v1/admin/ideas/${idea.id}/status`, {
        method: 'PATCH',
        body: { status: 'merged', mergedInto: target.trackingCode, publicNote: 'Połączone z podobnym pomysłem.' },
      });
      expect(merged.status).toBe(200);
      expect(merged.body.mergedInto).toBe(target.trackingCode);
    });

    it('erases personal data by email (GDPR Art. 17) and deletes ideas', async () => {
      const email = `do-usuniecia-${randomUUID().slice(0, 8)}@example.org`;
      const a = await submit({ title: `Usunięcie A ${email}`, email, name: 'Jan Kowalski', municipality: 'Bełchatów' });
      await submit({ title: `Usunięcie B ${email}`, email: email.toUpperCase() });
      const erased = await admin('/v1/admin/ideas/erase', { method: 'POST', body: { email } });
      expect(erased.status).toBe(200);
      expect(erased.body).toEqual({ erased: 2 });
      const after = await admin(`/v1/admin/ideas/${a.id}`);
      expect(after.body.personalDataErased).toBe(true);
      expect(after.body.name).toBeUndefined();
      expect(after.body.email).toBeUndefined();
      expect(after.body.municipality).toBeUndefined();
      expect(after.body.title).toBe(a.title);
      expect((await admin('/v1/admin/ideas/erase', { method: 'POST', body: { email } })).body).toEqual({ erased: 0 });
      expect((await admin('/v1/admin/ideas/erase', { method: 'POST', body: { email: 'nope' } })).status).toBe(422);

      expect((await admin(`/v1/admin/ideas/${a.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await admin(`/v1/admin/ideas/${a.id}`)).status).toBe(404);
      expect((await admin(`/v1/admin/ideas/${a.id}`, { method: 'DELETE' })).status).toBe(404);
    });
  });

  describe('events', () => {
    const newEvent = () => ({
      title: { pl: 'Warsztaty testowe', en: 'Test workshop' },
      kind: 'workshop',
      startsAt: '2026-09-15T10:00:00+02:00',
      endsAt: '2026-09-15T12:00:00+02:00',
      organizerIds: ['frgk'],
      location: { venue: 'Solpark Kleszczów' },
    });

    it('creates, updates (only the given fields) and deletes an event', async () => {
      const created = await admin('/v1/admin/events', { method: 'POST', body: newEvent() });
      expect(created.status).toBe(201);
      expect(z.safeParse(Event, created.body).success).toBe(true);
      expect(created.body).toMatchObject({ status: 'scheduled', timeZone: 'Europe/Warsaw', allDay: false });
      expect(created.headers.get('location')).toBe(`/v1/events/${created.body.id}`);
      expect((await call(server(), `/v1/events/${created.body.id}`)).body).toEqual(created.body);

      const cancelled = await admin(`/v1/admin/events/${created.body.id}`, { method: 'PATCH', body: { status: 'cancelled' } });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', title: newEvent().title, startsAt: '2026-09-15T10:00:00+02:00' });
      const moved = await admin(`/v1/admin/events/${created.body.id}`, { method: 'PATCH', body: { kind: 'meeting' } });
      // A PATCH without `status` keeps the current status (no default sneaks in).
      expect(moved.body).toMatchObject({ status: 'cancelled', kind: 'meeting' });
      // `null` removes an optional field; the others stay.
      const withLink = await admin(`/v1/admin/events/${created.body.id}`, { method: 'PATCH', body: { registrationUrl: 'https://rejestracja.example/w1' } });
      expect(withLink.body.registrationUrl).toBe('https://rejestracja.example/w1');
      const withoutLink = await admin(`/v1/admin/events/${created.body.id}`, { method: 'PATCH', body: { registrationUrl: null } });
      expect(withoutLink.status).toBe(200);
      expect(withoutLink.body).not.toHaveProperty('registrationUrl');
      expect(withoutLink.body).toMatchObject({ kind: 'meeting', location: { venue: 'Solpark Kleszczów' } });
      const nullTitle = await admin(`/v1/admin/events/${created.body.id}`, { method: 'PATCH', body: { title: null } });
      expect(nullTitle.status).toBe(422);
      expect(nullTitle.body.errors[0].path).toBe('title');

      const badRange = await admin(`/v1/admin/events/${created.body.id}`, { method: 'PATCH', body: { endsAt: '2026-09-15T09:00:00+02:00' } });
      expect(badRange.status).toBe(422);
      expect(badRange.body.errors[0].path).toBe('endsAt');

      expect((await admin(`/v1/admin/events/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await call(server(), `/v1/events/${created.body.id}`)).status).toBe(404);
      expect((await admin(`/v1/admin/events/${created.body.id}`, { method: 'PATCH', body: { kind: 'panel' } })).status).toBe(404);
    });

    it('refuses unknown organizers, bad zones and all-day events off midnight (422 naming fields)', async () => {
      const response = await admin('/v1/admin/events', {
        method: 'POST',
        body: { ...newEvent(), organizerIds: ['frgk', 'nobody'], timeZone: 'Mars/Olympus' },
      });
      expect(response.status).toBe(422);
      expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['organizerIds.1', 'timeZone']);
      const allDay = await admin('/v1/admin/events', { method: 'POST', body: { ...newEvent(), allDay: true } });
      expect(allDay.status).toBe(422);
      expect(allDay.body.errors.map((e: { path: string }) => e.path)).toEqual(['startsAt', 'endsAt']);
      const unknownField = await admin('/v1/admin/events', { method: 'POST', body: { ...newEvent(), colour: 'red' } });
      expect(unknownField.body.errors).toEqual([expect.objectContaining({ path: 'colour' })]);
    });

    it('replays event creation for a retried Idempotency-Key', async () => {
      const key = randomUUID();
      const body = { ...newEvent(), title: { pl: `Idempotentne wydarzenie ${key}` } };
      const first = await admin('/v1/admin/events', { method: 'POST', body, headers: { 'idempotency-key': key } });
      const retry = await admin('/v1/admin/events', { method: 'POST', body, headers: { 'idempotency-key': key } });
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      const { rows } = await server().database.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE title->>'pl' = $1`, [body.title.pl]);
      expect(rows[0]!.n).toBe(1);
    });
  });

  describe('partners', () => {
    it('creates, updates and deletes a partner; ids are unique', async () => {
      const body = {
        id: 'ppt-testowy',
        name: 'Testowy Park Technologiczny',
        shortName: 'TPT',
        kind: 'technology_park',
        role: 'associate',
        description: { pl: 'Park testowy.', en: 'A test park.' },
        website: 'https://park.example',
        address: { street: 'ul. Próbna 1', postalCode: '97-400', city: 'Bełchatów' },
      };
      const created = await admin('/v1/admin/partners', { method: 'POST', body });
      expect(created.status).toBe(201);
      expect(z.safeParse(Partner, created.body).success).toBe(true);
      expect(created.body.address.country).toBe('PL');
      const duplicate = await admin('/v1/admin/partners', { method: 'POST', body });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('conflict');

      const updated = await admin('/v1/admin/partners/ppt-testowy', { method: 'PATCH', body: { role: 'member', email: 'biuro@park.example' } });
      expect(updated.body).toMatchObject({ role: 'member', email: 'biuro@park.example', website: 'https://park.example', shortName: 'TPT' });
      const withoutWebsite = await admin('/v1/admin/partners/ppt-testowy', { method: 'PATCH', body: { website: null } });
      expect(withoutWebsite.body).not.toHaveProperty('website');
      expect(withoutWebsite.body.email).toBe('biuro@park.example');
      const badPostal = await admin('/v1/admin/partners/ppt-testowy', { method: 'PATCH', body: { address: { street: 'x', postalCode: '97400', city: 'y' } } });
      expect(badPostal.status).toBe(422);
      expect(badPostal.body.errors[0]).toMatchObject({ path: 'address.postalCode', message: 'Use the Polish format NN-NNN' });

      const event = await admin('/v1/admin/events', {
        method: 'POST',
        body: {
          title: { pl: 'Spotkanie z parkiem testowym' },
          kind: 'meeting',
          startsAt: '2026-10-01T10:00:00+02:00',
          endsAt: '2026-10-01T11:00:00+02:00',
          organizerIds: ['ppt-testowy', 'bkppt'],
        },
      });
      expect((await admin('/v1/admin/partners/ppt-testowy', { method: 'DELETE' })).status).toBe(204);
      expect((await call(server(), '/v1/partners/ppt-testowy')).status).toBe(404);
      // Its events stay, organised by the remaining partners.
      expect((await call(server(), `/v1/events/${event.body.id}`)).body.organizerIds).toEqual(['bkppt']);
      expect((await admin('/v1/admin/partners/ppt-testowy', { method: 'DELETE' })).status).toBe(404);
    });
  });
});

/** Minimal RFC 4180 reader, enough to check what spreadsheets will see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}
