/** Events: rows ↔ the contract's `Event`, range queries with keyset pagination, and writes. */
import type { ConsortiumEvent, EventKind, EventStatus } from '@razem/contract';
import type { Queryable, Row } from '../db/database.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { fieldError } from '../http/problem.js';
import { formatInZone, formatUtc } from '../time.js';

interface EventRow extends Row {
  id: string;
  title: ConsortiumEvent['title'];
  summary: ConsortiumEvent['summary'] | null;
  description: ConsortiumEvent['description'] | null;
  kind: EventKind;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  all_day: boolean;
  location: ConsortiumEvent['location'] | null;
  organizer_ids: string[];
  registration_url: string | null;
  status: EventStatus;
  sequence: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, title, summary, description, kind, starts_at, ends_at, time_zone, all_day, location,
  organizer_ids, registration_url, status, sequence, created_at, updated_at`;

/** An event with what calendars need beyond the API shape. */
export interface StoredEvent {
  event: ConsortiumEvent;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

function toStored(row: EventRow): StoredEvent {
  const event: ConsortiumEvent = {
    id: row.id,
    title: row.title,
    ...(row.summary ? { summary: row.summary } : {}),
    ...(row.description ? { description: row.description } : {}),
    kind: row.kind,
    startsAt: formatInZone(row.starts_at, row.time_zone),
    endsAt: formatInZone(row.ends_at, row.time_zone),
    timeZone: row.time_zone,
    allDay: row.all_day,
    ...(row.location ? { location: row.location } : {}),
    organizerIds: row.organizer_ids,
    ...(row.registration_url ? { registrationUrl: row.registration_url } : {}),
    status: row.status,
    updatedAt: formatUtc(row.updated_at),
    sequence: row.sequence,
  };
  return {
    event,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Filters of an event listing (already validated). */
export interface EventFilter {
  /** Overlap window start (inclusive); defaults to now, i.e. upcoming events. */
  from: Date;
  /** Overlap window end (exclusive). */
  to?: Date;
  kinds?: readonly EventKind[];
  organizer?: string;
  statuses?: readonly EventStatus[];
}

function whereClause(filter: EventFilter, params: unknown[]): string[] {
  const where: string[] = [];
  params.push(filter.from);
  where.push(`ends_at > $${params.length}`);
  if (filter.to) {
    params.push(filter.to);
    where.push(`starts_at < $${params.length}`);
  }
  if (filter.kinds?.length) {
    params.push(filter.kinds);
    where.push(`kind = ANY($${params.length}::text[])`);
  }
  if (filter.statuses?.length) {
    params.push(filter.statuses);
    where.push(`status = ANY($${params.length}::text[])`);
  }
  if (filter.organizer) {
    params.push(filter.organizer);
    where.push(`$${params.length} = ANY(organizer_ids)`);
  }
  return where;
}

/** A page of events overlapping [from, to), ordered by start then id. */
export async function listEvents(
  db: Queryable,
  filter: EventFilter,
  page: { limit?: number; cursor?: string },
): Promise<{ data: ConsortiumEvent[]; nextCursor: string | null }> {
  const limit = page.limit ?? 50;
  const params: unknown[] = [limit + 1];
  const where = whereClause(filter, params);
  if (page.cursor) {
    const [startsAt, id] = decodeCursor(page.cursor, ['date', 'string'] as const);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw fieldError(400, 'cursor', 'Invalid cursor; use nextCursor from a previous page');
    }
    params.push(startsAt, id);
    where.push(`(starts_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  const { rows } = await db.query<EventRow>(
    `SELECT ${COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY starts_at, id LIMIT $1`,
    params,
  );
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    data: pageRows.map((r) => toStored(r).event),
    nextCursor: rows.length > limit && last ? encodeCursor([last.starts_at.toISOString(), last.id]) : null,
  };
}

/**
 * The events matching `filter` (calendar feeds), in start order. Past `max`, the latest-starting
 * ones are kept: a feed must never lose what is coming for what is long past.
 */
export async function eventsForCalendar(db: Queryable, filter: EventFilter, max = 2000): Promise<StoredEvent[]> {
  const params: unknown[] = [max];
  const where = whereClause(filter, params);
  const { rows } = await db.query<EventRow>(
    `SELECT * FROM (SELECT ${COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY starts_at DESC, id DESC LIMIT $1) AS latest
     ORDER BY starts_at, id`,
    params,
  );
  return rows.map(toStored);
}

/** One event, or null. */
export async function getEvent(db: Queryable, id: string): Promise<StoredEvent | null> {
  const { rows } = await db.query<EventRow>(`SELECT ${COLUMNS} FROM events WHERE id = $1`, [id]);
  return rows[0] ? toStored(rows[0]) : null;
}

/** Fields of an event as stored (validated, defaults applied). */
export type EventFields = Omit<ConsortiumEvent, 'id' | 'updatedAt'>;

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

function fieldParams(fields: EventFields): unknown[] {
  return [
    json(fields.title),
    json(fields.summary),
    json(fields.description),
    fields.kind,
    new Date(fields.startsAt),
    new Date(fields.endsAt),
    fields.timeZone,
    fields.allDay,
    json(fields.location),
    fields.organizerIds,
    fields.registrationUrl ?? null,
    fields.status,
  ];
}

/** Inserts an event. */
export async function insertEvent(db: Queryable, id: string, fields: EventFields, now: Date): Promise<StoredEvent> {
  const { rows } = await db.query<EventRow>(
    `INSERT INTO events (title, summary, description, kind, starts_at, ends_at, time_zone, all_day, location,
       organizer_ids, registration_url, status, id, created_at, updated_at)
     VALUES ($1::text::jsonb, $2::text::jsonb, $3::text::jsonb, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text[], $11, $12, $13, $14, $14)
     RETURNING ${COLUMNS}`,
    [...fieldParams(fields), id, now],
  );
  return toStored(rows[0]!);
}

/** Replaces an event's fields (after merging a PATCH) and bumps its SEQUENCE; null when absent. */
export async function updateEvent(db: Queryable, id: string, fields: EventFields, now: Date): Promise<StoredEvent | null> {
  const { rows } = await db.query<EventRow>(
    `UPDATE events SET title = $1::text::jsonb, summary = $2::text::jsonb, description = $3::text::jsonb, kind = $4,
       starts_at = $5, ends_at = $6, time_zone = $7, all_day = $8, location = $9::text::jsonb, organizer_ids = $10::text[],
       registration_url = $11, status = $12, updated_at = $14, sequence = sequence + 1
     WHERE id = $13 RETURNING ${COLUMNS}`,
    [...fieldParams(fields), id, now],
  );
  return rows[0] ? toStored(rows[0]) : null;
}

/** Deletes an event; false when absent. */
export async function deleteEvent(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM events WHERE id = $1', [id]);
  return rowCount > 0;
}
