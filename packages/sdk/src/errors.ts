import type { FieldError, Problem } from '@razem/contract';

// Guards check this brand rather than `instanceof`, so they also recognise errors thrown by another
// copy of the SDK (two bundles on one page, an iframe, a duplicated dependency). `Symbol.for` is
// shared by every realm and copy.
const BRAND = /* @__PURE__ */ Symbol.for('@razem/sdk/error');

type Branded = { [BRAND]?: string[] };

const brand = (error: RazemError, kind: string): void => {
  ((error as Branded)[BRAND] ??= []).push(kind);
  error.name = kind;
};

const is = (value: unknown, kind: string): boolean =>
  typeof value === 'object' && value !== null && !!(value as Branded)[BRAND]?.includes(kind);

/** The plain-object form of an SDK error, as `JSON.stringify` writes it. */
export interface RazemErrorJSON {
  name: string;
  code: string;
  message: string;
  [field: string]: unknown;
}

/**
 * Base class of every error the SDK throws. `code` is stable and machine-readable: the API's
 * problem code (`validation_failed`, `rate_limited`, …) or one of the SDK's own
 * (`network_error`, `timeout`, `contract_mismatch`, `invalid_config`).
 */
export class RazemError extends Error {
  /** Stable, machine-readable error code; branch on this, never on `message`. */
  readonly code: string;

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    brand(this, 'RazemError');
  }

  /** A JSON-safe summary for logs and error reporters: name, code, message and the typed fields. */
  toJSON(): RazemErrorJSON {
    // Own enumerable fields are the typed details (status, problem, retryAfter, path, …); `message`
    // is not enumerable on errors, hence listed.
    const { [BRAND]: _brand, ...fields } = this as this & Branded;
    return { ...fields, name: this.name, code: this.code, message: this.message };
  }
}

/** Details every HTTP failure the API answered carries. */
export interface RazemApiErrorInit {
  /** HTTP status of the response. */
  status: number;
  /** RFC 9457 problem details sent by the API (synthesised when the body was not one). */
  problem: Problem;
  /** `METHOD path` of the request that failed, e.g. `POST v1/ideas`. */
  request: string;
}

/**
 * The API answered with an error status (4xx/5xx). `problem` holds the RFC 9457 details and
 * `fieldErrors` the per-field messages of a `422 validation_failed`.
 */
export class RazemApiError extends RazemError {
  /** HTTP status code. */
  readonly status: number;
  /** Problem details as sent by the API. */
  readonly problem: Problem;
  /** One entry per invalid field (`path` is dotted, e.g. `address.postalCode`); empty otherwise. */
  readonly fieldErrors: FieldError[];
  /** `METHOD path` of the request that failed. */
  readonly request: string;

  constructor({ status, problem, request }: RazemApiErrorInit) {
    super(`${request} failed with ${status} ${problem.code}: ${problem.detail ?? problem.title}`, problem.code);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem.errors ?? [];
    this.request = request;
    brand(this, 'RazemApiError');
  }
}

/** `401` (missing, unknown or revoked key) or `403` (key not allowed for this call or origin). */
export class RazemAuthError extends RazemApiError {
  constructor(init: RazemApiErrorInit) {
    super(init);
    brand(this, 'RazemAuthError');
  }
}

/** `404`: no such partner, event, idea or tracking code. */
export class RazemNotFoundError extends RazemApiError {
  constructor(init: RazemApiErrorInit) {
    super(init);
    brand(this, 'RazemNotFoundError');
  }
}

/** `429`: too many requests, still refused after the SDK's retries. */
export class RazemRateLimitError extends RazemApiError {
  /** Seconds the API asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(init: RazemApiErrorInit & { retryAfter: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
    brand(this, 'RazemRateLimitError');
  }
}

/** No response arrived: connection refused or dropped, DNS failure, offline, CORS refusal. */
export class RazemNetworkError extends RazemError {
  constructor(request: string, cause: unknown) {
    super(`${request} failed: no response from the API`, 'network_error', { cause });
    brand(this, 'RazemNetworkError');
  }
}

/** An attempt or the whole call (retries included) took longer than its timeout. */
export class RazemTimeoutError extends RazemError {
  constructor(request: string, cause?: unknown) {
    super(`${request} timed out`, 'timeout', { cause });
    brand(this, 'RazemTimeoutError');
  }
}

/**
 * The API answered successfully but the body does not match the contract. Raised before any of
 * it reaches your code, naming where it differs.
 */
export class RazemContractError extends RazemError {
  /** Dotted path of the first mismatch in the response body (`data.0.startsAt`); empty for the root. */
  declare readonly path: string;
  /** What the contract expects there, e.g. `string`, `datetime`, `one of meeting, workshop`. */
  declare readonly expected: string;
  /** What was received there, as JSON (shortened). */
  declare readonly received: string;
  /** Every mismatch, in zod's issue format. */
  declare readonly issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[];

  constructor(
    request: string,
    detail: Pick<RazemContractError, 'path' | 'expected' | 'received' | 'issues'>,
  ) {
    super(
      `${request}: response breaks the contract at ${detail.path || '(root)'}: expected ${detail.expected}, received ${detail.received}`,
      'contract_mismatch',
    );
    // Fields are declared, not initialised: assigning them in one go keeps the browser bundle small.
    Object.assign(this, detail);
    brand(this, 'RazemContractError');
  }
}

/** The SDK was set up or called wrongly, e.g. a secret key in a browser. Never retried. */
export class RazemConfigError extends RazemError {
  constructor(message: string) {
    super(message, 'invalid_config');
    brand(this, 'RazemConfigError');
  }
}

/** True for every error thrown by any copy of the SDK. */
export const isRazemError = (error: unknown): error is RazemError => is(error, 'RazemError');
/** True for an error status answered by the API (including auth, not found and rate limit). */
export const isRazemApiError = (error: unknown): error is RazemApiError => is(error, 'RazemApiError');
/** True for `401`/`403`. */
export const isRazemAuthError = (error: unknown): error is RazemAuthError => is(error, 'RazemAuthError');
/** True for `404`. */
export const isRazemNotFoundError = (error: unknown): error is RazemNotFoundError => is(error, 'RazemNotFoundError');
/** True for `429` after retries. */
export const isRazemRateLimitError = (error: unknown): error is RazemRateLimitError =>
  is(error, 'RazemRateLimitError');
/** True when no response arrived. */
export const isRazemNetworkError = (error: unknown): error is RazemNetworkError => is(error, 'RazemNetworkError');
/** True when an attempt or the whole call timed out. */
export const isRazemTimeoutError = (error: unknown): error is RazemTimeoutError => is(error, 'RazemTimeoutError');
/** True when a response broke the contract. */
export const isRazemContractError = (error: unknown): error is RazemContractError =>
  is(error, 'RazemContractError');
/** True for misuse of the SDK. */
export const isRazemConfigError = (error: unknown): error is RazemConfigError => is(error, 'RazemConfigError');
