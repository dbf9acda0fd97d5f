import {
  ErasureResult,
  IdeaAdminPage,
  IdeaAdminView,
  type AuthorRole,
  type IdeaCategory,
  type IdeaStatus,
  type IdeaStatusChange,
  type Page,
} from '@razem/contract';
import type { RazemHttp, RazemRequestOptions, RazemWriteOptions } from '../http.js';
import { collect, paginate } from '../pagination.js';

/** Filters of the admin idea list and its CSV export. */
export type AdminIdeaQuery = {
  status?: IdeaStatus;
  category?: IdeaCategory;
  authorRole?: AuthorRole;
  /** Partner site the idea came through, e.g. `frgk.pl`. */
  sourceSite?: string;
  /** Author's email address (exact). */
  email?: string;
  /** Full-text search in title and description. */
  q?: string;
  /** Received at or after this instant. */
  receivedFrom?: Date | string;
  /** Received before this instant. */
  receivedTo?: Date | string;
  /** Page size, 1–100. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
};

/** Staff review of ideas: filter, change status, export, erase (secret key). */
export class AdminIdeasResource {
  /** @param http - a core with a secret key. */
  constructor(readonly http: RazemHttp) {}

  /** One page of ideas, newest first, with the authors' data. */
  list(query?: AdminIdeaQuery, options?: RazemRequestOptions): Promise<Page<IdeaAdminView>> {
    return this.http.request('GET', 'v1/admin/ideas', { ...options, query, schema: IdeaAdminPage });
  }

  /** Every idea matching `query`, fetching pages as you iterate. */
  iterate(query?: Omit<AdminIdeaQuery, 'cursor'>, options?: RazemRequestOptions): AsyncIterable<IdeaAdminView> {
    return paginate((cursor) => this.list({ ...query, cursor }, options));
  }

  /** Every idea matching `query`, all pages collected. */
  all(query?: Omit<AdminIdeaQuery, 'cursor'>, options?: RazemRequestOptions): Promise<IdeaAdminView[]> {
    return collect(this.iterate(query, options));
  }

  /** One idea by id. */
  get(id: string, options?: RazemRequestOptions): Promise<IdeaAdminView> {
    return this.http.request('GET', `v1/admin/ideas/${encodeURIComponent(id)}`, { ...options, schema: IdeaAdminView });
  }

  /**
   * Moves an idea along the review workflow (see `IDEA_STATUS_TRANSITIONS`), with a public note.
   * @throws {RazemApiError} `409 invalid_transition` for a move the workflow does not allow.
   */
  updateStatus(id: string, change: IdeaStatusChange, options?: RazemWriteOptions): Promise<IdeaAdminView> {
    return this.http.request('PATCH', `v1/admin/ideas/${encodeURIComponent(id)}/status`, {
      ...options,
      json: change,
      schema: IdeaAdminView,
    });
  }

  /**
   * CSV of every idea matching the filters, for spreadsheets and CRMs: RFC 4180, CRLF, and a
   * leading byte-order mark so Excel reads Polish letters. Write it out as UTF-8 unchanged.
   */
  async exportCsv(query?: Omit<AdminIdeaQuery, 'limit' | 'cursor'>, options?: RazemRequestOptions): Promise<string> {
    const csv = await this.http.request('GET', 'v1/admin/ideas/export.csv', { ...options, query, as: 'text' });
    // Decoding the body drops the API's byte-order mark; put it back for the spreadsheet.
    return csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
  }

  /** Erases the personal data of every idea sent from `email` (GDPR Art. 17); returns how many. */
  erase(email: string, options?: RazemWriteOptions): Promise<{ erased: number }> {
    return this.http.request('POST', 'v1/admin/ideas/erase', { ...options, json: { email }, schema: ErasureResult });
  }

  /** Deletes an idea for good (spam, duplicates). */
  delete(id: string, options?: RazemWriteOptions): Promise<void> {
    return this.http.request('DELETE', `v1/admin/ideas/${encodeURIComponent(id)}`, options);
  }
}
