/**
 * @razem/api — the reference consortium API: build the app, run a server, manage keys, migrate
 * and seed. The command line (`razem-api`) is in `cli.ts`; test servers in `@razem/api/testing`.
 */
export { createApp, API_VERSION, type AppOptions, type RazemApp } from './app.js';
export { startServer, type RunningServer, type StartServerOptions } from './server.js';
export { openDatabase, type Database, type DatabaseTarget, type Queryable, type Row } from './db/database.js';
export { migrate, loadMigrations, migrationsDir, type Migration } from './db/migrate.js';
export { seed, type SeedResult } from './seed/index.js';
export {
  createKey,
  DEV_KEYS,
  ensureDevKeys,
  listKeys,
  revokeKeyByPrefix,
  type ApiKeyRecord,
  type CreateKeyOptions,
  type KeyKind,
} from './keys.js';
export { DEFAULT_RATE_LIMITS, type RateLimits, type RateLimitRule } from './http/rate-limit.js';
export type { ChallengeVerifier } from './http/context.js';
export { challengeVerifierFromUrl } from './challenge.js';
