/** Admin resources (secret key) against the real API. */
import { startTestServer, type TestServer } from '@razem/api/testing';
import type { EventCreate, PartnerCreate } from '@razem/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminIdeasResource,
  createRazemAdminClient,
  createRazemClient,
  createRazemHttp,
  RazemApiError,
  RazemAuthError,
  RazemNotFoundError,
  type RazemAdminClient,
  type RazemClient,
} from '../src/index.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';
import { sampleConsent, sampleIdea } from './support/fixtures.js';

let api: TestServer;
let proxy: FaultProxy;
let admin: RazemAdminClient;
let razem: RazemClient;

beforeAll(async () => {
  api = await startTestServer();
  proxy = await startFaultProxy(api.url);
  admin = createRazemAdminClient({ baseUrl: api.url, secretKey: api.secretKey });
  razem = createRazemClient({ baseUrl: api.url, publishableKey: api.publishableKey });
});
afterEach(() => proxy.reset());
afterAll(async () => {
  await proxy?.close();
  await api?.close();
});

const newEvent = (organizerId: string): EventCreate => ({
  title: { pl: 'Warsztaty: wodór w Bełchatowie', en: 'Workshop: hydrogen in Bełchatów' },
  kind: 'workshop',
  startsAt: '2031-05-12T10:00:00+02:00',
  endsAt: '2031-05-12T14:00:00+02:00',
  organizerIds: [organizerId],
  location: { venue: 'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny' },
});

