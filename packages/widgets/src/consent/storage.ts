/**
 * Reading the stored decision from the first-party cookie and its localStorage mirror (written
 * by `persist.ts`). Either may be blocked, throw or be corrupt; none of that may break the page.
 */
import { decodeConsent } from './decision.js';
import type { ResolvedConsentConfig, StoredConsent } from './types.js';

/** Runs `fn`, turning a thrown SecurityError (blocked storage, sandboxed frame) into `undefined`. */
export function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** The value of cookie `name`, or `undefined`. */
export function readCookie(name: string): string | undefined {
  const cookies = attempt(() => document.cookie) ?? '';
  for (const pair of cookies.split('; ')) {
    const eq = pair.indexOf('=');
    // Values are written cookie-safe (see persist.ts), so they need no decoding.
    if (pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return undefined;
}

/** The stored decision: whichever copy is valid, the newer one when both are. */
export function readConsent(config: ResolvedConsentConfig): StoredConsent | undefined {
  const cookie = decodeConsent(readCookie(config.cookieName));
  const local = decodeConsent(attempt(() => localStorage.getItem(config.cookieName)));
  return cookie && local ? (local.decidedAt > cookie.decidedAt ? local : cookie) : (cookie ?? local);
}
