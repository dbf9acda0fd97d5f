/**
 * Conditional GETs: a weak ETag over the exact body sent, and `If-None-Match` answered with 304.
 */
import { createHash } from 'node:crypto';

/** Cache policies of the API. */
export const CACHE = {
  /** Partners, events, feeds, the OpenAPI document: shared caches may keep them a minute. */
  public: 'public, max-age=60',
  /** Idea status: only the author's browser, briefly. */
  private: 'private, max-age=30',
  /** Admin answers and anything with personal data. */
  none: 'no-store',
} as const;

/** Weak validator for a body: `W/"<hash>"`. */
export function etagOf(body: string | Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Weak comparison (RFC 9110 §13.1.2) of `If-None-Match` against our ETag. */
export function matchesIfNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const ours = opaque(etag);
  return header.split(',').some((candidate) => opaque(candidate) === ours);
}

/** A cacheable response: 304 without a body when the client already has it. */
export function cachedResponse(
  request: Request,
  body: string,
  contentType: string,
  cacheControl: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = etagOf(body);
  const headers = new Headers({ ETag: etag, 'Cache-Control': cacheControl, ...extraHeaders });
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Type', contentType);
  return new Response(body, { status: 200, headers });
}

/** JSON variant of `cachedResponse`. */
export function cachedJson(request: Request, value: unknown, cacheControl: string): Response {
  return cachedResponse(request, JSON.stringify(value), 'application/json; charset=utf-8', cacheControl);
}
