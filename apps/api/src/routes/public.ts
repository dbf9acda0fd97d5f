/** Public reads: partners, events, calendar feeds and idea status. No key needed. */
import * as z from 'zod/mini';
import type { Hono } from 'hono';
import { EventQuery, Locale, PageQuery, PartnerKind, Slug, TrackingCode, type Locale as LocaleType } from '@razem/contract';
import { renderCalendar } from '../domain/calendar.js';
import { eventsForCalendar, getEvent, listEvents } from '../domain/events.js';
import { getPublicStatus } from '../domain/ideas.js';
import { getPartner, listPartners } from '../domain/partners.js';
import { CACHE, cachedJson, cachedResponse } from '../http/cache.js';
import { parsePath, parseQuery, type AppEnv, type Deps } from '../http/context.js';
import { ApiError, fieldError } from '../http/problem.js';
import { parseInput } from '../http/validate.js';

const PartnerQuery = z.strictObject({ ...PageQuery.shape, kind: z.optional(PartnerKind) });
const CalendarQuery = z.strictObject({
  kind: EventQuery.shape.kind,
  organizer: EventQuery.shape.organizer,
  lang: z.optional(Locale),
});
const SingleCalendarQuery = z.strictObject({ lang: z.optional(Locale) });
const EventId = z.object({ id: z.uuid('Expected an event id (UUID)') });
const PartnerId = z.object({ id: Slug });

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** Registers the public read endpoints. */
export function registerPublicRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/partners', async (c) => {
    const query = parseQuery(c, PartnerQuery);
    return cachedJson(c.req.raw, await listPartners(deps.db, query), CACHE.public);
  });

  app.get('/v1/partners/:id', async (c) => {
    const { id } = parsePath(c, PartnerId);
    const partner = await getPartner(deps.db, id);
    if (!partner) throw new ApiError(404, 'not_found', `No partner with id "${id}"`);
    return cachedJson(c.req.raw, partner, CACHE.public);
  });

  app.get('/v1/events', async (c) => {
    const query = parseQuery(c, EventQuery);
    const from = query.from ? new Date(query.from) : deps.now();
    const to = query.to ? new Date(query.to) : undefined;
    if (to && to <= from) throw fieldError(400, 'to', 'to must be later than from');
    const page = await listEvents(
      deps.db,
      { from, to, kinds: query.kind, organizer: query.organizer, statuses: query.status },
      { limit: query.limit, cursor: query.cursor },
    );
    return cachedJson(c.req.raw, page, CACHE.public);
  });

  app.get('/v1/events.ics', async (c) => {
    const query = parseQuery(c, CalendarQuery);
    const lang: LocaleType = query.lang ?? 'pl';
    // The whole calendar, past included: subscribers keep what they attended.
    const events = await eventsForCalendar(deps.db, { from: new Date(0), kinds: query.kind, organizer: query.organizer });
    return cachedResponse(c.req.raw, renderCalendar(events, lang), CALENDAR_TYPE, CACHE.public, {
      'Content-Disposition': 'inline; filename="razem.ics"',
    });
  });

  app.get('/v1/events/:file{[^/]+\\.ics}', async (c) => {
    const eventId = c.req.param('file').slice(0, -'.ics'.length);
    if (!z.safeParse(z.uuid(), eventId).success) throw fieldError(400, 'id', 'Expected an event id (UUID)');
    const query = parseQuery(c, SingleCalendarQuery);
    const stored = await getEvent(deps.db, eventId);
    if (!stored) throw new ApiError(404, 'not_found', `No event with id "${eventId}"`);
    return cachedResponse(c.req.raw, renderCalendar([stored], query.lang ?? 'pl'), CALENDAR_TYPE, CACHE.public, {
      'Content-Disposition': `inline; filename="${eventId}.ics"`,
    });
  });

  app.get('/v1/events/:id', async (c) => {
    const { id } = parsePath(c, EventId);
    const stored = await getEvent(deps.db, id);
    if (!stored) throw new ApiError(404, 'not_found', `No event with id "${id}"`);
    return cachedJson(c.req.raw, stored.event, CACHE.public);
  });

  app.get('/v1/ideas/status/:trackingCode', async (c) => {
    // Codes are read out over the phone: accept lower case and Crockford's look-alikes (I, L → 1; O → 0).
    const spoken = c.req.param('trackingCode').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
    const { trackingCode } = parseInput(z.object({ trackingCode: TrackingCode }), { trackingCode: spoken }, 'path');
    const status = await getPublicStatus(deps.db, trackingCode);
    if (!status) throw new ApiError(404, 'not_found', `No idea with tracking code ${trackingCode}`);
    return cachedJson(c.req.raw, status, CACHE.private);
  });
}
