import { createRazemHttp, type RazemHttp, type RazemHttpOptions } from './http.js';
import { ConsentsResource } from './resources/consents.js';
import { EventsResource } from './resources/events.js';
import { IdeasResource } from './resources/ideas.js';
import { PartnersResource } from './resources/partners.js';

/** The public resources, composed by {@link createRazemClient}. */
export interface RazemClient {
  /** The shared core; pass it to other resources or to `createRazemAdminClient`. */
  readonly http: RazemHttp;
  /** Consortium partners. */
  readonly partners: PartnersResource;
  /** Events and calendar feeds. */
  readonly events: EventsResource;
  /** Submit ideas and check their status. */
  readonly ideas: IdeasResource;
  /** Record consent decisions. */
  readonly consents: ConsentsResource;
}

/**
 * Creates a client for the public API: partners, events, ideas and consents.
 *
 * @param options - client options, or an existing core to share (one per page is enough).
 * @throws {RazemConfigError} for an invalid `baseUrl` or a secret key in a browser.
 * @example
 * ```ts
 * const razem = createRazemClient({ baseUrl: 'https://api.razem.example', publishableKey: 'rzm_pk_…' });
 * const { data } = await razem.events.list({ kind: ['workshop'] });
 * ```
 */
export function createRazemClient(options: RazemHttpOptions | RazemHttp): RazemClient {
  const http = 'request' in options ? options : createRazemHttp(options);
  return {
    http,
    partners: new PartnersResource(http),
    events: new EventsResource(http),
    ideas: new IdeasResource(http),
    consents: new ConsentsResource(http),
  };
}
