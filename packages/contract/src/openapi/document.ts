/**
 * Builds the OpenAPI 3.1 document from the contract's schemas. Node-only (`@razem/contract/openapi`):
 * browsers never pay for zod-openapi.
 */
import * as z from 'zod/mini';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { HttpUrl, Locale, LocalizedText, PostalAddress, Timestamp } from '../common.js';
import { InstantText, LocalizedTextView, PostalAddressView } from '../response.js';
import { ConsortiumRole, Logo, Partner, PartnerCreate, PartnerKind, PartnerUpdate, RegistryNumbers } from '../partner.js';
import { Event, EventCreate, EventKind, EventLocation, EventPage, EventQuery, EventStatus, EventUpdate } from '../event.js';
import {
  AuthorRole,
  ErasureRequest,
  IdeaCategory,
  IdeaStatus,
  ErasureResult,
  IdeaAdminPage,
  IdeaAdminQuery,
  IdeaAdminView,
  IdeaPublicStatus,
  IdeaReceipt,
  IdeaStatusChange,
  IdeaSubmission,
  TrackingCode,
} from '../idea.js';
import { ConsentMethod, ConsentReceipt, ConsentRecord, ConsentRecordInput, ConsentRecordList } from '../consent.js';
import { FieldError, Problem, PROBLEM_CONTENT_TYPE } from '../problem.js';
import { Health } from '../health.js';
import { Slug, page, PageQuery } from '../common.js';

const json = (schema: z.core.$ZodType) => ({ content: { 'application/json': { schema } } });

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
});

/** Client mistakes every endpoint can answer with. */
const commonProblems: ZodOpenApiResponsesObject = {
  '400': problem('Invalid request: `errors` names each field and why'),
  '429': {
    ...problem('Too many requests; retry after the number of seconds in `Retry-After`'),
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
  },
};
const bodyProblems: ZodOpenApiResponsesObject = {
  '413': problem('Body larger than the limit'),
  '415': problem('Body is not `application/json`'),
  '422': problem('Well-formed JSON that breaks the schema; `errors` lists each field'),
};
const idempotencyProblems: ZodOpenApiResponsesObject = {
  '409': problem('`Idempotency-Key` reused with a different body, or the first request is still running'),
};
const authProblems: ZodOpenApiResponsesObject = {
  '401': problem('Missing, unknown or revoked key'),
  '403': problem('Key not allowed here (wrong kind, or a secret key from a browser origin)'),
};

const idempotencyHeader = z.object({
  'idempotency-key': z.optional(z.string().check(z.minLength(8), z.maxLength(255))),
});

const cached = (schema: z.core.$ZodType, description: string) => ({
  description,
  headers: {
    ETag: { schema: { type: 'string' as const } },
    'Cache-Control': { schema: { type: 'string' as const } },
  },
  ...json(schema),
});

const calendar = (description: string) => ({
  description,
  content: { 'text/calendar': { schema: { type: 'string' as const } } },
});

