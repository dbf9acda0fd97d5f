/**
 * Every endpoint of the API with what a request to it is made of: the credential that lets it
 * reach validation, the contract schema of its body, a generator of valid query strings (from the
 * contract's enums and limits) and of its path parameters. The fuzzers walk this table, so an
 * endpoint added to the API without a row here is caught by `endpoints.test.ts`.
 */
import fc from 'fast-check';
import {
  AUTHOR_ROLES,
  ConsentRecordInput,
  ErasureRequest,
  EVENT_KINDS,
  EVENT_STATUSES,
  EventCreate,
  EventUpdate,
  IDEA_CATEGORIES,
  IDEA_STATUSES,
  IdeaStatusChange,
  IdeaSubmission,
  LOCALES,
  PARTNER_KINDS,
  PartnerCreate,
  PartnerUpdate,
} from '@razem/contract';
import type * as z from 'zod/mini';

/** Which key a request carries to get past authentication. */
export type Credential = 'none' | 'publishable' | 'secret';

/** Ids that exist in the seeded database, so some requests reach the deepest code paths. */
export interface KnownIds {
  eventIds: string[];
  partnerIds: string[];
  ideaIds: string[];
  trackingCodes: string[];
  consentIds: string[];
}

/** One endpoint of the API. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Hono-style route, `:name` for parameters. */
  route: string;
  credential: Credential;
  body?: z.core.$ZodType;
  /** Names of the query parameters the endpoint knows. */
  queryFields?: readonly string[];
  /** Valid query parameters. */
  query?: (known: KnownIds) => fc.Arbitrary<Record<string, string>>;
  /** Valid values of each path parameter. */
  params?: (known: KnownIds) => Record<string, fc.Arbitrary<string>>;
}

/** `GET /v1/events` → the id used in counters. */
export const endpointId = (e: Pick<Endpoint, 'method' | 'route'>): string => `${e.method} ${e.route}`;

