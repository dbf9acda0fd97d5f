/**
 * Starts what the end-to-end tests drive: the reference API (in-memory PGlite, seeded, with a
 * publishable key for the demo's origin and a secret key for the admin checks) and the demo
 * server on a free loopback port, after building the Vite page so /vite/ serves this checkout's
 * code. Tests read the addresses and keys with `inject('demo')`.
 */
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startDemoServer } from '../server/server.ts';
import type { DemoEnvironment } from './support/env.ts';

/** The part of `@razem/api/testing` used here. */
interface TestingModule {
  startTestServer(options: { origins: string[] }): Promise<{
    url: string;
    publishableKey: string;
    secretKey: string;
    site: string;
    close(): Promise<void>;
  }>;
}

// The API's types point at its TypeScript sources; a static import would make this package's
// typecheck compile the API with our settings. A variable specifier checks only the interface.
const TESTING: string = '@razem/api/testing';

/** A port nobody listens on right now (the demo's origin must be known before the API starts). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Builds the Vite page. The widgets' npm build may be in the middle of a rebuild (turbo, or
 * someone's watch mode next to this run): then wait and try again a few times.
 */
async function buildVitePage(): Promise<void> {
  const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
  for (let attempt = 1; ; attempt++) {
    try {
      await build({ configFile, logLevel: 'warn' });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await sleep(5000);
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildVitePage();
  const port = await freePort();
  const { startTestServer } = (await import(TESTING)) as TestingModule;
  const api = await startTestServer({ origins: [`http://127.0.0.1:${port}`] });
  const demo = await startDemoServer({ apiBase: api.url, apiKey: api.publishableKey, port }).catch(async (error: unknown) => {
    await api.close();
    throw error;
  });
  const environment: DemoEnvironment = {
    url: demo.url,
    cdnPath: await demo.cdnPath(),
    apiUrl: api.url,
    publishableKey: api.publishableKey,
    secretKey: api.secretKey,
    site: api.site,
  };
  project.provide('demo', environment);
  return async () => {
    await demo.close();
    await api.close();
  };
}
