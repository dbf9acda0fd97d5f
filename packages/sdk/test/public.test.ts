/** The public resources against the real reference API (seeded, in-memory) on loopback. */
import { startTestServer, type TestServer } from '@razem/api/testing';
import { EVENT_KINDS } from '@razem/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRazemClient,
  EventsResource,
  createRazemHttp,
  isRazemApiError,
  isRazemAuthError,
  isRazemNotFoundError,
  RazemApiError,
  RazemAuthError,
  RazemNotFoundError,
  type RazemClient,
} from '../src/index.js';
import { sampleConsent, sampleIdea } from './support/fixtures.js';

let api: TestServer;
let razem: RazemClient;

beforeAll(async () => {
  api = await startTestServer();
  razem = createRazemClient({ baseUrl: api.url, publishableKey: api.publishableKey });
});
afterAll(() => api?.close());

describe('events', () => {
  it('lists the seeded upcoming events, ordered by start', async () => {
    const page = await razem.events.list();
    expect(page.data.length).toBeGreaterThan(0);
    const starts = page.data.map((event) => Date.parse(event.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const event of page.data) expect(EVENT_KINDS).toContain(event.kind);
  });

  it('iterates every page lazily and all() collects the same events', async () => {
    const query = { from: new Date('2000-01-01T00:00:00Z'), limit: 3 };
    const ids: string[] = [];
    for await (const event of razem.events.iterate(query)) ids.push(event.id);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    const all = await razem.events.all(query);
    expect(all.map((event) => event.id)).toEqual(ids);
  });

  it('stops fetching when the loop breaks early', async () => {
    let pages = 0;
    const counting = new EventsResource({
      ...razem.http,
      request: ((...args: Parameters<typeof razem.http.request>) => {
        pages++;
        return razem.http.request(...args);
      }) as typeof razem.http.request,
    });
    for await (const _event of counting.iterate({ from: '2000-01-01T00:00:00Z', limit: 2 })) break;
    expect(pages).toBe(1);
  });

  it('filters by kind (several at once) and by date range', async () => {
    const from = new Date('2000-01-01T00:00:00Z');
    const everything = await razem.events.all({ from });
    const chosen = await razem.events.all({ from, kind: ['workshop', 'meeting'] });
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.length).toBeLessThan(everything.length);
    expect(chosen).toEqual(everything.filter((event) => event.kind === 'workshop' || event.kind === 'meeting'));
    const to = new Date(Date.parse(everything[0]!.endsAt) + 1);
    const early = await razem.events.all({ from, to });
    expect(early.length).toBeGreaterThan(0);
    for (const event of early) expect(Date.parse(event.startsAt)).toBeLessThan(to.getTime());
  });

  it('gets one event by id, and 404 is a RazemNotFoundError', async () => {
    const [first] = (await razem.events.list({ limit: 1 })).data;
    const event = await razem.events.get(first!.id);
    expect(event).toEqual(first);
    const missing = await razem.events.get('00000000-0000-4000-8000-000000000000').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(RazemNotFoundError);
    expect(isRazemNotFoundError(missing)).toBe(true);
    expect(missing).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('builds calendar URLs that the API serves as iCalendar', async () => {
    const [first] = (await razem.events.list({ limit: 1 })).data;
    const feed = razem.events.feedUrl({ kind: ['workshop'], lang: 'en' });
    expect(feed).toBe(`${api.url}/v1/events.ics?lang=en&kind=workshop`);
    const response = await fetch(feed);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR/);
    expect(razem.events.webcalUrl()).toBe(`webcal://${new URL(api.url).host}/v1/events.ics`);
    const single = await fetch(razem.events.eventIcsUrl(first!.id));
    expect(await single.text()).toContain('BEGIN:VEVENT');
  });

  it('uses the client locale as the default calendar language', () => {
    const ukrainian = createRazemClient({ baseUrl: `${api.url}/`, locale: 'uk' });
    expect(ukrainian.events.feedUrl()).toBe(`${api.url}/v1/events.ics?lang=uk`);
  });
});

describe('partners', () => {
  it('lists coordinators first and gets one by id', async () => {
    const partners = await razem.partners.all();
    expect(partners.length).toBeGreaterThan(0);
    expect(partners[0]!.role).toBe('coordinator');
    expect(await razem.partners.get(partners[0]!.id)).toEqual(partners[0]);
  });

  it('filters by kind', async () => {
    const parks = await razem.partners.all({ kind: 'technology_park' });
    for (const partner of parks) expect(partner.kind).toBe('technology_park');
  });
});

describe('ideas', () => {
  it('submits an idea and finds its public status by tracking code', async () => {
    const idea = sampleIdea();
    const receipt = await razem.ideas.submit(idea);
    expect(receipt.trackingCode).toMatch(/^RZM-/);
    expect(receipt.status).toBe('received');
    const status = await razem.ideas.status(receipt.trackingCode.toLowerCase());
    expect(status).toMatchObject({ trackingCode: receipt.trackingCode, title: idea.title, status: 'received' });
    expect(status).not.toHaveProperty('email');
  });

  it('turns a 422 into a RazemApiError with per-field errors', async () => {
    const error = await razem.ideas
      .submit({ ...sampleIdea(), title: 'x', email: 'not-an-email' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemApiError);
    expect(isRazemApiError(error)).toBe(true);
    const apiError = error as RazemApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.fieldErrors.map((field) => field.path).sort()).toEqual(['email', 'title']);
    expect(apiError.problem.type).toBe('/problems/validation-failed');
    expect(apiError.toJSON()).toMatchObject({ name: 'RazemApiError', code: 'validation_failed', status: 422 });
  });

  it('turns a wrong key into a RazemAuthError (401)', async () => {
    const wrong = createRazemClient({ baseUrl: api.url, publishableKey: 'rzm_pk_wrong_000000000000000000000' });
    const error = await wrong.ideas.submit(sampleIdea()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemAuthError);
    expect(isRazemAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401 });
  });

  it('refuses a submission without any key with 401', async () => {
    const anonymous = createRazemClient({ baseUrl: api.url });
    await expect(anonymous.ideas.submit(sampleIdea())).rejects.toBeInstanceOf(RazemAuthError);
  });

  it('404s an unknown tracking code', async () => {
    await expect(razem.ideas.status('RZM-0000-0000')).rejects.toBeInstanceOf(RazemNotFoundError);
  });
});

describe('consents', () => {
  it('records a consent decision and returns its receipt', async () => {
    const receipt = await razem.consents.record(sampleConsent());
    expect(receipt.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(receipt.receivedAt)).not.toBeNaN();
  });

  it('reports a refused necessary category as a field error', async () => {
    const error = await razem.consents
      .record({ ...sampleConsent(), choices: { necessary: false } })
      .catch((caught: unknown) => caught as RazemApiError);
    expect(error).toBeInstanceOf(RazemApiError);
    expect((error as RazemApiError).fieldErrors[0]?.path).toBe('choices.necessary');
  });
});

describe('shared core', () => {
  it('lets resources and clients share one core', async () => {
    const http = createRazemHttp({ baseUrl: api.url });
    const client = createRazemClient(http);
    expect(client.http).toBe(http);
    expect((await new EventsResource(http).list({ limit: 1 })).data).toHaveLength(1);
  });
});
