/**
 * The Razem consortium API as a Hono app: middleware (request id and log line, CORS, rate limits,
 * keys), the routes, and errors as problem+json. Stateless: everything instances must share lives
 * in the database or in Redis.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { matchedRoutes } from 'hono/route';
import { getConnInfo } from '@hono/node-server/conninfo';
import { pino, type Logger } from 'pino';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { Database } from './db/database.js';
import { activeOrigins, findKey, originAllowed } from './keys.js';
import { MAX_BODY_BYTES } from './http/body.js';
import { hashAddress, type AppContext, type AppEnv, type ChallengeVerifier, type Deps } from './http/context.js';
import { ApiError, problemResponse } from './http/problem.js';
import { createRateLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from './http/rate-limit.js';
import { registerAdminContentRoutes } from './routes/admin-content.js';
import { registerAdminIdeaRoutes } from './routes/admin-ideas.js';
import { registerOperationRoutes } from './routes/operations.js';
import { registerPublicRoutes } from './routes/public.js';
import { registerSubmissionRoutes } from './routes/submissions.js';
import { challengeVerifierFromUrl } from './challenge.js';
import pkg from '../package.json' with { type: 'json' };

// zod/mini ships without messages; problem `errors[].message` should say what is wrong.
z.config(en());

/** Options of `createApp`. */
export interface AppOptions {
  database: Database;
  /** Accept the fixed local development keys (`serve --dev`). */
  dev?: boolean;
  /** Clock; tests and seeds may fix it. */
  now?: () => Date;
  /** Per-bucket overrides of `DEFAULT_RATE_LIMITS`. */
  rateLimits?: Partial<RateLimits>;
  /** Shared rate-limit counters (several instances); memory when absent. */
  redisUrl?: string;
  /** Namespace of the Redis counters. */
  rateLimitPrefix?: string;
  /** A pino logger; otherwise one at `logLevel` (default `info`) writing JSON lines to stdout. */
  logger?: Logger;
  logLevel?: string;
  /** Proxies in front of the server whose `X-Forwarded-For` entries are trusted (0 = none). */
  trustProxyHops?: number;
  /** Largest accepted body in bytes (64 KiB). */
  maxBodyBytes?: number;
  /** Checks challenge tokens of idea submissions; off unless given (or `challengeVerifyUrl`). */
  verifyChallenge?: ChallengeVerifier;
  /** Turnstile-compatible siteverify URL (`IDEA_CHALLENGE_VERIFY_URL`). */
  challengeVerifyUrl?: string;
  challengeSecret?: string;
}

/** A created app: its fetch handler and lifecycle hooks for the server. */
export interface RazemApp {
  /** The Hono app (for `app.request()` in tests or mounting). */
  hono: Hono<AppEnv>;
  fetch: Hono<AppEnv>['fetch'];
  /** Marks the app as shutting down: `/ready` answers 503 and responses close their connection. */
  startDraining(): void;
  /** Releases what the app opened itself (the Redis connection); not the database. */
  close(): Promise<void>;
}

const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Request-Id';
const EXPOSE_HEADERS = 'ETag, Location, Retry-After, Idempotent-Replayed, X-Request-Id';

/** Version of the API package, shown by `/health` and `info.version`. */
export const API_VERSION: string = pkg.version;

