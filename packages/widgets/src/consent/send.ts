/**
 * The SDK side of proof of consent, loaded by record.ts on the first record to send: the consents
 * resource alone (a dynamic import of the whole SDK would download every resource, admin ones
 * included, with their schemas).
 */
import { ConsentsResource } from '@razem/sdk';
import { razemHttp } from '../shared/client.js';
import type { QueuedRecord } from './queue.js';
import type { ResolvedConsentConfig } from './types.js';

/** Sends one queued record through the page's shared SDK core. */
export function consentSender(config: ResolvedConsentConfig): (item: QueuedRecord) => Promise<unknown> {
  const consents = new ConsentsResource(razemHttp({ apiBase: config.apiBase!, apiKey: config.apiKey }));
  return (item) => consents.record(item.input, { idempotencyKey: item.key });
}
