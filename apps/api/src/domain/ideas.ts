/** Ideas: submission, public status by tracking code, and the staff's review queries. */
import { randomBytes, randomUUID } from 'node:crypto';
import type {
  AuthorRole,
  IdeaAdminView,
  IdeaCategory,
  IdeaPublicStatus,
  IdeaStatus,
  Locale,
} from '@razem/contract';
import type { Queryable, Row } from '../db/database.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { fieldError } from '../http/problem.js';
import { formatUtc } from '../time.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `RZM-XXXX-XXXX` from 40 crypto-random bits in Crockford base32. */
export function generateTrackingCode(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 8; i++) {
    chars = CROCKFORD[Number(bits & 31n)]! + chars;
    bits >>= 5n;
  }
  return `RZM-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

interface IdeaRow extends Row {
  id: string;
  tracking_code: string;
  title: string;
  description: string;
  category: IdeaCategory;
  author_role: AuthorRole;
  name: string | null;
  email: string | null;
  municipality: string | null;
  privacy_notice_version: string;
  locale: Locale | null;
  source_site: string;
  status: IdeaStatus;
  public_note: string | null;
  merged_into: string | null;
  suspected_spam: boolean;
  personal_data_erased: boolean;
  received_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, tracking_code, title, description, category, author_role, name, email, municipality,
  privacy_notice_version, locale, source_site, status, public_note, merged_into, suspected_spam,
  personal_data_erased, received_at, updated_at`;

function toAdminView(row: IdeaRow): IdeaAdminView {
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    title: row.title,
    description: row.description,
    category: row.category,
    authorRole: row.author_role,
    ...(row.name !== null ? { name: row.name } : {}),
    ...(row.email !== null ? { email: row.email } : {}),
    ...(row.municipality !== null ? { municipality: row.municipality } : {}),
    privacyNoticeVersion: row.privacy_notice_version,
    ...(row.locale !== null ? { locale: row.locale } : {}),
    sourceSite: row.source_site,
    status: row.status,
    ...(row.public_note !== null ? { publicNote: row.public_note } : {}),
    ...(row.merged_into !== null ? { mergedInto: row.merged_into } : {}),
    suspectedSpam: row.suspected_spam,
    personalDataErased: row.personal_data_erased,
    receivedAt: formatUtc(row.received_at),
    updatedAt: formatUtc(row.updated_at),
  };
}

/** What is stored for a new idea. */
export interface NewIdea {
  title: string;
  description: string;
  category: IdeaCategory;
  authorRole: AuthorRole;
  name?: string | undefined;
  email?: string | undefined;
  municipality?: string | undefined;
  privacyNoticeVersion: string;
  locale?: Locale | undefined;
  sourceSite: string;
  suspectedSpam: boolean;
  status?: IdeaStatus;
  publicNote?: string | undefined;
}

/** Stores an idea under a fresh, unique tracking code. */
export async function insertIdea(db: Queryable, idea: NewIdea, now: Date): Promise<IdeaAdminView> {
  // 2^40 codes make a collision unlikely; ON CONFLICT keeps the transaction alive if one happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    const { rows } = await db.query<IdeaRow>(
      `INSERT INTO ideas (id, tracking_code, title, description, category, author_role, name, email, municipality,
         privacy_notice_version, locale, source_site, status, public_note, suspected_spam, received_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
       ON CONFLICT (tracking_code) DO NOTHING RETURNING ${COLUMNS}`,
      [
        randomUUID(),
        generateTrackingCode(),
        idea.title,
        idea.description,
        idea.category,
        idea.authorRole,
        idea.name ?? null,
        idea.email ?? null,
        idea.municipality ?? null,
        idea.privacyNoticeVersion,
        idea.locale ?? null,
        idea.sourceSite,
        idea.status ?? 'received',
        idea.publicNote ?? null,
        idea.suspectedSpam,
        now,
      ],
    );
    if (rows[0]) return toAdminView(rows[0]);
  }
  throw new Error('Could not allocate a unique tracking code');
}

/** What anyone with the tracking code may see. */
export async function getPublicStatus(db: Queryable, trackingCode: string): Promise<IdeaPublicStatus | null> {
  const { rows } = await db.query<IdeaRow>(`SELECT ${COLUMNS} FROM ideas WHERE tracking_code = $1`, [trackingCode]);
  const row = rows[0];
  if (!row) return null;
  return {
    trackingCode: row.tracking_code,
    title: row.title,
    category: row.category,
    status: row.status,
    ...(row.public_note !== null ? { publicNote: row.public_note } : {}),
    receivedAt: formatUtc(row.received_at),
    updatedAt: formatUtc(row.updated_at),
  };
}

