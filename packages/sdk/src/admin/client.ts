import { RazemConfigError } from '../errors.js';
import { createRazemHttp, type RazemHttp, type RazemHttpOptions } from '../http.js';
import { AdminConsentsResource } from './consents.js';
import { AdminEventsResource } from './events.js';
import { AdminIdeasResource } from './ideas.js';
import { AdminPartnersResource } from './partners.js';

/** Admin resources, composed by {@link createRazemAdminClient}. */
export interface RazemAdminClient {
  /** The shared core. */
  readonly http: RazemHttp;
  /** Review, export and erase ideas. */
  readonly ideas: AdminIdeasResource;
  /** Publish, change and delete events. */
  readonly events: AdminEventsResource;
  /** Add, change and remove partners. */
  readonly partners: AdminPartnersResource;
  /** Proof of consent. */
  readonly consents: AdminConsentsResource;
}

/**
 * Creates the admin client (staff tools, server integrations). Needs a secret key, so it belongs
 * on a server. Kept apart from `createRazemClient` so public bundles carry no admin code.
 *
 * @param options - client options, or an existing core to share.
 * @throws {RazemConfigError} without a `secretKey`.
 */
export function createRazemAdminClient(options: RazemHttpOptions | RazemHttp): RazemAdminClient {
  const http = 'request' in options ? options : createRazemHttp(options);
  if (!http.hasSecretKey) {
    throw new RazemConfigError('Admin calls need a secretKey (rzm_sk_…); publishable keys cannot reach /v1/admin.');
  }
  return {
    http,
    ideas: new AdminIdeasResource(http),
    events: new AdminEventsResource(http),
    partners: new AdminPartnersResource(http),
    consents: new AdminConsentsResource(http),
  };
}
