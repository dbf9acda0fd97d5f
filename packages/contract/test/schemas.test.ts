import { describe, expect, it } from 'vitest';
import {
  ConsentRecordInput,
  EventCreate,
  EventQuery,
  IDEA_STATUSES,
  IDEA_STATUS_TRANSITIONS,
  IdeaSubmission,
  LocalizedText,
  Event,
  Partner,
  PartnerCreate,
  TrackingCode,
} from '../src/index.js';

const idea = {
  title: 'Opera na odkrywce',
  description: 'Letni festiwal operowy w wyrobisku po kopalni, z amfiteatrem i ścieżką rowerową.',
  category: 'culture',
  authorRole: 'resident',
  privacyNoticeVersion: '2026-01',
  privacyConsent: true,
} as const;

describe('IdeaSubmission', () => {
  it('accepts a minimal idea and trims its text', () => {
    const parsed = IdeaSubmission.parse({ ...idea, title: '  Opera na odkrywce  ' });
    expect(parsed.title).toBe('Opera na odkrywce');
  });

  it('composes text to NFC and counts it in characters (code points), not UTF-16 units', () => {
    const ogonek = 'a\u0328'; // „ą” as a letter and a combining mark
    expect(IdeaSubmission.parse({ ...idea, title: `Ł${ogonek}ka nad zalewem` }).title).toBe('Łąka nad zalewem');
    expect(IdeaSubmission.safeParse({ ...idea, description: ogonek.repeat(5000) }).success).toBe(true);
    expect(IdeaSubmission.safeParse({ ...idea, description: ogonek.repeat(5001) }).success).toBe(false);
    expect(IdeaSubmission.safeParse({ ...idea, description: '🌳'.repeat(5000) }).success).toBe(true);
    expect(IdeaSubmission.safeParse({ ...idea, description: '🌳'.repeat(5001) }).success).toBe(false);
  });

  it('refuses unknown fields and names them', () => {
    const result = IdeaSubmission.safeParse({ ...idea, admin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['admin'] });
  });

  it('requires the privacy consent to be given explicitly', () => {
    const result = IdeaSubmission.safeParse({ ...idea, privacyConsent: false });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['privacyConsent']);
  });

  it('reports every bad field with its path', () => {
    const result = IdeaSubmission.safeParse({ ...idea, title: 'abc', email: 'nie-email', category: 'sport' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['category', 'email', 'title']);
  });
});

describe('LocalizedText', () => {
  it('requires Polish and allows English and Ukrainian', () => {
    expect(LocalizedText.safeParse({ en: 'Workshop' }).success).toBe(false);
    expect(LocalizedText.parse({ pl: 'Warsztaty', en: 'Workshop', uk: 'Семінар' }).uk).toBe('Семінар');
  });
});

describe('Event', () => {
  const event = {
    title: { pl: 'Warsztaty' },
    kind: 'workshop',
    startsAt: '2026-11-25T17:00:00+01:00',
    endsAt: '2026-11-25T19:00:00+01:00',
    organizerIds: ['bkppt'],
  } as const;

  it('fills defaults: Warsaw time zone, scheduled, not all-day', () => {
    expect(EventCreate.parse(event)).toMatchObject({ timeZone: 'Europe/Warsaw', status: 'scheduled', allDay: false });
  });

  it('refuses an end before the start, on the endsAt field', () => {
    const result = EventCreate.safeParse({ ...event, endsAt: '2026-11-25T16:00:00+01:00' });
    expect(result.error?.issues[0]?.path).toEqual(['endsAt']);
  });

  it('refuses times without an offset (no floating local times)', () => {
    expect(EventCreate.safeParse({ ...event, startsAt: '2026-11-25T17:00:00' }).success).toBe(false);
  });

  it('parses comma-separated kinds in the list query', () => {
    expect(EventQuery.parse({ kind: 'workshop,meeting', limit: '20' })).toEqual({
      kind: ['workshop', 'meeting'],
      limit: 20,
    });
    expect(EventQuery.safeParse({ kind: 'party' }).success).toBe(false);
  });
});

