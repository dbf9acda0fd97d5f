/** Partners: rows ↔ the contract's `Partner`, and the queries the routes need. */
import type { Partner, PartnerCreate, PartnerKind } from '@razem/contract';
import type { Queryable, Row } from '../db/database.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { formatUtc } from '../time.js';

interface PartnerRow extends Row {
  id: string;
  name: string;
  short_name: string;
  kind: Partner['kind'];
  role: Partner['role'];
  role_rank: number;
  description: Partner['description'];
  logo: Partner['logo'] | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: Partner['address'] | null;
  registry: Partner['registry'] | null;
  updated_at: Date;
}

const COLUMNS =
  'id, name, short_name, kind, role, role_rank, description, logo, website, email, phone, address, registry, updated_at';

/** Drops `null`s so optional fields are absent rather than null, as the contract says. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

function toPartner(row: PartnerRow): Partner {
  return defined({
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    role: row.role,
    description: row.description,
    logo: row.logo,
    website: row.website,
    email: row.email,
    phone: row.phone,
    address: row.address,
    registry: row.registry,
    updatedAt: formatUtc(row.updated_at),
  } as Partner);
}

/** A page of partners: coordinators first, then members, then associates; by id within a role. */
export async function listPartners(
  db: Queryable,
  query: { limit?: number; cursor?: string; kind?: PartnerKind },
): Promise<{ data: Partner[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const params: unknown[] = [limit + 1];
  const where: string[] = [];
  if (query.kind) {
    params.push(query.kind);
    where.push(`kind = $${params.length}`);
  }
  if (query.cursor) {
    const [rank, id] = decodeCursor(query.cursor, ['number', 'string'] as const);
    params.push(rank, id);
    where.push(`(role_rank, id) > ($${params.length - 1}::int, $${params.length}::text)`);
  }
  const { rows } = await db.query<PartnerRow>(
    `SELECT ${COLUMNS} FROM partners ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY role_rank, id LIMIT $1`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(toPartner),
    nextCursor: rows.length > limit && last ? encodeCursor([last.role_rank, last.id]) : null,
  };
}

/** One partner, or null. */
export async function getPartner(db: Queryable, id: string): Promise<Partner | null> {
  const { rows } = await db.query<PartnerRow>(`SELECT ${COLUMNS} FROM partners WHERE id = $1`, [id]);
  return rows[0] ? toPartner(rows[0]) : null;
}

/** Which of `ids` are partners. */
export async function existingPartnerIds(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await db.query<{ id: string }>('SELECT id FROM partners WHERE id = ANY($1::text[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Fields of a partner as stored (validated input, defaults applied). */
export type PartnerFields = Omit<Partner, 'id' | 'updatedAt'>;

/** Inserts a partner; returns null when the id is taken. */
export async function insertPartner(
  db: Queryable,
  partner: PartnerFields & { id: string },
  now: Date,
): Promise<Partner | null> {
  const { rows } = await db.query<PartnerRow>(
    `INSERT INTO partners (id, name, short_name, kind, role, description, logo, website, email, phone, address, registry, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, $9, $10, $11::text::jsonb, $12::text::jsonb, $13, $13)
     ON CONFLICT (id) DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      partner.id,
      partner.name,
      partner.shortName,
      partner.kind,
      partner.role,
      json(partner.description),
      json(partner.logo),
      partner.website ?? null,
      partner.email ?? null,
      partner.phone ?? null,
      json(partner.address),
      json(partner.registry),
      now,
    ],
  );
  return rows[0] ? toPartner(rows[0]) : null;
}

/** Replaces the stored fields of a partner (after merging a PATCH); null when it does not exist. */
export async function updatePartner(
  db: Queryable,
  id: string,
  fields: PartnerFields,
  now: Date,
): Promise<Partner | null> {
  const { rows } = await db.query<PartnerRow>(
    `UPDATE partners SET name = $2, short_name = $3, kind = $4, role = $5, description = $6::text::jsonb,
       logo = $7::text::jsonb, website = $8, email = $9, phone = $10, address = $11::text::jsonb,
       registry = $12::text::jsonb, updated_at = $13
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [
      id,
      fields.name,
      fields.shortName,
      fields.kind,
      fields.role,
      json(fields.description),
      json(fields.logo),
      fields.website ?? null,
      fields.email ?? null,
      fields.phone ?? null,
      json(fields.address),
      json(fields.registry),
      now,
    ],
  );
  return rows[0] ? toPartner(rows[0]) : null;
}

/** Deletes a partner and removes it from the organizers of its events; false when absent. */
export async function deletePartner(db: Queryable, id: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM partners WHERE id = $1', [id]);
  if (rowCount === 0) return false;
  await db.query(
    `UPDATE events SET organizer_ids = array_remove(organizer_ids, $1), updated_at = $2, sequence = sequence + 1
     WHERE $1 = ANY(organizer_ids)`,
    [id, now],
  );
  return true;
}

export type { PartnerCreate };
