/**
 * What the Node side of the browser tests shares: global setup starts the API, the fault proxy in
 * front of its consent endpoint and the hostile records; the browser commands (vitest.config.ts)
 * reach them here. Kept on `globalThis` because the config and the global setup are loaded as
 * separate module graphs of the same process.
 */
import type { TestServer } from '@razem/api/testing';
import type { FaultProxy } from '../../../../packages/sdk/test/support/fault-proxy.js';
import type { HostileData } from '../../src/hostile-seed.js';

/** The running pieces. */
export interface BrowserState {
  api: TestServer;
  proxy: FaultProxy;
  hostile: HostileData;
}

const KEY = Symbol.for('razem.resilience.browser-state');

/** Stores the state for the commands. */
export function setState(state: BrowserState | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = state;
}

/** The state set by global setup; throws when it is not running. */
export function getState(): BrowserState {
  const state = (globalThis as Record<symbol, unknown>)[KEY] as BrowserState | undefined;
  if (!state) throw new Error('The resilience browser global setup is not running');
  return state;
}

/** What browser tests receive through `inject('resilience')`. */
export interface ProvidedResilience {
  /** The API, e.g. `http://127.0.0.1:41234`. */
  apiUrl: string;
  publishableKey: string;
  /** The same API behind the fault proxy (for the consent records). */
  proxyUrl: string;
  hostile: HostileData;
  long: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    resilience: ProvidedResilience;
  }
}
