/**
 * Everything <razem-idea-form> needs beyond showing the form, in one chunk loaded on demand
 * (when someone starts filling the form, sends or checks a status): the contract check, delivery
 * through the SDK and the status view. A page that merely shows the form downloads none of it,
 * nor zod, ky or the SDK.
 */
import { IdeasResource } from '@razem/sdk';
import { razemHttp } from '../shared/client.js';
import type { RazemConfig } from '../shared/config.js';

export { IdeaDelivery } from './delivery.js';
export { StatusView } from './status-view.js';
export { serverIssues, validateIdea } from './validate.js';

/** `ideas.submit` and `ideas.status` on the page's shared SDK core. */
export function ideasApi(config: RazemConfig & { apiBase: string }): IdeasResource {
  return new IdeasResource(razemHttp(config));
}
