/**
 * API keys: publishable (`rzm_pk_…`, bound to a site and its allowed origins) and secret
 * (`rzm_sk_…`, server-side only). Only SHA-256 hashes are stored; the key is shown once.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from './db/database.js';

/** Kinds of key. */
export type KeyKind = 'publishable' | 'secret';

/** What the server knows about a key (never the key itself). */
export interface ApiKeyRecord {
  id: string;
  kind: KeyKind;
  prefix: string;
  site: string | null;
  origins: string[];
  name: string | null;
  devOnly: boolean;
  createdAt: Date;
  revokedAt: Date | null;
}

/** Options of `createKey`. */
export type CreateKeyOptions =
  | { kind: 'publishable'; site: string; origins: readonly string[] }
  | { kind: 'secret'; name: string };

/** The fixed keys of local development (docs/CONVENTIONS.md); accepted only with `--dev`. */
export const DEV_KEYS = {
  publishable: 'rzm_pk_local_demo_0000000000000000',
  secret: 'rzm_sk_local_admin_000000000000000000',
  site: 'localhost',
  origins: ['http://localhost:*', 'http://127.0.0.1:*'],
} as const;

const PREFIX_LENGTH = 15;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** SHA-256 of a key, hex: the only form that reaches the database. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new random key: the kind's prefix and 32 base62 characters (~190 bits). */
export function generateKey(kind: KeyKind): string {
  const bytes = randomBytes(32);
  let body = '';
  // 62 * 4 = 248 < 256: rejecting bytes ≥ 248 keeps every character equally likely.
  for (let i = 0; body.length < 32; i++) {
    const byte = i < bytes.length ? bytes[i]! : randomBytes(1)[0]!;
    if (byte < 248) body += BASE62[byte % 62];
  }
  return `${kind === 'publishable' ? 'rzm_pk_' : 'rzm_sk_'}${body}`;
}

/** Validates an origin pattern: `scheme://host[:port]` or `scheme://host:*`. */
export function normalizeOriginPattern(pattern: string): string {
  const wildcard = pattern.endsWith(':*');
  const base = wildcard ? pattern.slice(0, -2) : pattern;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`Not an origin: ${pattern}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`An origin is scheme://host[:port] (or :* for any port), got ${pattern}`);
  }
  if (wildcard && url.port) throw new Error(`Use either a port or :*, got ${pattern}`);
  return wildcard ? `${url.protocol}//${url.hostname}:*` : url.origin;
}

/** Whether a browser `Origin` header is allowed by one of `patterns`. */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === 'null') return false;
  return patterns.some((pattern) =>
    pattern.endsWith(':*')
      ? pattern.slice(0, -2) === `${url.protocol}//${url.hostname}`
      : pattern === url.origin,
  );
}

interface KeyRow {
  id: string;
  kind: KeyKind;
  prefix: string;
  site: string | null;
  origins: string[];
  name: string | null;
  dev_only: boolean;
  created_at: Date;
  revoked_at: Date | null;
  [column: string]: unknown;
}

const toRecord = (row: KeyRow): ApiKeyRecord => ({
  id: row.id,
  kind: row.kind,
  prefix: row.prefix,
  site: row.site,
  origins: row.origins,
  name: row.name,
  devOnly: row.dev_only,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

const COLUMNS = 'id, kind, prefix, site, origins, name, dev_only, created_at, revoked_at';

async function insertKey(db: Queryable, key: string, options: CreateKeyOptions, devOnly: boolean): Promise<ApiKeyRecord> {
  const origins = options.kind === 'publishable' ? options.origins.map(normalizeOriginPattern) : [];
  if (options.kind === 'publishable' && !options.site.trim()) throw new Error('A publishable key needs a site');
  if (options.kind === 'secret' && !options.name.trim()) throw new Error('A secret key needs a name');
  const { rows } = await db.query<KeyRow>(
    `INSERT INTO api_keys (id, kind, prefix, key_hash, site, origins, name, dev_only, created_at)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9) RETURNING ${COLUMNS}`,
    [
      randomUUID(),
      options.kind,
      key.slice(0, PREFIX_LENGTH),
      hashKey(key),
      options.kind === 'publishable' ? options.site.trim() : null,
      origins,
      options.kind === 'secret' ? options.name.trim() : null,
      devOnly,
      new Date(),
    ],
  );
  return toRecord(rows[0]!);
}

/** Creates a key and returns it once, with its record. */
export async function createKey(db: Queryable, options: CreateKeyOptions): Promise<{ key: string; record: ApiKeyRecord }> {
  const key = generateKey(options.kind);
  return { key, record: await insertKey(db, key, options, false) };
}

/** Makes sure the fixed local development keys exist (and are not revoked). */
export async function ensureDevKeys(db: Queryable): Promise<void> {
  for (const [key, options] of [
    [DEV_KEYS.publishable, { kind: 'publishable', site: DEV_KEYS.site, origins: [...DEV_KEYS.origins] }],
    [DEV_KEYS.secret, { kind: 'secret', name: 'local admin (dev)' }],
  ] as const) {
    const { rowCount } = await db.query('UPDATE api_keys SET revoked_at = NULL WHERE key_hash = $1', [hashKey(key)]);
    if (rowCount === 0) await insertKey(db, key, options, true);
  }
}

/** Looks a presented key up by its hash. */
export async function findKey(db: Queryable, key: string): Promise<ApiKeyRecord | null> {
  const { rows } = await db.query<KeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE key_hash = $1`, [hashKey(key)]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Revokes the key itself (tests) — returns whether one was found. */
export async function revokeKeyByValue(db: Queryable, key: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE api_keys SET revoked_at = $2 WHERE key_hash = $1 AND revoked_at IS NULL',
    [hashKey(key), new Date()],
  );
  return rowCount > 0;
}

/** Revokes the one active key whose prefix starts with `prefix`; refuses ambiguous prefixes. */
export async function revokeKeyByPrefix(db: Queryable, prefix: string): Promise<ApiKeyRecord> {
  const { rows } = await db.query<KeyRow>(
    `SELECT ${COLUMNS} FROM api_keys WHERE revoked_at IS NULL AND starts_with(prefix, $1)`,
    [prefix.slice(0, PREFIX_LENGTH)],
  );
  if (rows.length === 0) throw new Error(`No active key starts with ${prefix}`);
  if (rows.length > 1) throw new Error(`${rows.length} active keys start with ${prefix}; give more characters`);
  await db.query('UPDATE api_keys SET revoked_at = $2 WHERE id = $1', [rows[0]!.id, new Date()]);
  return { ...toRecord(rows[0]!), revokedAt: new Date() };
}

/** Every key, newest first. */
export async function listKeys(db: Queryable): Promise<ApiKeyRecord[]> {
  const { rows } = await db.query<KeyRow>(`SELECT ${COLUMNS} FROM api_keys ORDER BY created_at DESC`);
  return rows.map(toRecord);
}

/** Origin patterns of every active publishable key: the origins CORS answers. */
export async function activeOrigins(db: Queryable, includeDevKeys: boolean): Promise<string[]> {
  const { rows } = await db.query<{ origins: string[] }>(
    `SELECT origins FROM api_keys WHERE kind = 'publishable' AND revoked_at IS NULL AND (dev_only = false OR $1)`,
    [includeDevKeys],
  );
  return [...new Set(rows.flatMap((r) => r.origins))];
}
