/**
 * What the demo server records for the people (and tests) looking at it: CSP violation reports,
 * from the browser's reporting and from the page's own listener, and hits of the foundation's
 * self-hosted visit counter, which only the consented analytics snippet sends.
 */

/** One Content-Security-Policy violation, whichever way it was reported. */
export interface CspReport {
  /** `report-uri` (`application/csp-report`), `report-to` (Reporting API) or `page` (listener in site.js). */
  via: 'report-uri' | 'report-to' | 'page';
  directive: string;
  blocked: string;
  /** The first characters of a blocked inline script or style (`'report-sample'`). */
  sample: string;
  document: string;
  at: string;
}

/** One hit of the visit counter. */
export interface StatsHit {
  path: string;
  at: string;
}

/** Everything recorded since the server started (oldest first, at most {@link LOG_LIMIT} each). */
export interface DemoLog {
  cspReports: CspReport[];
  statsHits: StatsHit[];
}

/** Entries kept per list: a page caught in a loop must not fill the memory. */
export const LOG_LIMIT = 1000;

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 500) : '');

/** Reads the violation reports out of a request body of any of the three formats. */
export function parseCspReports(contentType: string, body: string): CspReport[] {
  const at = new Date().toISOString();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [];
  }
  const make = (via: CspReport['via'], r: Record<string, unknown>): CspReport => ({
    via,
    directive: text(r['effective-directive'] ?? r.effectiveDirective ?? r['violated-directive'] ?? r.directive),
    blocked: text(r['blocked-uri'] ?? r.blockedURL ?? r.blocked),
    sample: text(r['script-sample'] ?? r.sample),
    document: text(r['document-uri'] ?? r.documentURL ?? r.document),
    at,
  });
  if (contentType.includes('application/reports+json') && Array.isArray(json)) {
    return json
      .filter((r): r is { type: string; body: Record<string, unknown> } => !!r && r.type === 'csp-violation' && typeof r.body === 'object')
      .map((r) => make('report-to', r.body));
  }
  if (json && typeof json === 'object' && 'csp-report' in json) {
    return [make('report-uri', (json as { 'csp-report': Record<string, unknown> })['csp-report'])];
  }
  if (json && typeof json === 'object' && (json as { source?: unknown }).source === 'page') {
    return [make('page', json as Record<string, unknown>)];
  }
  return [];
}

/** Appends, dropping the oldest entries past {@link LOG_LIMIT}. */
export function append<T>(list: T[], items: T[]): void {
  list.push(...items);
  if (list.length > LOG_LIMIT) list.splice(0, list.length - LOG_LIMIT);
}
