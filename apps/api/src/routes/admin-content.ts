/** Staff management of events and partners, and proof-of-consent lookups. */
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import type { Hono } from 'hono';
import { EventCreate, EventUpdate, PartnerCreate, PartnerUpdate, Slug, type FieldError } from '@razem/contract';
import type { Queryable } from '../db/database.js';
import { deleteEvent, getEvent, insertEvent, updateEvent, type EventFields } from '../domain/events.js';
import { deletePartner, existingPartnerIds, getPartner, insertPartner, updatePartner, type PartnerFields } from '../domain/partners.js';
import { CACHE } from '../http/cache.js';
import { handleWrite, parsePath, parseQuery, type AppEnv, type Deps } from '../http/context.js';
import { ApiError } from '../http/problem.js';
import { formatUtc, isLocalMidnight, isValidTimeZone } from '../time.js';

const EventId = z.object({ id: z.uuid('Expected an event id (UUID)') });
const PartnerId = z.object({ id: Slug });

/**
 * Merges a PATCH body into the stored fields: absent keys keep their value, `null` removes an
 * optional field (the update schemas allow null only on optional fields and fill no defaults).
 */
function merge<T extends object>(current: T, patch: { [K in keyof T]?: T[K] | null }): T {
  const merged = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

/** Rules that need more than one field or the database; all reported together as 422. */
async function checkEvent(tx: Queryable, event: EventFields): Promise<void> {
  const errors: FieldError[] = [];
  if (!isValidTimeZone(event.timeZone)) {
    errors.push({ path: 'timeZone', message: `Unknown time zone "${event.timeZone}"; use an IANA name like Europe/Warsaw` });
  } else if (event.allDay) {
    for (const field of ['startsAt', 'endsAt'] as const) {
      if (!isLocalMidnight(new Date(event[field]), event.timeZone)) {
        errors.push({ path: field, message: `All-day events start and end at midnight in ${event.timeZone}` });
      }
    }
  }
  if (Date.parse(event.endsAt) <= Date.parse(event.startsAt)) {
    errors.push({ path: 'endsAt', message: 'endsAt must be later than startsAt' });
  }
  const known = await existingPartnerIds(tx, event.organizerIds);
  event.organizerIds.forEach((id, i) => {
    if (!known.has(id)) errors.push({ path: `organizerIds.${i}`, message: `No partner with id "${id}"` });
  });
  if (errors.length) {
    throw new ApiError(422, 'validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
}

/** Registers `/v1/admin/events…`, `/v1/admin/partners…` and `/v1/admin/consents`. */
export function registerAdminContentRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/admin/events', (c) =>
    handleWrite(c, deps, EventCreate, async (input, tx, now) => {
      const fields: EventFields = { ...input };
      await checkEvent(tx, fields);
      const stored = await insertEvent(tx, randomUUID(), fields, now);
      return { status: 201, body: stored.event, headers: { Location: `/v1/events/${stored.event.id}` } };
    }),
  );

  app.patch('/v1/admin/events/:id', async (c) => {
    const { id } = parsePath(c, EventId);
    return handleWrite(c, deps, EventUpdate, async (input, tx, now) => {
      const current = await getEvent(tx, id);
      if (!current) throw new ApiError(404, 'not_found', `No event with id ${id}`);
      const { id: _id, updatedAt: _updatedAt, ...currentFields } = current.event;
      const fields = merge<EventFields>(currentFields, input);
      await checkEvent(tx, fields);
      const stored = await updateEvent(tx, id, fields, now);
      return { status: 200, body: stored!.event };
    });
  });

  app.delete('/v1/admin/events/:id', async (c) => {
    const { id } = parsePath(c, EventId);
    return handleWrite(c, deps, null, async (_, tx) => {
      if (!(await deleteEvent(tx, id))) throw new ApiError(404, 'not_found', `No event with id ${id}`);
      return { status: 204 };
    });
  });

  app.post('/v1/admin/partners', (c) =>
    handleWrite(c, deps, PartnerCreate, async (input, tx, now) => {
      const partner = await insertPartner(tx, input, now);
      if (!partner) {
        throw new ApiError(409, 'conflict', `A partner with id "${input.id}" already exists`, {
          errors: [{ path: 'id', message: 'Already taken' }],
        });
      }
      return { status: 201, body: partner, headers: { Location: `/v1/partners/${partner.id}` } };
    }),
  );

  app.patch('/v1/admin/partners/:id', async (c) => {
    const { id } = parsePath(c, PartnerId);
    return handleWrite(c, deps, PartnerUpdate, async (input, tx, now) => {
      const current = await getPartner(tx, id);
      if (!current) throw new ApiError(404, 'not_found', `No partner with id "${id}"`);
      const { id: _id, updatedAt: _updatedAt, ...currentFields } = current;
      const fields = merge<PartnerFields>(currentFields, input);
      return { status: 200, body: await updatePartner(tx, id, fields, now) };
    });
  });

  app.delete('/v1/admin/partners/:id', async (c) => {
    const { id } = parsePath(c, PartnerId);
    return handleWrite(c, deps, null, async (_, tx, now) => {
      if (!(await deletePartner(tx, id, now))) throw new ApiError(404, 'not_found', `No partner with id "${id}"`);
      return { status: 204 };
    });
  });

  app.get('/v1/admin/consents', async (c) => {
    const { consentId } = parseQuery(c, z.strictObject({ consentId: z.uuid() }));
    const { rows } = await deps.db.query<{
      id: string;
      consent_id: string;
      site: string;
      policy_revision: number;
      choices: Record<string, boolean>;
      method: 'accept_all' | 'reject_all' | 'custom' | 'gpc';
      decided_at: Date;
      language: 'pl' | 'en' | 'uk';
      received_at: Date;
    }>(
      `SELECT id, consent_id, site, policy_revision, choices, method, decided_at, language, received_at
       FROM consents WHERE consent_id = $1 ORDER BY received_at, id`,
      [consentId],
    );
    const data = rows.map((r) => ({
      id: r.id,
      consentId: r.consent_id,
      site: r.site,
      policyRevision: r.policy_revision,
      choices: r.choices,
      method: r.method,
      decidedAt: formatUtc(r.decided_at),
      language: r.language,
      receivedAt: formatUtc(r.received_at),
    }));
    return c.json({ data }, 200, { 'Cache-Control': CACHE.none });
  });
}