/** Builds the API. */
export function createApp(options: AppOptions): RazemApp {
  const logger = options.logger ?? pino({ level: options.logLevel ?? 'info', base: { service: 'razem-api' } });
  const limiter = createRateLimiter({
    limits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    ...(options.rateLimitPrefix ? { prefix: options.rateLimitPrefix } : {}),
  });
  const deps: Deps = {
    db: options.database,
    dev: options.dev ?? false,
    version: API_VERSION,
    now: options.now ?? (() => new Date()),
    logger,
    limiter,
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    trustProxyHops: options.trustProxyHops ?? 0,
    verifyChallenge:
      options.verifyChallenge ??
      (options.challengeVerifyUrl ? challengeVerifierFromUrl(options.challengeVerifyUrl, options.challengeSecret ?? '') : null),
  };
  const state = { draining: false };
  const trustHops = options.trustProxyHops ?? 0;
  const app = new Hono<AppEnv>();

  // 1. Request id, timing and the one log line per request (no IPs, emails or bodies).
  app.use('*', async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('auth', null);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    if (state.draining) c.res.headers.set('Connection', 'close');
    const route = matchedRoutes(c).filter((r) => r.method !== 'ALL').at(-1)?.path ?? null;
    logger.info(
      {
        requestId,
        method: c.req.method,
        route,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        keyId: c.get('auth')?.keyId ?? null,
      },
      'request',
    );
  });

  // 2. CORS: only origins some active publishable key allows; error answers carry it too so
  //    widgets can read the problem.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin ? originAllowed(origin, await activeOrigins(deps.db, deps.dev)) : false;
    if (c.req.method === 'OPTIONS' && origin && c.req.header('access-control-request-method')) {
      if (!allowed) throw new ApiError(403, 'origin_not_allowed', `No publishable key allows the origin ${origin}`);
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': ALLOW_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
        },
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed && origin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
  });

  // 3. Rate limits per presented key (and client address for publishable keys and keyless calls).
  app.use('*', async (c, next) => {
    c.set('clientHash', hashAddress(clientAddress(c, trustHops)));
    if (c.req.path === '/health' || c.req.path === '/ready' || c.req.method === 'OPTIONS') return next();
    const token = bearerToken(c.req.header('authorization'));
    const tokenHash = token ? createHash('sha256').update(token).digest('base64url').slice(0, 22) : null;
    const key = !tokenHash
      ? `addr:${c.get('clientHash')}`
      : token!.startsWith('rzm_sk_')
        ? `key:${tokenHash}`
        : `key:${tokenHash}:${c.get('clientHash')}`;
    await limiter.consume('default', key);
    return next();
  });

  // 4. Keys: who is calling. Routes decide what each kind may do.
  app.use('*', async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) return next();
    const token = bearerToken(header);
    if (!token) throw new ApiError(401, 'unauthorized', 'Use Authorization: Bearer <key>');
    const origin = c.req.header('origin');
    if (token.startsWith('rzm_sk_') && origin !== undefined) {
      throw new ApiError(
        403,
        'secret_key_from_browser',
        'Secret keys are refused from browsers (the request has an Origin). Revoke this key if it was exposed, and use a publishable key in web pages.',
      );
    }
    const record = /^rzm_(pk|sk)_[A-Za-z0-9_]{8,}$/.test(token) ? await findKey(deps.db, token) : null;
    if (!record || record.revokedAt || (record.devOnly && !deps.dev)) {
      throw new ApiError(401, 'unauthorized', 'Unknown or revoked API key');
    }
    if (record.kind === 'publishable' && origin !== undefined && !originAllowed(origin, record.origins)) {
      throw new ApiError(403, 'origin_not_allowed', `This publishable key is not allowed on ${origin}`);
    }
    c.set('auth', { keyId: record.id, kind: record.kind, site: record.site, name: record.name, origins: record.origins });
    return next();
  });

  // 5. Admin endpoints need a secret key, checked once for the whole prefix.
  app.use('/v1/admin/*', async (c, next) => {
    const auth = c.get('auth');
    if (!auth) throw new ApiError(401, 'unauthorized', 'Admin endpoints need a secret key: Authorization: Bearer rzm_sk_…');
    if (auth.kind !== 'secret') throw new ApiError(403, 'forbidden', 'Admin endpoints need a secret key, not a publishable one');
    return next();
  });

  registerOperationRoutes(app, deps, state);
  registerPublicRoutes(app, deps);
  registerSubmissionRoutes(app, deps);
  registerAdminIdeaRoutes(app, deps);
  registerAdminContentRoutes(app, deps);

  const routeTable = app.routes
    .filter((r) => r.method !== 'ALL')
    .map((r) => ({ method: r.method, pattern: routeRegExp(r.path) }));

  app.notFound((c) => {
    const methods = [...new Set(routeTable.filter((r) => r.pattern.test(c.req.path)).map((r) => r.method))];
    if (methods.length === 0) {
      return problemResponse(new ApiError(404, 'not_found', `No endpoint at ${c.req.path}`), c.get('requestId'));
    }
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    if (c.req.method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: allow } });
    return problemResponse(
      new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${methods.join(', ')}`, {
        headers: { Allow: allow },
      }),
      c.get('requestId'),
    );
  });

  app.onError((error, c) => {
    const requestId = c.get('requestId');
    if (error instanceof ApiError) return problemResponse(error, requestId);
    const mapped = mapDatabaseError(error);
    if (mapped) {
      logger.warn({ requestId, pgCode: (error as { code?: string }).code }, 'database refused input that passed validation');
      return problemResponse(mapped, requestId);
    }
    logger.error({ requestId, err: { name: (error as Error).name, message: (error as Error).message, stack: (error as Error).stack } }, 'unhandled error');
    return problemResponse(new ApiError(500, 'internal_error', 'Something went wrong on our side; try again later'), requestId);
  });

  return {
    hono: app,
    fetch: app.fetch,
    startDraining() {
      state.draining = true;
    },
    close: () => limiter.close(),
  };
}

function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

/** The client's address: the socket peer, or the trusted proxy chain's view of it. */
function clientAddress(c: AppContext, trustHops: number): string {
  let address = 'unknown';
  try {
    address = getConnInfo(c as never).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (e.g. app.request in a unit test).
  }
  if (trustHops > 0) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const candidate = forwarded[forwarded.length - trustHops];
    if (candidate) address = candidate;
  }
  return address;
}

/** `/v1/events/:id` → /^\/v1\/events\/[^/]+$/ (and `:name{regex}` keeps its regex). */
function routeRegExp(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^:[\w]+(?:\{(.+)\})?$/.exec(segment);
      if (param) return param[1] ?? '[^/]+';
      return segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/** Database refusals caused by input (bad casts, duplicates) are client mistakes, not 500s. */
function mapDatabaseError(error: unknown): ApiError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code === '23505') return new ApiError(409, 'conflict', 'That already exists');
  if (code.startsWith('22')) return new ApiError(400, 'validation_failed', 'A value is out of range or malformed');
  return null;
}
