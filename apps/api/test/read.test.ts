/** Public reads over real HTTP: partners, events (filters, pagination), caching, operations. */
import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { Event, Partner, Problem } from '@razem/contract';
import * as z from 'zod/mini';
import { call, describeEachBackend } from './helpers.js';
import { Temporal } from '../src/time.js';

type ApiEvent = z.infer<typeof Event>;

describeEachBackend('public reads', (server) => {
  describe('partners', () => {
    it('lists the consortium, coordinator first, each valid against the contract', async () => {
      const { status, body, headers } = await call(server(), '/v1/partners');
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      const partners = body.data as z.infer<typeof Partner>[];
      for (const partner of partners) expect(z.safeParse(Partner, partner).success, partner.id).toBe(true);
      expect(partners[0]!.id).toBe('bkppt');
      expect(partners.map((p) => p.id)).toEqual(expect.arrayContaining(['bkppt', 'frgk', 'arreks', 'rig-belchatow', 'klaster-one']));
      const ranks = partners.map((p) => ['coordinator', 'member', 'associate'].indexOf(p.role));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(body.nextCursor).toBeNull();
    });

    it('pages through partners with a cursor and filters by kind', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { data: { id: string }[]; nextCursor: string | null } } = await call(
          server(),
          `/v1/partners?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.data.map((p) => p.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const all = await call(server(), '/v1/partners');
      expect(seen).toEqual(all.body.data.map((p: { id: string }) => p.id));
      const parks = await call(server(), '/v1/partners?kind=technology_park');
      expect(parks.body.data.map((p: { id: string }) => p.id).sort()).toEqual(['bkppt', 'pppt']);
    });

    it('gets Klaster ONE with its registry numbers and address from the seed', async () => {
      const { status, body } = await call(server(), '/v1/partners/klaster-one');
      expect(status).toBe(200);
      expect(body.name).toBe('Stowarzyszenie Klaster Obszaru Nowej Energii');
      expect(body.registry).toEqual({ nip: '7692252507', regon: '540869122', krs: '0001149189' });
      expect(body.address).toMatchObject({ street: 'ul. Główna 122', postalCode: '97-410', city: 'Kleszczów' });
    });

    it('answers 404 problem for an unknown partner and 400 for a malformed id', async () => {
      const missing = await call(server(), '/v1/partners/nie-istnieje');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
      expect(missing.body).toMatchObject({ code: 'not_found', status: 404, type: '/problems/not-found' });
      const malformed = await call(server(), '/v1/partners/Not_A_Slug');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0].path).toBe('id');
    });
  });

  describe('events', () => {
    const warsawMonth = () => {
      const today = Temporal.Now.plainDateISO('Europe/Warsaw');
      const first = today.with({ day: 1 });
      const iso = (d: Temporal.PlainDate) => d.toZonedDateTime('Europe/Warsaw').toString({ timeZoneName: 'never' });
      return { from: iso(first), to: iso(first.add({ months: 1 })) };
    };

    it('has several events in the current month, Polish titles with English translations', async () => {
      const { from, to } = warsawMonth();
      const { status, body } = await call(server(), `/v1/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=100`);
      expect(status).toBe(200);
      expect(body.data.length).toBeGreaterThanOrEqual(3);
      for (const event of body.data as ApiEvent[]) {
        expect(z.safeParse(Event, event).success).toBe(true);
        expect(event.title.pl).toMatch(/\p{L}/u);
        expect(event.title.en).toBeTruthy();
        expect(Date.parse(event.startsAt)).toBeLessThan(Date.parse(to));
        expect(Date.parse(event.endsAt)).toBeGreaterThan(Date.parse(from));
      }
    });

    it('seeds a realistic year: 80–120 events of every kind, some all-day, multi-day, online, cancelled', async () => {
      const { rows } = await server().database.query<{ n: number; kinds: number; all_day: number; multi: number; online: number; cancelled: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT kind)::int AS kinds,
           count(*) FILTER (WHERE all_day)::int AS all_day,
           count(*) FILTER (WHERE ends_at - starts_at > interval '1 day')::int AS multi,
           count(*) FILTER (WHERE location ? 'onlineUrl')::int AS online,
           count(*) FILTER (WHERE status <> 'scheduled')::int AS cancelled
         FROM events`,
      );
      const stats = rows[0]!;
      expect(stats.n).toBeGreaterThanOrEqual(80);
      expect(stats.n).toBeLessThanOrEqual(120);
      expect(stats.kinds).toBe(6);
      expect(stats.all_day).toBeGreaterThan(0);
      expect(stats.multi).toBeGreaterThan(0);
      expect(stats.online).toBeGreaterThan(0);
      expect(stats.cancelled).toBeGreaterThan(0);
    });

    it('walks every page of a year without duplicates or gaps, ordered by start then id', async () => {
      const from = new Date(Date.now() - 120 * 86_400_000).toISOString();
      const to = new Date(Date.now() + 300 * 86_400_000).toISOString();
      const ids: string[] = [];
      const events: ApiEvent[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query = new URLSearchParams({ from, to, limit: '7', ...(cursor ? { cursor } : {}) });
        const page = await call(server(), `/v1/events?${query}`);
        expect(page.status).toBe(200);
        expect(page.body.data.length).toBeLessThanOrEqual(7);
        events.push(...page.body.data);
        ids.push(...page.body.data.map((e: ApiEvent) => e.id));
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor && pages < 100);
      expect(new Set(ids).size).toBe(ids.length);
      const { rows } = await server().database.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM events WHERE ends_at > $1 AND starts_at < $2',
        [from, to],
      );
      expect(ids.length).toBe(rows[0]!.n);
      const keys = events.map((e) => [Date.parse(e.startsAt), e.id] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
      expect(keys).toEqual(sorted);
    });

    it('lists upcoming events (ending after now) when no range is given, 50 by default', async () => {
      const { body } = await call(server(), '/v1/events');
      expect(body.data.length).toBe(50);
      expect(body.nextCursor).toEqual(expect.any(String));
      for (const event of body.data as ApiEvent[]) expect(Date.parse(event.endsAt)).toBeGreaterThan(Date.now() - 1000);
    });

    it('filters by kind (comma-separated), organizer and status', async () => {
      const kinds = await call(server(), '/v1/events?kind=workshop,study_visit&limit=100');
      expect(kinds.body.data.length).toBeGreaterThan(0);
      expect(new Set(kinds.body.data.map((e: ApiEvent) => e.kind))).toEqual(new Set(['workshop', 'study_visit']));
      const byOrganizer = await call(server(), '/v1/events?organizer=klaster-one&limit=100');
      expect(byOrganizer.body.data.length).toBeGreaterThan(0);
      for (const event of byOrganizer.body.data as ApiEvent[]) expect(event.organizerIds).toContain('klaster-one');
      const cancelled = await call(server(), '/v1/events?status=cancelled&from=2000-01-01T00:00:00Z&limit=100');
      expect(cancelled.body.data.length).toBeGreaterThan(0);
      for (const event of cancelled.body.data as ApiEvent[]) expect(event.status).toBe('cancelled');
    });

    it('gets one event, 404 for an unknown id, 400 for a malformed one', async () => {
      const list = await call(server(), '/v1/events?limit=1');
      const id = list.body.data[0].id;
      const one = await call(server(), `/v1/events/${id}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(list.body.data[0]);
      const unknown = await call(server(), '/v1/events/00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('not_found');
      const malformed = await call(server(), '/v1/events/not-a-uuid');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ path: 'id' })]);
    });

    it('writes times with the offset of Europe/Warsaw', async () => {
      const { body } = await call(server(), '/v1/events?limit=5');
      for (const event of body.data as ApiEvent[]) {
        expect(event.timeZone).toBe('Europe/Warsaw');
        expect(event.startsAt).toMatch(/\+0[12]:00$/);
      }
    });

    it('refuses bad queries with 400 problems naming the parameter', async () => {
      const cases: [string, string][] = [
        ['/v1/events?limit=1000', 'limit'],
        ['/v1/events?kind=party', 'kind.0'],
        ['/v1/events?from=yesterday', 'from'],
        ['/v1/events?cursor=garbage', 'cursor'],
        ['/v1/events?colour=red', 'colour'],
        ['/v1/events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
      ];
      for (const [path, field] of cases) {
        const { status, body, headers } = await call(server(), path);
        expect(status, path).toBe(400);
        expect(headers.get('content-type')).toBe('application/problem+json');
        expect(z.safeParse(Problem, body).success).toBe(true);
        expect(body.errors.map((e: { path: string }) => e.path), path).toContain(field);
      }
    });
  });

  describe('caching', () => {
    it('sends ETag and Cache-Control on public GETs and answers If-None-Match with 304', async () => {
      for (const path of ['/v1/partners', '/v1/events?limit=3', '/v1/partners/frgk', '/v1/events.ics', '/openapi.json']) {
        const first = await call(server(), path);
        expect(first.status, path).toBe(200);
        const etag = first.headers.get('etag');
        expect(etag, path).toMatch(/^W\/".+"$/);
        expect(first.headers.get('cache-control')).toBe('public, max-age=60');
        const again = await call(server(), path, { headers: { 'if-none-match': etag! } });
        expect(again.status, path).toBe(304);
        expect(again.text).toBe('');
        expect(again.headers.get('etag')).toBe(etag);
        const stale = await call(server(), path, { headers: { 'if-none-match': 'W/"something-else"' } });
        expect(stale.status).toBe(200);
      }
    });

    it('changes the ETag when the data changes', async () => {
      const before = await call(server(), '/v1/partners/arreks');
      const patched = await call(server(), '/v1/admin/partners/arreks', {
        method: 'PATCH',
        key: server().secretKey,
        body: { shortName: 'ARREKS S.A.' },
      });
      expect(patched.status).toBe(200);
      const after = await call(server(), '/v1/partners/arreks', { headers: { 'if-none-match': before.headers.get('etag')! } });
      expect(after.status).toBe(200);
      expect(after.body.shortName).toBe('ARREKS S.A.');
    });
  });

  describe('operations', () => {
    it('reports health and readiness', async () => {
      const health = await call(server(), '/health');
      expect(health.body).toMatchObject({ status: 'ok', version: expect.any(String) });
      const ready = await call(server(), '/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
    });

    it('serves an OpenAPI 3.1 document that validates, with this server in `servers`', async () => {
      const { status, body } = await call(server(), '/openapi.json');
      expect(status).toBe(200);
      expect(body.openapi).toBe('3.1.0');
      expect(body.servers).toEqual([{ url: server().url }]);
      const result = await validate(structuredClone(body));
      expect(result.valid ? [] : result.errors).toEqual([]);
    });

    it('routes every operation the document describes (no 404 route or 405)', async () => {
      const { body } = await call(server(), '/openapi.json');
      const sample: Record<string, string> = {
        id: '00000000-0000-4000-8000-000000000000',
        trackingCode: 'RZM-0000-0000',
      };
      for (const [path, item] of Object.entries(body.paths as Record<string, Record<string, unknown>>)) {
        for (const method of Object.keys(item)) {
          const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (path.startsWith('/v1/partners') || path.startsWith('/v1/admin/partners') ? 'frgk' : sample[name]!));
          const response = await call(server(), url, { method: method.toUpperCase(), key: server().secretKey });
          expect(response.status, `${method} ${url}`).not.toBe(405);
          if (response.status === 404) expect(response.body.detail, `${method} ${url}`).not.toMatch(/^No endpoint/);
        }
      }
    });

    it('answers unknown routes with 404 and wrong methods with 405 problems', async () => {
      const missing = await call(server(), '/v1/unknown');
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('not_found');
      const wrong = await call(server(), '/v1/partners', { method: 'PUT' });
      expect(wrong.status).toBe(405);
      expect(wrong.body.code).toBe('method_not_allowed');
      expect(wrong.headers.get('allow')).toContain('GET');
    });

    it('tags every response with a request id, echoing a sane incoming one', async () => {
      const echoed = await call(server(), '/health', { headers: { 'x-request-id': 'trace-123' } });
      expect(echoed.headers.get('x-request-id')).toBe('trace-123');
      const generated = await call(server(), '/health', { headers: { 'x-request-id': 'bad id with spaces' } });
      expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
