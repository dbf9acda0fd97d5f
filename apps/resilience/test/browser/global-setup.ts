/**
 * Node side of the Chromium tests: the reference API on loopback (in-memory PGlite, seeded), the
 * hostile partners, events and ideas created through the SDK, and the fault proxy the consent
 * tests put between the page and the API. Handed to the tests with `provide`.
 */
import { startTestServer } from '@razem/api/testing';
import type { TestProject } from 'vitest/node';
import { startFaultProxy } from '../../../../packages/sdk/test/support/fault-proxy.js';
import { XSS_PAYLOADS } from '../../src/corpus.js';
import { seedHostile } from '../../src/hostile-seed.js';
import { LONG } from '../../src/mode.js';
import { setState } from './state.js';

/** Month of the hostile events: far from the seeded ones, so each day holds one. */
export const HOSTILE_MONTH = '2031-03';

/** Starts the API, the proxy and the hostile records; returns their teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const api = await startTestServer();
  const proxy = await startFaultProxy(api.url);
  try {
    const hostile = await seedHostile({
      baseUrl: api.url,
      publishableKey: api.publishableKey,
      secretKey: api.secretKey,
      texts: XSS_PAYLOADS.map((p) => p.text),
      tag: 'xss',
      month: HOSTILE_MONTH,
    });
    setState({ api, proxy, hostile });
    project.provide('resilience', { apiUrl: api.url, publishableKey: api.publishableKey, proxyUrl: proxy.url, hostile, long: LONG });
  } catch (error) {
    await proxy.close();
    await api.close();
    throw error;
  }
  return async () => {
    setState(undefined);
    await proxy.close();
    await api.close();
  };
}