const publicRead = (op: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({
  ...op,
  security: [{}, { publishableKey: [] }],
  responses: { ...op.responses, '304': { description: 'Not modified (If-None-Match)' }, ...commonProblems },
});

const publicWrite = (op: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({
  ...op,
  security: [{ publishableKey: [] }, { secretKey: [] }],
  requestParams: { ...op.requestParams, header: idempotencyHeader },
  responses: { ...op.responses, ...commonProblems, ...bodyProblems, ...idempotencyProblems, ...authProblems },
});

const admin = (op: ZodOpenApiOperationObject, withBody = false): ZodOpenApiOperationObject => ({
  ...op,
  tags: ['admin'],
  security: [{ secretKey: [] }],
  requestParams: withBody ? { ...op.requestParams, header: idempotencyHeader } : op.requestParams,
  responses: {
    ...op.responses,
    ...commonProblems,
    ...authProblems,
    ...(withBody ? { ...bodyProblems, ...idempotencyProblems } : {}),
  },
});

const idParam = (schema: z.core.$ZodType) => ({ path: z.object({ id: schema }) });

const PartnerQuery = z.strictObject({ ...PageQuery.shape, kind: z.optional(PartnerKind) });
const CalendarQuery = z.strictObject({
  kind: z.optional(z.string()),
  organizer: z.optional(Slug),
  lang: z.optional(Locale),
});

/** The generated document (OpenAPI 3.1). */
export type OpenApiDocument = ReturnType<typeof createDocument>;

export interface OpenApiOptions {
  /** Version of the API package, shown as `info.version`. */
  version: string;
  /** Public base URL of the server, e.g. `http://127.0.0.1:8787`. */
  serverUrl?: string;
}

/** The OpenAPI 3.1 description of the Razem consortium API. */
export function buildOpenApiDocument({ version, serverUrl }: OpenApiOptions): OpenApiDocument {
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Razem consortium API',
        version,
        description:
          'Events, partners, ideas and consent records of the Bełchatów–Kleszczów "RAZEM Możemy Więcej" consortium. ' +
          'Errors are RFC 9457 problem details with a stable `code`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: serverUrl ? [{ url: serverUrl }] : undefined,
      tags: [
        { name: 'partners' },
        { name: 'events' },
        { name: 'ideas' },
        { name: 'consents' },
        { name: 'admin', description: 'Staff and server integrations; secret key required' },
        { name: 'operations' },
      ],
      components: {
        securitySchemes: {
          publishableKey: {
            type: 'http',
            scheme: 'bearer',
            description: '`rzm_pk_…`: safe in a web page, bound to the site’s allowed origins',
          },
          secretKey: {
            type: 'http',
            scheme: 'bearer',
            description: '`rzm_sk_…`: server-side only; refused when the request carries a browser Origin',
          },
        },
        schemas: {
          InstantText,
          LocalizedTextView,
          PostalAddressView,
          LocalizedText,
          Timestamp,
          HttpUrl,
          Slug,
          PostalAddress,
          Logo,
          RegistryNumbers,
          EventLocation,
          TrackingCode,
          FieldError,
          PartnerKind,
          ConsortiumRole,
          EventKind,
          EventStatus,
          IdeaCategory,
          AuthorRole,
          IdeaStatus,
          ConsentMethod,
          Partner,
          Event,
          IdeaSubmission,
          IdeaReceipt,
          IdeaPublicStatus,
          IdeaAdminView,
          ConsentRecordInput,
          ConsentRecord,
          Problem,
        },
      },
      paths: {
        '/health': {
          get: { tags: ['operations'], summary: 'Liveness', responses: { '200': { description: 'Up', ...json(Health) } } },
        },
        '/ready': {
          get: {
            tags: ['operations'],
            summary: 'Readiness: the database answers',
            responses: {
              '200': { description: 'Ready', ...json(Health) },
              '503': { description: 'Not ready', ...json(Health) },
            },
          },
        },
        '/v1/partners': {
          get: publicRead({
            tags: ['partners'],
            operationId: 'listPartners',
            summary: 'List partners, coordinators first',
            requestParams: { query: PartnerQuery },
            responses: { '200': cached(page(Partner), 'A page of partners') },
          }),
        },
        '/v1/partners/{id}': {
          get: publicRead({
            tags: ['partners'],
            operationId: 'getPartner',
            requestParams: idParam(Slug),
            responses: { '200': cached(Partner, 'The partner'), '404': problem('No such partner') },
          }),
        },
        '/v1/events': {
          get: publicRead({
            tags: ['events'],
            operationId: 'listEvents',
            summary: 'Events overlapping a date range (upcoming when no range is given)',
            requestParams: { query: EventQuery },
            responses: { '200': cached(EventPage, 'A page of events ordered by start') },
          }),
        },
        '/v1/events/{id}': {
          get: publicRead({
            tags: ['events'],
            operationId: 'getEvent',
            requestParams: idParam(z.uuid()),
            responses: { '200': cached(Event, 'The event'), '404': problem('No such event') },
          }),
        },
        '/v1/events.ics': {
          get: publicRead({
            tags: ['events'],
            operationId: 'eventsCalendar',
            summary: 'iCalendar feed (RFC 5545) of all events; subscribe with webcal://',
            requestParams: { query: CalendarQuery },
            responses: { '200': calendar('VCALENDAR with one VEVENT per event') },
          }),
        },
        '/v1/events/{id}.ics': {
          get: publicRead({
            tags: ['events'],
            operationId: 'eventCalendar',
            requestParams: { ...idParam(z.uuid()), query: z.object({ lang: z.optional(Locale) }) },
            responses: { '200': calendar('VCALENDAR with the one event'), '404': problem('No such event') },
          }),
        },
        '/v1/ideas': {
          post: publicWrite({
            tags: ['ideas'],
            operationId: 'submitIdea',
            summary: 'Submit an idea; retries with the same Idempotency-Key store it once',
            requestBody: json(IdeaSubmission),
            responses: { '201': { description: 'Stored', ...json(IdeaReceipt) } },
          }),
        },
        '/v1/ideas/status/{trackingCode}': {
          get: publicRead({
            tags: ['ideas'],
            operationId: 'getIdeaStatus',
            requestParams: { path: z.object({ trackingCode: TrackingCode }) },
            responses: { '200': cached(IdeaPublicStatus, 'Public status'), '404': problem('Unknown tracking code') },
          }),
        },
        '/v1/consents': {
          post: publicWrite({
            tags: ['consents'],
            operationId: 'recordConsent',
            summary: 'Record proof of a consent decision',
            requestBody: json(ConsentRecordInput),
            responses: { '201': { description: 'Recorded', ...json(ConsentReceipt) } },
          }),
        },
        '/v1/admin/ideas': {
          get: admin({
            operationId: 'adminListIdeas',
            requestParams: { query: IdeaAdminQuery },
            responses: { '200': { description: 'A page of ideas, newest first', ...json(IdeaAdminPage) } },
          }),
        },
        '/v1/admin/ideas/export.csv': {
          get: admin({
            operationId: 'adminExportIdeas',
            summary: 'CSV export (UTF-8 with BOM), same filters as the list; formula-like cells are neutralised',
            requestParams: { query: z.omit(IdeaAdminQuery, { limit: true, cursor: true }) },
            responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } } },
          }),
        },
        '/v1/admin/ideas/erase': {
          post: admin(
            {
              operationId: 'adminEraseIdeas',
              summary: 'Erase the personal data of every idea sent from an address (GDPR Art. 17)',
              requestBody: json(ErasureRequest),
              responses: { '200': { description: 'How many ideas were erased', ...json(ErasureResult) } },
            },
            true,
          ),
        },
        '/v1/admin/ideas/{id}': {
          get: admin({
            operationId: 'adminGetIdea',
            requestParams: idParam(z.uuid()),
            responses: { '200': { description: 'The idea', ...json(IdeaAdminView) }, '404': problem('No such idea') },
          }),
          delete: admin({
            operationId: 'adminDeleteIdea',
            requestParams: idParam(z.uuid()),
            responses: { '204': { description: 'Deleted' }, '404': problem('No such idea') },
          }),
        },
        '/v1/admin/ideas/{id}/status': {
          patch: admin(
            {
              operationId: 'adminChangeIdeaStatus',
              requestParams: idParam(z.uuid()),
              requestBody: json(IdeaStatusChange),
              responses: {
                '200': { description: 'Updated', ...json(IdeaAdminView) },
                '404': problem('No such idea'),
                '409': problem('Transition not allowed from the current status'),
              },
            },
            true,
          ),
        },
        '/v1/admin/events': {
          post: admin(
            {
              operationId: 'adminCreateEvent',
              requestBody: json(EventCreate),
              responses: { '201': { description: 'Created', ...json(Event) } },
            },
            true,
          ),
        },
        '/v1/admin/events/{id}': {
          patch: admin(
            {
              operationId: 'adminUpdateEvent',
              requestParams: idParam(z.uuid()),
              requestBody: json(EventUpdate),
              responses: { '200': { description: 'Updated', ...json(Event) }, '404': problem('No such event') },
            },
            true,
          ),
          delete: admin({
            operationId: 'adminDeleteEvent',
            requestParams: idParam(z.uuid()),
            responses: { '204': { description: 'Deleted' }, '404': problem('No such event') },
          }),
        },
        '/v1/admin/partners': {
          post: admin(
            {
              operationId: 'adminCreatePartner',
              requestBody: json(PartnerCreate),
              responses: { '201': { description: 'Created', ...json(Partner) }, '409': problem('Id taken') },
            },
            true,
          ),
        },
        '/v1/admin/partners/{id}': {
          patch: admin(
            {
              operationId: 'adminUpdatePartner',
              requestParams: idParam(Slug),
              requestBody: json(PartnerUpdate),
              responses: { '200': { description: 'Updated', ...json(Partner) }, '404': problem('No such partner') },
            },
            true,
          ),
          delete: admin({
            operationId: 'adminDeletePartner',
            requestParams: idParam(Slug),
            responses: { '204': { description: 'Deleted' }, '404': problem('No such partner') },
          }),
        },
        '/v1/admin/consents': {
          get: admin({
            operationId: 'adminListConsents',
            summary: 'Proof of consent: every decision recorded under one consent id',
            requestParams: { query: z.object({ consentId: z.uuid() }) },
            responses: { '200': { description: 'Records, oldest first', ...json(ConsentRecordList) } },
          }),
        },
      },
    },
    {
      // Response schemas skip format checks at run time (see response.ts); the document still
      // tells readers and generators what the strings hold.
      override: ({ jsonSchema, zodSchema }) => {
        if (zodSchema === InstantText) jsonSchema.format = 'date-time';
      },
    },
  );
}

