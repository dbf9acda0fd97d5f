import { ConsentReceipt, type ConsentRecordInput } from '@razem/contract';
import type { RazemHttp, RazemWriteOptions } from '../http.js';

/** Proof of cookie-consent decisions (GDPR Art. 7(1)). */
export class ConsentsResource {
  /** @param http - the core created by `createRazemHttp`; needs a publishable (or secret) key. */
  constructor(readonly http: RazemHttp) {}

  /** Records one consent decision; stored once however often it is retried. */
  record(input: ConsentRecordInput, options?: RazemWriteOptions): Promise<ConsentReceipt> {
    return this.http.request('POST', 'v1/consents', { ...options, json: input, schema: ConsentReceipt });
  }
}
