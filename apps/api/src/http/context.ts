/**
 * What every route shares: the Hono environment, the app's dependencies and small helpers for
 * reading validated input and checking keys.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { Logger } from 'pino';
import type * as z from 'zod/mini';
import type { Database, Queryable } from '../db/database.js';
import type { KeyKind } from '../keys.js';
import { readJsonBody } from './body.js';
import { findReplay, readIdempotencyKey, runWrite, type WriteRequest, type WriteResult } from './idempotency.js';
import { ApiError } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import { parseInput, type InputPart } from './validate.js';

/** The key a request authenticated with. */
export interface AuthContext {
  keyId: string;
  kind: KeyKind;
  site: string | null;
  name: string | null;
  origins: string[];
}

/** Hono environment of the API. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    auth: AuthContext | null;
    /** Pseudonymous client address (hash), for rate limits and keyless idempotency scopes. */
    clientHash: string;
  };
}

/** Request context of the API. */
export type AppContext = Context<AppEnv>;

/** Verifies a Turnstile-style challenge token; resolves true when the submitter passed. */
export type ChallengeVerifier = (token: string | undefined, info: { site: string; clientHash: string }) => Promise<boolean>;

/** Everything the routes need, resolved once in `createApp`. */
export interface Deps {
  db: Database;
  dev: boolean;
  version: string;
  now: () => Date;
  logger: Logger;
  limiter: RateLimiter;
  maxBodyBytes: number;
  verifyChallenge: ChallengeVerifier | null;
  /** Proxies whose X-Forwarded-* headers are trusted. */
  trustProxyHops: number;
}

/** Pseudonymises a client address: enough to count requests, not to identify anyone. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(`razem:${address}`).digest('base64url').slice(0, 16);
}

/** Validates the query string (first value of each parameter) against `schema`. */
export function parseQuery<S extends z.core.$ZodType>(c: AppContext, schema: S): z.output<S> {
  const all = c.req.queries();
  const repeated = Object.entries(all)
    .filter(([, values]) => values.length > 1)
    .map(([name]) => name);
  if (repeated.length) {
    throw new ApiError(400, 'validation_failed', `Give each query parameter once: ${repeated.join(', ')}`, {
      errors: repeated.map((path) => ({ path, message: 'Given more than once' })),
    });
  }
  return parseInput(schema, c.req.query(), 'query');
}

/** Validates path parameters against `schema`. */
export function parsePath<S extends z.core.$ZodType>(c: AppContext, schema: S): z.output<S> {
  return parseInput(schema, c.req.param(), 'path');
}

/** Requires any valid key (publishable or secret): the public write endpoints. */
export function requireKey(c: AppContext): AuthContext {
  const auth = c.get('auth');
  if (!auth) throw new ApiError(401, 'unauthorized', 'Send your API key as Authorization: Bearer <key>');
  return auth;
}

/** Requires a secret key: the admin endpoints. */
export function requireSecretKey(c: AppContext): AuthContext {
  const auth = requireKey(c);
  if (auth.kind !== 'secret') {
    throw new ApiError(403, 'forbidden', 'Admin endpoints need a secret key (rzm_sk_…); publishable keys cannot use them');
  }
  return auth;
}

/** How a route tailors {@link handleWrite}. */
export interface WriteOptions<T> {
  /**
   * Runs for new work only, after validation and before the transaction: slow checks (network)
   * stay outside it, and a retry of a stored request (replayed, or refused as a conflict) or a
   * body that failed validation never gets here, so it spends no single-use token or budget.
   */
  prepare?: (input: T) => Promise<void>;
  /**
   * The part of the input that makes two requests with one `Idempotency-Key` the same (default:
   * the body exactly as sent).
   */
  identity?: (input: T) => unknown;
  /** How long the key is remembered (default 24 hours). */
  ttlMs?: number;
}

/**
 * Reads and validates a JSON body, then runs `write` in one transaction together with the
 * idempotency record (see `runWrite`).
 */
export async function handleWrite<S extends z.core.$ZodType>(
  c: AppContext,
  deps: Deps,
  schema: S | null,
  write: (input: z.output<S>, tx: Queryable, now: Date) => Promise<WriteResult>,
  options: WriteOptions<z.output<S>> = {},
): Promise<Response> {
  const idempotencyKey = readIdempotencyKey(c.req.header('idempotency-key'));
  let bodyText = '';
  let input = undefined as z.output<S>;
  if (schema) {
    const body = await readJsonBody(c.req.raw, deps.maxBodyBytes);
    bodyText = body.text;
    input = parseInput(schema, body.value, 'body' satisfies InputPart);
  }
  const auth = c.get('auth');
  const request: WriteRequest = {
    method: c.req.method,
    path: c.req.path,
    bodyText: options.identity ? JSON.stringify(options.identity(input)) : bodyText,
    idempotencyKey,
    scope: auth ? `key:${auth.keyId}` : `addr:${c.get('clientHash')}`,
    ttlMs: options.ttlMs,
  };
  if (options.prepare) {
    const replay = await findReplay(deps.db, request, deps.now());
    if (replay) return replay;
    try {
      await options.prepare(input);
    } catch (error) {
      // A duplicate sent while the first was still being prepared (its token is spent by now):
      // the first one's answer, once stored, is the right answer for both.
      const late = await findReplay(deps.db, request, deps.now());
      if (late) return late;
      throw error;
    }
  }
  const now = deps.now();
  return runWrite(deps.db, request, now, (tx) => write(input, tx, now));
}
