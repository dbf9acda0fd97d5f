/**
 * `Idempotency-Key` on writes: the record and the domain write commit in ONE transaction, so a
 * crash stores neither and a retry either replays the first answer or does the work once.
 * Records live in the database (never in process memory) and expire after 24 hours, unless the
 * route keeps them longer (idea submissions: see `IDEA_IDEMPOTENCY_TTL_MS`).
 */
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { ApiError, fieldError } from './problem.js';

/** How long a key is remembered unless the route says otherwise. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** What a write handler answers; stored verbatim for replays. */
export interface WriteResult {
  status: number;
  /** JSON-serialisable body; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The parts of a request that make two requests "the same". */
export interface WriteRequest {
  method: string;
  path: string;
  /** The body as it identifies the request: as sent, or the part the route says matters. */
  bodyText: string;
  idempotencyKey: string | null;
  /** API key id, or a hash of the client address for keyless writes. */
  scope: string;
  /** How long the key is remembered (default {@link IDEMPOTENCY_TTL_MS}). */
  ttlMs?: number | undefined;
}

/** Reads and checks the `Idempotency-Key` header (8–255 visible ASCII characters). */
export function readIdempotencyKey(header: string | null | undefined): string | null {
  if (header === null || header === undefined) return null;
  if (header.length < 8 || header.length > 255 || !/^[\x21-\x7e]+$/.test(header)) {
    throw fieldError(400, 'Idempotency-Key', 'Use 8–255 visible ASCII characters, e.g. a UUID');
  }
  return header;
}

function requestHash(request: WriteRequest): string {
  return createHash('sha256').update(`${request.method} ${request.path}\n${request.bodyText}`).digest('hex');
}

/** Turns a stored or fresh result into a Response. */
export function toResponse(result: WriteResult, replayed = false): Response {
  const headers = new Headers(result.headers ?? {});
  headers.set('Cache-Control', 'no-store');
  if (replayed) headers.set('Idempotent-Replayed', 'true');
  if (result.body === undefined) return new Response(null, { status: result.status, headers });
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}

interface RecordRow {
  request_hash: string;
  status: number;
  headers: Record<string, string>;
  body: string | null;
  [column: string]: unknown;
}

/** Runs `write` in a transaction, honouring the request's `Idempotency-Key` when it has one. */
export async function runWrite(
  db: Database,
  request: WriteRequest,
  now: Date,
  write: (tx: Queryable) => Promise<WriteResult>,
): Promise<Response> {
  const key = request.idempotencyKey;
  if (!key) return toResponse(await db.transaction(write));
  const hash = requestHash(request);
  try {
    const outcome = await db.transaction(async (tx): Promise<{ result: WriteResult; replayed: boolean }> => {
      if (db.kind === 'postgres') {
        // A concurrent duplicate waits for the first request's commit, but not forever.
        await tx.query(`SET LOCAL lock_timeout = '5s'`);
      }
      await tx.query('DELETE FROM idempotency_records WHERE scope = $1 AND key = $2 AND expires_at <= $3', [
        request.scope,
        key,
        now,
      ]);
      const inserted = await tx.query(
        `INSERT INTO idempotency_records (scope, key, request_hash, status, created_at, expires_at)
         VALUES ($1, $2, $3, 0, $4, $5) ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
        [request.scope, key, hash, now, new Date(now.getTime() + (request.ttlMs ?? IDEMPOTENCY_TTL_MS))],
      );
      if (inserted.rows.length === 0) {
        const { rows } = await tx.query<RecordRow>(
          'SELECT request_hash, status, headers, body FROM idempotency_records WHERE scope = $1 AND key = $2',
          [request.scope, key],
        );
        return { replayed: true, result: replay(rows[0], hash) };
      }
      const result = await write(tx);
      await tx.query(
        'UPDATE idempotency_records SET status = $3, headers = $4::text::jsonb, body = $5 WHERE scope = $1 AND key = $2',
        [
          request.scope,
          key,
          result.status,
          JSON.stringify(result.headers ?? {}),
          result.body === undefined ? null : JSON.stringify(result.body),
        ],
      );
      return { result, replayed: false };
    });
    return toResponse(outcome.result, outcome.replayed);
  } catch (error) {
    // 55P03 lock_not_available: the first request holds the key longer than lock_timeout.
    if ((error as { code?: string }).code === '55P03') throw inProgress();
    throw error;
  }
}

/** The stored answer of `existing` for a request hashed `hash`; throws when it cannot be replayed. */
function replay(existing: RecordRow | undefined, hash: string): WriteResult {
  if (!existing || existing.status === 0) throw inProgress();
  if (existing.request_hash !== hash) {
    throw new ApiError(
      409,
      'idempotency_conflict',
      'This Idempotency-Key was already used for a different request; use a new key for a new request',
    );
  }
  return {
    status: existing.status,
    headers: existing.headers,
    ...(existing.body === null ? {} : { body: JSON.parse(existing.body) as unknown }),
  };
}

/**
 * Answers a request whose key is already recorded, without a transaction: the stored answer
 * replayed, or the same 409s as {@link runWrite}. `null` when the key is new (or expired), so
 * the work has to run. Lets a route skip what only new work needs (a single-use anti-spam token,
 * a budget) for retries.
 */
export async function findReplay(db: Queryable, request: WriteRequest, now: Date): Promise<Response | null> {
  if (!request.idempotencyKey) return null;
  const { rows } = await db.query<RecordRow>(
    'SELECT request_hash, status, headers, body FROM idempotency_records WHERE scope = $1 AND key = $2 AND expires_at > $3',
    [request.scope, request.idempotencyKey, now],
  );
  return rows[0] ? toResponse(replay(rows[0], requestHash(request)), true) : null;
}

function inProgress(): ApiError {
  return new ApiError(409, 'idempotency_in_progress', 'The first request with this Idempotency-Key is still running', {
    headers: { 'Retry-After': '1' },
  });
}

/** Deletes expired records; called now and then so the table stays small. */
export async function purgeExpiredIdempotencyRecords(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM idempotency_records WHERE expires_at <= $1', [now]);
  return rowCount;
}
