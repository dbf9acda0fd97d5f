/**
 * The demo's Content-Security-Policy: what a careful partner site would send. Scripts and styles
 * come from the site itself or carry the nonce of this one response; nothing inline runs without
 * it, nothing is evaluated from strings, and the only other origin the page may talk to or load
 * images from is the Razem API.
 */
import { randomBytes } from 'node:crypto';

/**
 * Where browsers send violation reports. `report-uri` only: with `report-to` in the policy,
 * Chromium ignores `report-uri` and batches reports through the Reporting API (delivered a minute
 * later, or never with background networking off), so nobody would see them in time. The page's
 * own listener (assets/site.js) reports to the same place at once.
 */
export const CSP_REPORT_PATH = '/__csp-report';

/** A fresh nonce: 128 random bits, base64 (the CSP grammar allows `+`, `/` and `=`). */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** What the policy of one response depends on. */
export interface PolicyOptions {
  nonce: string;
  /** Origin of the Razem API, e.g. `http://127.0.0.1:8787`. */
  apiOrigin: string;
  /** Pages that may frame this one: `'none'` for pages, `'self'` for the embedded map. */
  frameAncestors?: "'none'" | "'self'";
}

/**
 * The policy as a header value. `'report-sample'` asks for the first characters of a blocked
 * inline script or style in reports, so a report says what was blocked.
 */
export function contentSecurityPolicy({ nonce, apiOrigin, frameAncestors = "'none'" }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'report-sample'`,
    `style-src 'self' 'nonce-${nonce}' 'report-sample'`,
    `connect-src 'self' ${apiOrigin}`,
    `img-src 'self' data: ${apiOrigin}`,
    "font-src 'self'",
    "frame-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}
