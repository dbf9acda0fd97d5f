/**
 * Browser commands: what a page cannot do itself, run in Node. Reading proof of consent needs the
 * secret key (which the API refuses from browsers), and switching the network between the page
 * and the API happens in the fault proxy.
 */
import type { ConsentRecord } from '@razem/contract';
import { createRazemAdminClient } from '@razem/sdk';
import type { BrowserCommand } from 'vitest/node';
import { getState } from './state.js';

/** How the network between the page and the consent endpoint behaves. */
export type ConsentNetwork = 'down' | 'flaky' | 'up';

const consentRecords: BrowserCommand<[consentId: string], ConsentRecord[]> = async (_, consentId) => {
  const { api } = getState();
  return createRazemAdminClient({ baseUrl: api.url, secretKey: api.secretKey }).consents.list(consentId);
};

const consentNetwork: BrowserCommand<[mode: ConsentNetwork], void> = (_, mode) => {
  const { proxy } = getState();
  proxy.reset();
  const match = { method: 'POST', path: '/v1/consents' };
  // Down: connections die before the API sees them. Flaky: the API stores the record, then the
  // connection dies before the answer arrives (twice), then a 503 asks to come back.
  if (mode === 'down') proxy.always({ kind: 'drop-before' }, match);
  if (mode === 'flaky') proxy.next({ kind: 'drop-after' }, match).next({ kind: 'drop-after' }, match).next({ kind: 'status', status: 503, retryAfter: 0 }, match);
};

const consentAttempts: BrowserCommand<[], number> = () =>
  getState().proxy.requests.filter((r) => r.method === 'POST' && r.path === '/v1/consents').length;

/** The commands, for `test.browser.commands`. */
export const commands = { consentRecords, consentNetwork, consentAttempts };

/**
 * The commands as the browser calls them. Typed here rather than by augmenting `BrowserCommands`:
 * a workspace can hold several copies of vitest, and an augmentation reaches only one of them.
 */
export interface ResilienceCommands {
  consentRecords: (consentId: string) => Promise<ConsentRecord[]>;
  consentNetwork: (mode: ConsentNetwork) => Promise<void>;
  consentAttempts: () => Promise<number>;
}
