/**
 * Node side of the browser tests: starts the reference API on 127.0.0.1 (port 0, in-memory
 * PGlite, seeded, with a publishable key allowing `http://localhost:*` and `http://127.0.0.1:*`)
 * and hands its address to the tests in Chromium through `provide`. Tests read it with
 * `testApi()` from `test/api.ts`.
 */
import type { TestProject } from 'vitest/node';

/** The part of `@razem/api/testing` used here. */
interface TestingModule {
  startTestServer(): Promise<{ url: string; publishableKey: string; close(): Promise<void> }>;
}

// The API package's types point at its TypeScript sources; importing them statically would make
// this package's typecheck compile the API with our settings. The specifier is a variable so only
// the narrow interface above is checked.
const TESTING: string = '@razem/api/testing';

/** What browser tests learn about the running API. */
export interface RazemTestApi {
  /** e.g. `http://127.0.0.1:43123`. */
  url: string;
  /** A publishable key for the loopback origins. */
  publishableKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    razemApi: RazemTestApi;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { startTestServer } = (await import(TESTING)) as TestingModule;
  const server = await startTestServer();
  project.provide('razemApi', { url: server.url, publishableKey: server.publishableKey });
  return () => server.close();
}