const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const csv = (values: readonly string[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }).map((v) => v.join(','));
const limit = fc.integer({ min: 1, max: 100 }).map(String);
const fromKnown = (values: string[], fallback: fc.Arbitrary<string>) => (values.length ? fc.oneof(fc.constantFrom(...values), fallback) : fallback);
const slug = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,8}){0,2}$/);
const uuid = fc.uuid({ version: 4 });
const trackingCode = fc.stringMatching(/^RZM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

const partial = <T extends Record<string, fc.Arbitrary<string>>>(fields: T) =>
  fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;

const ADMIN_IDEA_QUERY = {
  status: fc.constantFrom(...IDEA_STATUSES),
  category: fc.constantFrom(...IDEA_CATEGORIES),
  authorRole: fc.constantFrom(...AUTHOR_ROLES),
  sourceSite: fc.constantFrom('test.razem.example', 'frgk.pl', 'localhost'),
  email: fc.constantFrom('anna@example.org', 'jan.kowalski@frgk.pl'),
  q: fc.string({ maxLength: 30 }),
  receivedFrom: instant,
  receivedTo: instant,
};

/** The API's endpoints. Health and the OpenAPI document take no input and are checked by path fuzzing only. */
export const ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'GET',
    route: '/v1/partners',
    credential: 'none',
    queryFields: ['kind', 'limit', 'cursor'],
    query: () => partial({ kind: fc.constantFrom(...PARTNER_KINDS), limit }),
  },
  { method: 'GET', route: '/v1/partners/:id', credential: 'none', params: (k) => ({ id: fromKnown(k.partnerIds, slug) }) },
  {
    method: 'GET',
    route: '/v1/events',
    credential: 'none',
    queryFields: ['from', 'to', 'kind', 'organizer', 'status', 'limit', 'cursor'],
    query: (k) =>
      partial({ from: instant, to: instant, kind: csv(EVENT_KINDS), organizer: fromKnown(k.partnerIds, slug), status: csv(EVENT_STATUSES), limit }),
  },
  {
    method: 'GET',
    route: '/v1/events.ics',
    credential: 'none',
    queryFields: ['kind', 'organizer', 'lang'],
    query: (k) => partial({ kind: csv(EVENT_KINDS), organizer: fromKnown(k.partnerIds, slug), lang: fc.constantFrom(...LOCALES) }),
  },
  {
    method: 'GET',
    route: '/v1/events/:id.ics',
    credential: 'none',
    queryFields: ['lang'],
    query: () => partial({ lang: fc.constantFrom(...LOCALES) }),
    params: (k) => ({ id: fromKnown(k.eventIds, uuid) }),
  },
  { method: 'GET', route: '/v1/events/:id', credential: 'none', params: (k) => ({ id: fromKnown(k.eventIds, uuid) }) },
  {
    method: 'GET',
    route: '/v1/ideas/status/:trackingCode',
    credential: 'none',
    params: (k) => ({ trackingCode: fromKnown(k.trackingCodes, trackingCode) }),
  },
  { method: 'POST', route: '/v1/ideas', credential: 'publishable', body: IdeaSubmission },
  { method: 'POST', route: '/v1/consents', credential: 'publishable', body: ConsentRecordInput },
  {
    method: 'GET',
    route: '/v1/admin/ideas',
    credential: 'secret',
    queryFields: [...Object.keys(ADMIN_IDEA_QUERY), 'limit', 'cursor'],
    query: () => partial({ ...ADMIN_IDEA_QUERY, limit }),
  },
  {
    method: 'GET',
    route: '/v1/admin/ideas/export.csv',
    credential: 'secret',
    queryFields: Object.keys(ADMIN_IDEA_QUERY),
    query: () => partial(ADMIN_IDEA_QUERY),
  },
  { method: 'POST', route: '/v1/admin/ideas/erase', credential: 'secret', body: ErasureRequest },
  { method: 'GET', route: '/v1/admin/ideas/:id', credential: 'secret', params: (k) => ({ id: fromKnown(k.ideaIds, uuid) }) },
  { method: 'DELETE', route: '/v1/admin/ideas/:id', credential: 'secret', params: () => ({ id: uuid }) },
  {
    method: 'PATCH',
    route: '/v1/admin/ideas/:id/status',
    credential: 'secret',
    body: IdeaStatusChange,
    params: (k) => ({ id: fromKnown(k.ideaIds, uuid) }),
  },
  { method: 'POST', route: '/v1/admin/events', credential: 'secret', body: EventCreate },
  { method: 'PATCH', route: '/v1/admin/events/:id', credential: 'secret', body: EventUpdate, params: (k) => ({ id: fromKnown(k.eventIds, uuid) }) },
  { method: 'DELETE', route: '/v1/admin/events/:id', credential: 'secret', params: () => ({ id: uuid }) },
  { method: 'POST', route: '/v1/admin/partners', credential: 'secret', body: PartnerCreate },
  {
    method: 'PATCH',
    route: '/v1/admin/partners/:id',
    credential: 'secret',
    body: PartnerUpdate,
    params: (k) => ({ id: fromKnown(k.partnerIds, slug) }),
  },
  { method: 'DELETE', route: '/v1/admin/partners/:id', credential: 'secret', params: () => ({ id: slug.map((s) => `fuzz-${s}`) }) },
  {
    method: 'GET',
    route: '/v1/admin/consents',
    credential: 'secret',
    queryFields: ['consentId'],
    query: (k) => fc.record({ consentId: fromKnown(k.consentIds, uuid) }),
  },
];

/** The path of `endpoint` with each `:param` replaced by the raw (already encoded) value. */
export function fillRoute(route: string, params: Record<string, string>): string {
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${route}`);
    return value;
  });
}

/** A query string (with `?`) from already encoded pairs. */
export function queryString(pairs: readonly (readonly [string, string])[]): string {
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
}
