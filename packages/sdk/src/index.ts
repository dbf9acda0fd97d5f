/**
 * @razem/sdk — typed client of the Razem consortium API for browsers, Node 22+, Deno, Bun and
 * edge workers. Every export is side-effect free: bundles keep only what they use.
 */
export { createRazemHttp } from './http.js';
export type {
  HttpMethod,
  Query,
  QueryValue,
  RazemCallInit,
  RazemHttp,
  RazemHttpOptions,
  RazemRequestOptions,
  RazemRetryOptions,
  RazemWriteOptions,
} from './http.js';
export {
  RazemError,
  RazemApiError,
  RazemAuthError,
  RazemNotFoundError,
  RazemRateLimitError,
  RazemNetworkError,
  RazemTimeoutError,
  RazemContractError,
  RazemConfigError,
  isRazemError,
  isRazemApiError,
  isRazemAuthError,
  isRazemNotFoundError,
  isRazemRateLimitError,
  isRazemNetworkError,
  isRazemTimeoutError,
  isRazemContractError,
  isRazemConfigError,
} from './errors.js';
export type { RazemApiErrorInit, RazemErrorJSON } from './errors.js';
export { paginate, collect } from './pagination.js';
export { EventsResource, type EventListQuery, type CalendarFeedQuery } from './resources/events.js';
export { PartnersResource, type PartnerListQuery } from './resources/partners.js';
export { IdeasResource } from './resources/ideas.js';
export { ConsentsResource } from './resources/consents.js';
export { createRazemClient, type RazemClient } from './client.js';
export { AdminIdeasResource, type AdminIdeaQuery } from './admin/ideas.js';
export { AdminEventsResource } from './admin/events.js';
export { AdminPartnersResource } from './admin/partners.js';
export { AdminConsentsResource } from './admin/consents.js';
export { createRazemAdminClient, type RazemAdminClient } from './admin/client.js';
export type {
  ConsentReceipt,
  ConsentRecord,
  ConsentRecordInput,
  ConsortiumEvent,
  EventCreate,
  EventKind,
  EventStatus,
  EventUpdate,
  FieldError,
  IdeaAdminView,
  IdeaPublicStatus,
  IdeaReceipt,
  IdeaStatusChange,
  IdeaSubmission,
  Locale,
  Page,
  Partner,
  PartnerCreate,
  PartnerKind,
  PartnerUpdate,
  Problem,
} from '@razem/contract';
