/**
 * Response compression, as any production host does it: Brotli or gzip by `Accept-Encoding`, for
 * text over 1 KB. Static files are compressed once per ETag and kept; pages (a fresh nonce each
 * time) are compressed as they go out, at a quality that costs about a millisecond.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** An encoding both sides speak. */
export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;
const MIN_BYTES = 1024;
/** Compressed static files kept; the demo serves a few hundred. */
const CACHE_LIMIT = 2000;
const cache = new Map<string, Buffer>();

/** The encoding to answer `accept` (an `Accept-Encoding` header) with, if any. */
export function negotiate(accept: string | undefined): Encoding | undefined {
  const offered = (accept ?? '').toLowerCase();
  if (/\bbr\b/.test(offered)) return 'br';
  if (/\bgzip\b/.test(offered)) return 'gzip';
  return undefined;
}

/**
 * `body` encoded for the response, or undefined to send it as it is (small, not text, or the
 * client accepts no encoding). `cacheKey` (an ETag) keeps the result for the next request.
 */
export function compress(body: Buffer, type: string, encoding: Encoding | undefined, cacheKey?: string): Buffer | undefined {
  if (!encoding || body.length < MIN_BYTES || !COMPRESSIBLE.test(type)) return undefined;
  const key = cacheKey && `${encoding}:${cacheKey}`;
  const cached = key ? cache.get(key) : undefined;
  if (cached) return cached;
  const quality = key ? constants.BROTLI_MAX_QUALITY : 5;
  const encoded =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: key ? 9 : 6 });
  if (key) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, encoded);
  }
  return encoded;
}
