/** Type-level tests of the public API (checked by `tsc` through vitest's typecheck mode). */
import type { ConsortiumEvent, IdeaAdminView, IdeaPublicStatus, IdeaReceipt, IdeaSubmission, Page, Partner } from '@razem/contract';
import { Event } from '@razem/contract';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createRazemAdminClient,
  createRazemClient,
  createRazemHttp,
  EventsResource,
  isRazemApiError,
  isRazemContractError,
  isRazemError,
  isRazemRateLimitError,
  type FieldError,
  type Problem,
  type RazemAdminClient,
  type RazemClient,
  type RazemHttp,
} from '../src/index.js';

const razem = createRazemClient({ baseUrl: 'https://api.razem.example', publishableKey: 'rzm_pk_x' });
const admin = createRazemAdminClient({ baseUrl: 'https://api.razem.example', secretKey: 'rzm_sk_x' });

describe('clients', () => {
  it('compose the documented resources', () => {
    expectTypeOf(razem).toEqualTypeOf<RazemClient>();
    expectTypeOf(razem.http).toEqualTypeOf<RazemHttp>();
    expectTypeOf(admin).toEqualTypeOf<RazemAdminClient>();
    expectTypeOf(createRazemClient).parameter(0).toEqualTypeOf<Parameters<typeof createRazemHttp>[0] | RazemHttp>();
    // @ts-expect-error admin calls are not part of the public client
    void razem.admin;
    // @ts-expect-error the public client has no export
    void razem.ideas.exportCsv;
  });

  it('require a base URL', () => {
    // @ts-expect-error baseUrl is required
    createRazemClient({ publishableKey: 'rzm_pk_x' });
  });
});

describe('events', () => {
  it('returns contract types', () => {
    expectTypeOf(razem.events.list()).resolves.toEqualTypeOf<Page<ConsortiumEvent>>();
    expectTypeOf(razem.events.iterate()).toEqualTypeOf<AsyncIterable<ConsortiumEvent>>();
    expectTypeOf(razem.events.all()).resolves.toEqualTypeOf<ConsortiumEvent[]>();
    expectTypeOf(razem.events.get('id')).resolves.toEqualTypeOf<ConsortiumEvent>();
    expectTypeOf(razem.events.feedUrl()).toEqualTypeOf<string>();
  });

  it('types the query', () => {
    razem.events.list({ from: new Date(), to: '2026-12-31T23:00:00Z', kind: ['workshop', 'panel'], status: 'scheduled', limit: 20 });
    // @ts-expect-error unknown kind
    razem.events.list({ kind: ['party'] });
    // @ts-expect-error dates, not numbers
    razem.events.list({ from: 1700000000 });
    // @ts-expect-error iterate walks the cursors itself
    razem.events.iterate({ cursor: 'abc' });
    razem.events.list({}, { signal: AbortSignal.timeout(1000), timeout: 500 });
  });
});

describe('ideas, partners, admin', () => {
  it('types bodies and answers', () => {
    expectTypeOf(razem.ideas.submit).parameter(0).toEqualTypeOf<IdeaSubmission>();
    expectTypeOf(razem.ideas.submit({} as IdeaSubmission, { idempotencyKey: 'k-12345678' })).resolves.toEqualTypeOf<IdeaReceipt>();
    expectTypeOf(razem.ideas.status('RZM-7K3Q-9XTB')).resolves.toEqualTypeOf<IdeaPublicStatus>();
    expectTypeOf(razem.partners.all()).resolves.toEqualTypeOf<Partner[]>();
    expectTypeOf(admin.ideas.list()).resolves.toEqualTypeOf<Page<IdeaAdminView>>();
    expectTypeOf(admin.ideas.exportCsv()).resolves.toEqualTypeOf<string>();
    expectTypeOf(admin.ideas.delete('id')).resolves.toEqualTypeOf<void>();
    // @ts-expect-error privacy consent must be literally true
    razem.ideas.submit({ ...({} as IdeaSubmission), privacyConsent: false });
    // @ts-expect-error not a status of the workflow
    admin.ideas.updateStatus('id', { status: 'done' });
  });
});

describe('core', () => {
  const http = createRazemHttp({ baseUrl: 'https://api.razem.example' });
  it('infers the answer from the schema, the call kind or nothing', () => {
    expectTypeOf(http.request('GET', 'v1/events/x', { schema: Event })).resolves.toEqualTypeOf<ConsortiumEvent>();
    expectTypeOf(http.request('GET', 'v1/events.ics', { as: 'text' })).resolves.toEqualTypeOf<string>();
    expectTypeOf(http.request('DELETE', 'v1/admin/events/x')).resolves.toEqualTypeOf<void>();
    // @ts-expect-error the API uses no PUT
    http.request('PUT', 'v1/events');
    expectTypeOf(new EventsResource(http).http).toEqualTypeOf<RazemHttp>();
  });
});

describe('errors', () => {
  it('narrow through the guards', () => {
    const error: unknown = new Error('x');
    if (isRazemError(error)) expectTypeOf(error.code).toEqualTypeOf<string>();
    if (isRazemApiError(error)) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.problem).toEqualTypeOf<Problem>();
      expectTypeOf(error.fieldErrors).toEqualTypeOf<FieldError[]>();
    }
    if (isRazemRateLimitError(error)) expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
    if (isRazemContractError(error)) expectTypeOf(error.path).toEqualTypeOf<string>();
  });
});
