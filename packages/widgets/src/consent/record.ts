/**
 * Proof of consent through the SDK. A decision is queued first and then sent, so an unreachable
 * API, a closed tab or a reload loses nothing: what is left goes out on the `online` event and
 * on the next page load. Nothing here blocks the page; the SDK itself is imported only now.
 */
import { enqueue, flushQueue, type QueuedRecord, type SendOutcome } from './queue.js';
import type { ConsentState, ResolvedConsentConfig } from './types.js';

/** localStorage key of the outbox for a configuration. */
export const queueName = (config: ResolvedConsentConfig): string => `${config.cookieName}_queue`;

const listening = new Set<string>();

/** Queues proof of the decision in `state` and tries to send it. */
export function record(config: ResolvedConsentConfig, state: ConsentState): Promise<void> {
  if (!state.decidedAt || !state.method) return Promise.resolve();
  enqueue(queueName(config), {
    // One key per decision, the same on every attempt and in every tab.
    key: `consent-${state.consentId}-${Date.parse(state.decidedAt).toString(36)}`,
    input: {
      consentId: state.consentId,
      policyRevision: state.revision,
      choices: state.choices,
      method: state.method,
      decidedAt: state.decidedAt,
      language: config.language,
    },
  });
  return flush(config);
}

/** Sends whatever is queued; keeps trying when the browser comes back online. */
export function flush(config: ResolvedConsentConfig): Promise<void> {
  if (!listening.has(queueName(config))) {
    listening.add(queueName(config));
    addEventListener('online', () => void flush(config));
  }
  // One run per endpoint: a run stuck on an unreachable address never holds up a reachable one.
  return flushQueue(queueName(config), sender(config), `${queueName(config)} ${config.apiBase}`);
}

type Send = (item: QueuedRecord) => Promise<unknown>;
const clients = new Map<string, Promise<Send>>();

/** Sends through the SDK's consents resource, imported on first use. */
function client(config: ResolvedConsentConfig): Promise<Send> {
  const id = `${config.apiBase}\n${config.apiKey}`;
  let send = clients.get(id);
  if (!send) {
    send = import('./send.js').then((m) => m.consentSender(config));
    clients.set(id, send);
    // A chunk that failed to load is fetched again on the next attempt.
    send.catch(() => clients.delete(id));
  }
  return send;
}

function sender(config: ResolvedConsentConfig) {
  return async (item: QueuedRecord): Promise<SendOutcome> => {
    try {
      await (await client(config))(item);
      return 'done';
    } catch (error) {
      const status = (error as { status?: number }).status;
      // No answer, a timeout, an overloaded or failing server: try again later.
      if (!status || status === 408 || status === 429 || status >= 500) return 'retry';
      // The API refused this record for good (invalid, key not allowed here): keep the rest moving.
      console.warn('[razem] consent record refused:', error);
      return 'done';
    }
  };
}
