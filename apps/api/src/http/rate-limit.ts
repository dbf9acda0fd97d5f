/**
 * Rate limits per API key and client address, in process memory by default and in Redis when
 * `REDIS_URL` is set, so several instances behind a load balancer share one budget.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ApiError } from './problem.js';

/** `points` requests per `durationSeconds`. */
export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

/** The buckets of the API. */
export interface RateLimits {
  /** Every request except health checks. */
  default: RateLimitRule;
  /** `POST /v1/ideas`, on top of `default`: a person submits a handful of ideas, not hundreds. */
  ideas: RateLimitRule;
}

/** Production defaults. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  default: { points: 300, durationSeconds: 60 },
  ideas: { points: 10, durationSeconds: 600 },
};

/** Which bucket a request draws from. */
export type Bucket = keyof RateLimits;

/** Consumes points; throws a 429 problem with `Retry-After` when a bucket is empty. */
export interface RateLimiter {
  consume(bucket: Bucket, key: string): Promise<void>;
  close(): Promise<void>;
}

/** Options of `createRateLimiter`. */
export interface RateLimiterOptions {
  limits: RateLimits;
  redisUrl?: string;
  /** Namespace of the counters in Redis; instances of one deployment must share it. */
  prefix?: string;
}

/** Builds the limiter: Redis-backed when `redisUrl` is given, with memory as insurance. */
export function createRateLimiter({ limits, redisUrl, prefix = 'razem' }: RateLimiterOptions): RateLimiter {
  // Commands issued while (re)connecting wait in the offline queue, but never longer than
  // commandTimeout: then the in-memory insurance limiter answers instead of the request hanging.
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1000 }) : null;
  // An unreachable Redis must not crash the process; the in-memory insurance limiter takes over.
  redis?.on('error', () => {});
  const make = (bucket: Bucket): RateLimiterAbstract => {
    const rule = limits[bucket];
    const base = { points: rule.points, duration: rule.durationSeconds, keyPrefix: `${prefix}:rl:${bucket}` };
    const memory = new RateLimiterMemory(base);
    return redis ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: memory }) : memory;
  };
  const limiters: Record<Bucket, RateLimiterAbstract> = { default: make('default'), ideas: make('ideas') };
  return {
    async consume(bucket, key) {
      try {
        await limiters[bucket].consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new ApiError(429, 'rate_limited', `Too many requests; retry in ${seconds} s`, {
          headers: { 'Retry-After': String(seconds) },
        });
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
