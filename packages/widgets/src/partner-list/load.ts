/**
 * Loading partners from the API; imported on demand by <razem-partner-list> so the SDK stays out
 * of inline-JSON pages.
 */
import type { Partner } from '@razem/contract';
import { PartnersResource } from '@razem/sdk';
import { razemHttp } from '../shared/client.js';
import type { RazemConfig } from '../shared/config.js';

/** Every partner, all pages (a consortium has dozens, not thousands). */
export function loadPartners(config: RazemConfig & { apiBase: string }, signal: AbortSignal): Promise<Partner[]> {
  return new PartnersResource(razemHttp(config)).all({ limit: 100 }, { signal });
}
