/**
 * Writing a decision: a first-party cookie (sent to the partner's server, shared across
 * subdomains with `cookieDomain`) mirrored in localStorage (survives cookie cleaners that spare
 * storage). Loaded after a decision, with the other effects; reading is in `storage.ts`.
 */
import type { ResolvedConsentConfig, StoredConsent } from './types.js';

/**
 * `1~<uuid>~<revision>~<method>~<decidedAt base 36>~<cat>.-<refused cat>…`: only cookie-safe
 * characters, about 110 bytes. Read back by `decodeConsent`.
 */
export function encodeConsent(consent: StoredConsent): string {
  const cats = Object.entries(consent.choices).map(([id, granted]) => (granted ? id : `-${id}`));
  return ['1', consent.id, consent.revision, consent.method, consent.decidedAt.toString(36), cats.join('.')].join('~');
}

/**
 * Stores a decision in both places; `true` when at least one of them kept it. Blocked cookies or
 * storage (they throw in some browsers and sandboxed frames) only make it `false`.
 */
export function writeConsent(config: ResolvedConsentConfig, consent: StoredConsent): boolean {
  const { cookieName: name, cookieDomain: domain } = config;
  const value = encodeConsent(consent);
  // The cookie lives as long as the longest validity; validity itself is checked on read.
  const maxAge = Math.max(config.consentMonths, config.refusalMonths) * 31 * 86400;
  let kept = false;
  try {
    document.cookie =
      `${name}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Lax` +
      (location.protocol === 'https:' ? '; Secure' : '') +
      (domain ? `; Domain=${domain}` : '');
    kept = `; ${document.cookie}; `.includes(`; ${name}=${value}; `);
  } catch {
    // cookies blocked
  }
  try {
    localStorage.setItem(name, value);
    kept = true;
  } catch {
    // storage blocked or full
  }
  return kept;
}
