/** Staff review of ideas: list, filter, CSV export, status changes, erasure and deletion. */
import * as z from 'zod/mini';
import type { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import {
  ErasureRequest,
  IDEA_STATUS_TRANSITIONS,
  IdeaAdminQuery,
  IdeaStatusChange,
  type IdeaAdminView,
} from '@razem/contract';
import {
  allIdeas,
  deleteIdea,
  eraseIdeasByEmail,
  getIdea,
  ideaIdByTrackingCode,
  listIdeas,
  setIdeaStatus,
} from '../domain/ideas.js';
import { CACHE } from '../http/cache.js';
import { handleWrite, parsePath, parseQuery, type AppEnv, type Deps } from '../http/context.js';
import { ApiError, fieldError } from '../http/problem.js';

const IdeaId = z.object({ id: z.uuid('Expected an idea id (UUID)') });
const ExportQuery = z.omit(IdeaAdminQuery, { limit: true, cursor: true });

const CSV_COLUMNS: { key: keyof IdeaAdminView; header: string }[] = [
  { key: 'trackingCode', header: 'tracking_code' },
  { key: 'receivedAt', header: 'received_at' },
  { key: 'status', header: 'status' },
  { key: 'publicNote', header: 'public_note' },
  { key: 'mergedInto', header: 'merged_into' },
  { key: 'category', header: 'category' },
  { key: 'authorRole', header: 'author_role' },
  { key: 'title', header: 'title' },
  { key: 'description', header: 'description' },
  { key: 'name', header: 'name' },
  { key: 'email', header: 'email' },
  { key: 'municipality', header: 'municipality' },
  { key: 'sourceSite', header: 'source_site' },
  { key: 'locale', header: 'locale' },
  { key: 'privacyNoticeVersion', header: 'privacy_notice_version' },
  { key: 'suspectedSpam', header: 'suspected_spam' },
  { key: 'personalDataErased', header: 'personal_data_erased' },
  { key: 'updatedAt', header: 'updated_at' },
  { key: 'id', header: 'id' },
];

/**
 * Spreadsheet formula injection (CWE-1236): a cell starting with = + - @ TAB or CR is run as a
 * formula by Excel and LibreOffice; a leading apostrophe makes it plain text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Ideas as CSV: UTF-8 with BOM (Excel reads Polish letters), RFC 4180 quoting, CRLF. */
export function ideasToCsv(ideas: readonly IdeaAdminView[]): string {
  const rows = ideas.map((idea) =>
    CSV_COLUMNS.map(({ key }) => {
      const value = idea[key];
      return value === undefined ? '' : neutralizeFormula(String(value));
    }),
  );
  return `\uFEFF${stringify([CSV_COLUMNS.map((c) => c.header), ...rows], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ })}`;
}

/** Registers `/v1/admin/ideas…`. */
export function registerAdminIdeaRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/admin/ideas', async (c) => {
    const { limit, cursor, ...filter } = parseQuery(c, IdeaAdminQuery);
    const page = await listIdeas(deps.db, filter, { limit, cursor });
    return c.json(page, 200, { 'Cache-Control': CACHE.none });
  });

  app.get('/v1/admin/ideas/export.csv', async (c) => {
    const filter = parseQuery(c, ExportQuery);
    const csv = ideasToCsv(await allIdeas(deps.db, filter));
    const day = deps.now().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="razem-ideas-${day}.csv"`,
      'Cache-Control': CACHE.none,
    });
  });

  app.post('/v1/admin/ideas/erase', (c) =>
    handleWrite(c, deps, ErasureRequest, async ({ email }, tx, now) => ({
      status: 200,
      body: { erased: await eraseIdeasByEmail(tx, email, now) },
    })),
  );

  app.get('/v1/admin/ideas/:id', async (c) => {
    const { id } = parsePath(c, IdeaId);
    const idea = await getIdea(deps.db, id);
    if (!idea) throw new ApiError(404, 'not_found', `No idea with id ${id}`);
    return c.json(idea, 200, { 'Cache-Control': CACHE.none });
  });

  app.delete('/v1/admin/ideas/:id', async (c) => {
    const { id } = parsePath(c, IdeaId);
    return handleWrite(c, deps, null, async (_, tx) => {
      if (!(await deleteIdea(tx, id))) throw new ApiError(404, 'not_found', `No idea with id ${id}`);
      return { status: 204 };
    });
  });

  app.patch('/v1/admin/ideas/:id/status', async (c) => {
    const { id } = parsePath(c, IdeaId);
    return handleWrite(c, deps, IdeaStatusChange, async (change, tx, now) => {
      const idea = await getIdea(tx, id, true);
      if (!idea) throw new ApiError(404, 'not_found', `No idea with id ${id}`);
      const allowed = IDEA_STATUS_TRANSITIONS[idea.status];
      if (!allowed.includes(change.status)) {
        throw new ApiError(
          409,
          'invalid_transition',
          `An idea that is "${idea.status}" can move to: ${allowed.join(', ')} — not to "${change.status}"`,
        );
      }
      let mergedInto: string | null = null;
      if (change.status === 'merged') {
        if (!change.mergedInto) throw fieldError(422, 'mergedInto', 'Give the tracking code of the idea this one joins');
        if (change.mergedInto === idea.trackingCode) throw fieldError(422, 'mergedInto', 'An idea cannot be merged into itself');
        if (!(await ideaIdByTrackingCode(tx, change.mergedInto))) {
          throw fieldError(422, 'mergedInto', `No idea with tracking code ${change.mergedInto}`);
        }
        mergedInto = change.mergedInto;
      } else if (change.mergedInto) {
        throw fieldError(422, 'mergedInto', 'Only merged ideas name the idea they joined');
      }
      // An absent note keeps the current one; an empty note clears it.
      const publicNote = change.publicNote === undefined ? (idea.publicNote ?? null) : change.publicNote || null;
      return { status: 200, body: await setIdeaStatus(tx, id, { status: change.status, publicNote, mergedInto }, now) };
    });
  });
}