/** Filters of the staff's idea list and export (validated). */
export interface IdeaFilter {
  status?: IdeaStatus | undefined;
  category?: IdeaCategory | undefined;
  authorRole?: AuthorRole | undefined;
  sourceSite?: string | undefined;
  email?: string | undefined;
  q?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
}

function whereClause(filter: IdeaFilter, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.status) add((p) => `status = ${p}`, filter.status);
  if (filter.category) add((p) => `category = ${p}`, filter.category);
  if (filter.authorRole) add((p) => `author_role = ${p}`, filter.authorRole);
  if (filter.sourceSite) add((p) => `source_site = ${p}`, filter.sourceSite);
  if (filter.email) add((p) => `lower(email) = lower(${p})`, filter.email);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add((p) => `(title ILIKE ${p} OR description ILIKE ${p})`, pattern);
  }
  if (filter.receivedFrom) add((p) => `received_at >= ${p}::timestamptz`, filter.receivedFrom);
  if (filter.receivedTo) add((p) => `received_at < ${p}::timestamptz`, filter.receivedTo);
  return where;
}

/** A page of ideas, newest first. */
export async function listIdeas(
  db: Queryable,
  filter: IdeaFilter,
  page: { limit?: number | undefined; cursor?: string | undefined },
): Promise<{ data: IdeaAdminView[]; nextCursor: string | null }> {
  const limit = page.limit ?? 50;
  const params: unknown[] = [limit + 1];
  const where = whereClause(filter, params);
  if (page.cursor) {
    const [receivedAt, id] = decodeCursor(page.cursor, ['date', 'string'] as const);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw fieldError(400, 'cursor', 'Invalid cursor; use nextCursor from a previous page');
    }
    params.push(receivedAt, id);
    where.push(`(received_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  const { rows } = await db.query<IdeaRow>(
    `SELECT ${COLUMNS} FROM ideas ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY received_at DESC, id DESC LIMIT $1`,
    params,
  );
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    data: pageRows.map(toAdminView),
    nextCursor: rows.length > limit && last ? encodeCursor([last.received_at.toISOString(), last.id]) : null,
  };
}

/** Every idea matching `filter`, newest first (CSV export). */
export async function allIdeas(db: Queryable, filter: IdeaFilter): Promise<IdeaAdminView[]> {
  const params: unknown[] = [];
  const where = whereClause(filter, params);
  const { rows } = await db.query<IdeaRow>(
    `SELECT ${COLUMNS} FROM ideas ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at DESC, id DESC`,
    params,
  );
  return rows.map(toAdminView);
}

/** One idea for staff, optionally locked for an update in the same transaction. */
export async function getIdea(db: Queryable, id: string, forUpdate = false): Promise<IdeaAdminView | null> {
  const { rows } = await db.query<IdeaRow>(
    `SELECT ${COLUMNS} FROM ideas WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toAdminView(rows[0]) : null;
}

/** Whether a tracking code exists (merge targets). */
export async function ideaIdByTrackingCode(db: Queryable, trackingCode: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM ideas WHERE tracking_code = $1', [trackingCode]);
  return rows[0]?.id ?? null;
}

/** Sets the status, public note and merge target of an idea. */
export async function setIdeaStatus(
  db: Queryable,
  id: string,
  change: { status: IdeaStatus; publicNote: string | null; mergedInto: string | null },
  now: Date,
): Promise<IdeaAdminView> {
  const { rows } = await db.query<IdeaRow>(
    `UPDATE ideas SET status = $2, public_note = $3, merged_into = $4, updated_at = $5 WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, change.status, change.publicNote, change.mergedInto, now],
  );
  return toAdminView(rows[0]!);
}

/** GDPR Art. 17: anonymises every idea sent from `email`; returns how many. */
export async function eraseIdeasByEmail(db: Queryable, email: string, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE ideas SET name = NULL, email = NULL, municipality = NULL, personal_data_erased = true, updated_at = $2
     WHERE lower(email) = lower($1)`,
    [email, now],
  );
  return rowCount;
}

/** Deletes an idea; false when absent. */
export async function deleteIdea(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM ideas WHERE id = $1', [id]);
  return rowCount > 0;
}
