/** `detail` of the events <razem-idea-form> dispatches (all bubble and are composed). */
import type { IdeaReceipt } from '@razem/contract';

/** `detail` of `razem-idea-submitted`. */
export interface IdeaSubmittedDetail {
  trackingCode: string;
  receipt: IdeaReceipt;
}

/** `detail` of `razem-idea-queued`. */
export interface IdeaQueuedDetail {
  /** `offline`, `unreachable` (network error, timeout, 5xx) or `rate-limited`. */
  reason: 'offline' | 'unreachable' | 'rate-limited';
}

/** `detail` of `razem-idea-failed`. */
export interface IdeaFailedDetail {
  /** The API's or SDK's error code, e.g. `origin_not_allowed`, `spam_rejected`, `invalid_config`. */
  code: string;
}
