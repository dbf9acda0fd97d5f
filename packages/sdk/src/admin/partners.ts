import { Partner, type PartnerCreate, type PartnerUpdate } from '@razem/contract';
import type { RazemHttp, RazemWriteOptions } from '../http.js';

/** Managing consortium partners (secret key). */
export class AdminPartnersResource {
  /** @param http - a core with a secret key. */
  constructor(readonly http: RazemHttp) {}

  /** Adds a partner. @throws {RazemApiError} `409 conflict` when the id is taken. */
  create(partner: PartnerCreate, options?: RazemWriteOptions): Promise<Partner> {
    return this.http.request('POST', 'v1/admin/partners', { ...options, json: partner, schema: Partner });
  }

  /** Changes some fields of a partner. */
  update(id: string, changes: PartnerUpdate, options?: RazemWriteOptions): Promise<Partner> {
    return this.http.request('PATCH', `v1/admin/partners/${encodeURIComponent(id)}`, { ...options, json: changes, schema: Partner });
  }

  /** Removes a partner. */
  delete(id: string, options?: RazemWriteOptions): Promise<void> {
    return this.http.request('DELETE', `v1/admin/partners/${encodeURIComponent(id)}`, options);
  }
}
