/**
 * The SDK core shared by every element on a page. Elements load this module with a dynamic
 * `import()` only when they call the API, so pages using inline JSON never download the SDK.
 * One core per API base URL and key: ten elements on a page share its retries, timeouts and
 * validation instead of building ten clients.
 */
import { createRazemHttp, type RazemHttp } from '@razem/sdk';
import type { RazemConfig } from './config.js';

const cores = new Map<string, RazemHttp>();

/** The page's SDK core for `config`, created on first use. */
export function razemHttp(config: RazemConfig & { apiBase: string }): RazemHttp {
  const key = `${config.apiBase}\n${config.apiKey ?? ''}`;
  let core = cores.get(key);
  if (!core) {
    core = createRazemHttp({
      baseUrl: config.apiBase,
      ...(config.apiKey ? { publishableKey: config.apiKey } : {}),
    });
    cores.set(key, core);
  }
  return core;
}
