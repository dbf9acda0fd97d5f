import { Partner, page, type Page, type PartnerKind } from '@razem/contract';
import type { RazemHttp, RazemRequestOptions } from '../http.js';
import { collect, paginate } from '../pagination.js';

const PartnerPage = /* @__PURE__ */ page(Partner);

/** Filters of {@link PartnersResource.list}. */
export type PartnerListQuery = {
  /** Only partners of this kind. */
  kind?: PartnerKind;
  /** Page size, 1–100. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
};

/** Consortium partners, coordinators first. */
export class PartnersResource {
  /** @param http - the core created by `createRazemHttp`. */
  constructor(readonly http: RazemHttp) {}

  /** One page of partners. */
  list(query?: PartnerListQuery, options?: RazemRequestOptions): Promise<Page<Partner>> {
    return this.http.request('GET', 'v1/partners', { ...options, query, schema: PartnerPage });
  }

  /** Every partner matching `query`, fetching pages as you iterate. */
  iterate(query?: Omit<PartnerListQuery, 'cursor'>, options?: RazemRequestOptions): AsyncIterable<Partner> {
    return paginate((cursor) => this.list({ ...query, cursor }, options));
  }

  /** Every partner matching `query`, all pages collected. */
  all(query?: Omit<PartnerListQuery, 'cursor'>, options?: RazemRequestOptions): Promise<Partner[]> {
    return collect(this.iterate(query, options));
  }

  /** One partner by slug id. @throws {RazemNotFoundError} when there is none. */
  get(id: string, options?: RazemRequestOptions): Promise<Partner> {
    return this.http.request('GET', `v1/partners/${encodeURIComponent(id)}`, { ...options, schema: Partner });
  }
}