describe('ideas', () => {
  it('lists every idea newest first, with authors’ data, and pages through them', async () => {
    const ideas = await admin.ideas.all();
    expect(ideas.length).toBeGreaterThan(3);
    const received = ideas.map((idea) => Date.parse(idea.receivedAt));
    expect(received).toEqual([...received].sort((a, b) => b - a));
    const paged: string[] = [];
    for await (const idea of admin.ideas.iterate({ limit: 2 })) paged.push(idea.id);
    expect(paged).toEqual(ideas.map((idea) => idea.id));
  });

  it('filters by status and category', async () => {
    const all = await admin.ideas.all();
    const business = await admin.ideas.all({ status: 'received', category: 'business' });
    expect(business.length).toBeGreaterThan(0);
    expect(business).toEqual(all.filter((idea) => idea.status === 'received' && idea.category === 'business'));
  });

  it('moves an idea through review with a public note the author can read', async () => {
    const receipt = await razem.ideas.submit(sampleIdea());
    const [mine] = await admin.ideas.all({ q: (await razem.ideas.status(receipt.trackingCode)).title });
    expect(mine!.trackingCode).toBe(receipt.trackingCode);
    expect(await admin.ideas.get(mine!.id)).toEqual(mine);

    const reviewed = await admin.ideas.updateStatus(mine!.id, { status: 'under_review', publicNote: 'Analizujemy koszty.' });
    expect(reviewed).toMatchObject({ status: 'under_review', publicNote: 'Analizujemy koszty.' });
    expect(await razem.ideas.status(receipt.trackingCode)).toMatchObject({ status: 'under_review', publicNote: 'Analizujemy koszty.' });
  });

  it('refuses a transition the workflow does not allow with 409 invalid_transition', async () => {
    const receipt = await razem.ideas.submit(sampleIdea());
    const [mine] = (await admin.ideas.all()).filter((idea) => idea.trackingCode === receipt.trackingCode);
    const error = await admin.ideas.updateStatus(mine!.id, { status: 'accepted' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RazemApiError);
    expect(error).toMatchObject({ status: 409, code: 'invalid_transition' });
  });

  it('exports the filtered ideas as CSV with a byte-order mark', async () => {
    const business = await admin.ideas.all({ category: 'business' });
    expect(business.length).toBeGreaterThan(0);
    const csv = await admin.ideas.exportCsv({ category: 'business' });
    expect(csv.startsWith('\uFEFFtracking_code,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(business.length + 1);
    for (const idea of business) expect(csv).toContain(idea.trackingCode);
  });

  it('erases an author’s personal data and deletes an idea', async () => {
    const email = `erase-me-${Date.now()}@example.org`;
    await razem.ideas.submit({ ...sampleIdea(), email });
    await razem.ideas.submit({ ...sampleIdea(), email });
    expect(await admin.ideas.erase(email)).toEqual({ erased: 2 });
    expect(await admin.ideas.all({ email })).toEqual([]);

    const [victim] = (await admin.ideas.list({ limit: 1 })).data;
    await admin.ideas.delete(victim!.id);
    await expect(admin.ideas.get(victim!.id)).rejects.toBeInstanceOf(RazemNotFoundError);
  });
});

describe('events', () => {
  it('publishes, changes and deletes an event', async () => {
    const [organizer] = await razem.partners.all();
    const created = await admin.events.create(newEvent(organizer!.id));
    expect(created).toMatchObject({ kind: 'workshop', status: 'scheduled', timeZone: 'Europe/Warsaw', allDay: false });
    expect(await razem.events.get(created.id)).toEqual(created);

    const cancelled = await admin.events.update(created.id, { status: 'cancelled' });
    expect(cancelled.status).toBe('cancelled');

    await admin.events.delete(created.id);
    await expect(razem.events.get(created.id)).rejects.toBeInstanceOf(RazemNotFoundError);
  });

  it('creates an event once when the connection drops after the API stored it', async () => {
    const [organizer] = await razem.partners.all();
    const event = { ...newEvent(organizer!.id), title: { pl: `Spotkanie ${Date.now()}` } };
    proxy.next({ kind: 'drop-after' }, { method: 'POST' });
    const viaProxy = createRazemAdminClient({ baseUrl: proxy.url, secretKey: api.secretKey });
    const created = await viaProxy.events.create(event);
    const { rows } = await api.database.query<{ id: string }>("SELECT id FROM events WHERE title->>'pl' = $1", [event.title.pl]);
    expect(rows).toEqual([{ id: created.id }]);
    expect(proxy.requests.map((request) => request.fault)).toEqual(['drop-after', 'pass']);
  });

  it('names the invalid fields of an event', async () => {
    const error = (await admin.events
      .create({ ...newEvent('no-such-partner'), endsAt: '2031-05-12T09:00:00+02:00' })
      .catch((caught: unknown) => caught)) as RazemApiError;
    expect(error.status).toBe(422);
    expect(error.fieldErrors.map((field) => field.path)).toContain('endsAt');
  });
});

describe('partners', () => {
  const partner: PartnerCreate = {
    id: 'klaster-wodorowy-test',
    name: 'Klaster Wodorowy Regionu Łódzkiego',
    shortName: 'Klaster Wodorowy',
    kind: 'cluster',
    role: 'associate',
    description: { pl: 'Sieć firm i uczelni rozwijających technologie wodorowe.' },
    website: 'https://klaster-wodorowy.example.org',
  };

  it('adds, changes and removes a partner; a taken id is a 409 conflict', async () => {
    expect(await admin.partners.create(partner)).toMatchObject({ id: partner.id, role: 'associate' });
    await expect(admin.partners.create(partner)).rejects.toMatchObject({ status: 409, code: 'conflict' });
    expect(await admin.partners.update(partner.id, { role: 'member' })).toMatchObject({ role: 'member' });
    expect(await razem.partners.get(partner.id)).toMatchObject({ role: 'member' });
    await admin.partners.delete(partner.id);
    await expect(razem.partners.get(partner.id)).rejects.toBeInstanceOf(RazemNotFoundError);
  });
});

describe('consents', () => {
  it('lists every decision under one consent id, oldest first', async () => {
    const consentId = crypto.randomUUID();
    await razem.consents.record({ ...sampleConsent(consentId), method: 'reject_all', choices: { necessary: true, analytics: false } });
    await razem.consents.record({ ...sampleConsent(consentId), method: 'accept_all', choices: { necessary: true, analytics: true } });
    const records = await admin.consents.list(consentId);
    expect(records.map((record) => record.method)).toEqual(['reject_all', 'accept_all']);
    expect(records[0]).toMatchObject({ consentId, site: api.site, policyRevision: 1 });
  });
});

describe('keys', () => {
  it('answers admin calls with a publishable key with a RazemAuthError', async () => {
    const ideas = new AdminIdeasResource(createRazemHttp({ baseUrl: api.url, publishableKey: api.publishableKey }));
    // Reads carry no publishable key, so the API sees no key at all.
    await expect(ideas.list()).rejects.toMatchObject({ name: 'RazemAuthError', status: 401 });
  });

  it('reports a revoked secret key as a RazemAuthError', async () => {
    const key = await api.createKey({ kind: 'secret', name: 'revoked in test' });
    const revoked = createRazemAdminClient({ baseUrl: api.url, secretKey: key });
    expect((await revoked.ideas.list({ limit: 1 })).data).toHaveLength(1);
    await api.revokeKey(key);
    await expect(revoked.ideas.list()).rejects.toBeInstanceOf(RazemAuthError);
  });
});
