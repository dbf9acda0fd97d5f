/**
 * What the global setup hands to every test file: where the demo and the API run and the keys.
 */
import { inject } from 'vitest';

/** Addresses and keys of one test run. */
export interface DemoEnvironment {
  /** The demo server, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Path prefix of the widgets' CDN build on the demo server. */
  cdnPath: string;
  /** The API the pages talk to. */
  apiUrl: string;
  publishableKey: string;
  /** For admin reads through the SDK (Node only; the API refuses it from browsers). */
  secretKey: string;
  /** Site of the publishable key: the `sourceSite` of ideas sent from the demo. */
  site: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demo: DemoEnvironment;
  }
}

/** The environment of this run. */
export const demoEnv = (): DemoEnvironment => inject('demo');
