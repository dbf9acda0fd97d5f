import { IdeaPublicStatus, IdeaReceipt, type IdeaSubmission } from '@razem/contract';
import type { RazemHttp, RazemRequestOptions, RazemWriteOptions } from '../http.js';

/** Residents' ideas: submit one, check its status by tracking code. */
export class IdeasResource {
  /** @param http - the core created by `createRazemHttp`; needs a publishable (or secret) key to submit. */
  constructor(readonly http: RazemHttp) {}

  /**
   * Submits an idea. Retries reuse one `Idempotency-Key`, so the idea is stored once even when a
   * connection drops after the server stored it.
   * @throws {RazemApiError} `422 validation_failed` with `fieldErrors` when a field is invalid.
   */
  submit(submission: IdeaSubmission, options?: RazemWriteOptions): Promise<IdeaReceipt> {
    return this.http.request('POST', 'v1/ideas', { ...options, json: submission, schema: IdeaReceipt });
  }

  /** Public status of an idea (no personal data). The code is accepted in any letter case. */
  status(trackingCode: string, options?: RazemRequestOptions): Promise<IdeaPublicStatus> {
    const code = encodeURIComponent(trackingCode.trim().toUpperCase());
    return this.http.request('GET', `v1/ideas/status/${code}`, { ...options, schema: IdeaPublicStatus });
  }
}