describe('Partner', () => {
  it('validates Polish registry numbers and postal codes', () => {
    const partner = {
      id: 'klaster-one',
      name: 'Stowarzyszenie Klaster Obszaru Nowej Energii',
      shortName: 'Klaster ONE',
      kind: 'cluster',
      role: 'associate',
      description: { pl: 'Klaster energii.' },
      address: { street: 'ul. Główna 122', postalCode: '97-410', city: 'Kleszczów' },
      registry: { nip: '7692252507', regon: '540869122', krs: '0001149189' },
      updatedAt: '2026-11-01T10:00:00Z',
    };
    const { updatedAt: _updatedAt, ...body } = partner;
    expect(PartnerCreate.parse(body).address?.country).toBe('PL');
    const bad = PartnerCreate.safeParse({ ...body, registry: { nip: '123' }, address: { ...partner.address, postalCode: '97410' } });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['address.postalCode', 'registry.nip']);
  });
});

describe('response schemas', () => {
  it('check shape, types and enumerations, and name the path of a mismatch', () => {
    const event = {
      id: '0b9b5a52-7d43-4c5b-9d0b-1d2f3e4a5b6c',
      title: { pl: 'Warsztaty' },
      kind: 'workshop',
      startsAt: '2026-11-25T16:00:00.000Z',
      endsAt: '2026-11-25T18:00:00.000Z',
      timeZone: 'Europe/Warsaw',
      allDay: false,
      organizerIds: ['bkppt'],
      status: 'scheduled',
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    expect(Event.parse(event)).toEqual(event);
    expect(Event.safeParse({ ...event, kind: 'party' }).error?.issues[0]?.path).toEqual(['kind']);
    expect(Event.safeParse({ ...event, startsAt: '25.11.2026' }).error?.issues[0]?.path).toEqual(['startsAt']);
    expect(Event.safeParse({ ...event, title: undefined }).error?.issues[0]?.path).toEqual(['title']);
    expect(Partner.safeParse({ id: 'x' }).success).toBe(false);
  });
});

describe('TrackingCode', () => {
  it('uses unambiguous Crockford characters', () => {
    expect(TrackingCode.safeParse('RZM-7K3Q-9XTB').success).toBe(true);
    expect(TrackingCode.safeParse('RZM-7K3O-9XTB').success).toBe(false);
  });
});

describe('idea workflow', () => {
  it('defines transitions for every status, only to known statuses', () => {
    for (const status of IDEA_STATUSES) {
      for (const next of IDEA_STATUS_TRANSITIONS[status]) expect(IDEA_STATUSES).toContain(next);
    }
  });
});

describe('ConsentRecordInput', () => {
  it('never records necessary cookies as refused', () => {
    const record = {
      consentId: '0b9b5a52-7d43-4c5b-9d0b-1d2f3e4a5b6c',
      policyRevision: 3,
      choices: { necessary: false, analytics: true },
      method: 'custom',
      decidedAt: '2026-11-22T10:00:00Z',
      language: 'pl',
    };
    expect(ConsentRecordInput.safeParse(record).error?.issues[0]?.path).toEqual(['choices', 'necessary']);
    expect(ConsentRecordInput.safeParse({ ...record, choices: { necessary: true } }).success).toBe(true);
  });

  it('bounds the policy revision by what the API stores (a 32-bit integer)', () => {
    const record = {
      consentId: '0b9b5a52-7d43-4c5b-9d0b-1d2f3e4a5b6c',
      choices: { necessary: true },
      method: 'accept_all',
      decidedAt: '2026-11-22T10:00:00Z',
      language: 'pl',
    };
    expect(ConsentRecordInput.safeParse({ ...record, policyRevision: 2_147_483_647 }).success).toBe(true);
    expect(ConsentRecordInput.safeParse({ ...record, policyRevision: 2_147_483_648 }).error?.issues[0]?.path).toEqual(['policyRevision']);
  });
});

describe('update bodies', () => {
  it('leave out what is absent (no defaults) and accept null to remove an optional field', async () => {
    const { EventUpdate, PartnerUpdate } = await import('../src/index.js');
    expect(EventUpdate.parse({ title: { pl: 'Nowy tytuł' } })).toEqual({ title: { pl: 'Nowy tytuł' } });
    expect(EventUpdate.parse({ registrationUrl: null, summary: null })).toEqual({ registrationUrl: null, summary: null });
    expect(PartnerUpdate.parse({ phone: null })).toEqual({ phone: null });
    expect(PartnerUpdate.safeParse({ name: null }).success).toBe(false);
    expect(EventUpdate.safeParse({ kind: 'party' }).error?.issues[0]?.path).toEqual(['kind']);
  });
});
