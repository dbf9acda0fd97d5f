/**
 * Browser-side helpers shared by the element tests.
 */
import { inject } from 'vitest';
import type { RazemTestApi } from './global-setup.js';

/** The reference API started by `global-setup.ts`. */
export function testApi(): RazemTestApi {
  return inject('razemApi');
}

/** A loopback URL where nothing listens: requests to it fail fast with a network error. */
export const DEAD_API = 'http://127.0.0.1:9';

/** Base URL of the test logos (`test/logos/*.svg`), served by the vitest browser server. */
export const LOGO_BASE = `${location.origin}/test/logos`;
