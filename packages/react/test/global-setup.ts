/**
 * Node side of the browser tests: the reference API on 127.0.0.1 (port 0, in-memory PGlite,
 * seeded, a publishable key for the loopback origins), handed to Chromium through `provide`.
 */
import type { TestProject } from 'vitest/node';

/** The part of `@razem/api/testing` used here. */
interface TestingModule {
  startTestServer(): Promise<{ url: string; publishableKey: string; close(): Promise<void> }>;
}

// A variable specifier, so this package's typecheck does not compile the API's sources.
const TESTING: string = '@razem/api/testing';

/** What the browser tests learn about the running API. */
export interface RazemTestApi {
  url: string;
  publishableKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    razemApi: RazemTestApi;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { startTestServer } = (await import(/* @vite-ignore */ TESTING)) as TestingModule;
  const server = await startTestServer();
  project.provide('razemApi', { url: server.url, publishableKey: server.publishableKey });
  return () => server.close();
}
