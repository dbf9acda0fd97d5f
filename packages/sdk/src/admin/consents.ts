import { ConsentRecordList, type ConsentRecord } from '@razem/contract';
import type { RazemHttp, RazemRequestOptions } from '../http.js';

/** Proof of consent for audits and data subject requests (secret key). */
export class AdminConsentsResource {
  /** @param http - a core with a secret key. */
  constructor(readonly http: RazemHttp) {}

  /** Every decision recorded under one consent id, oldest first. */
  async list(consentId: string, options?: RazemRequestOptions): Promise<ConsentRecord[]> {
    const { data } = await this.http.request('GET', 'v1/admin/consents', { ...options, query: { consentId }, schema: ConsentRecordList });
    return data;
  }
}
