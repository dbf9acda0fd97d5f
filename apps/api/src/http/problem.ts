/**
 * RFC 9457 problem details: every error the API answers with, client mistake or not, is one of
 * these with a stable `code` (see ERROR_CODES in the contract).
 */
import { PROBLEM_CONTENT_TYPE, problemType, type ErrorCode, type FieldError, type Problem } from '@razem/contract';

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'Some fields are invalid',
  invalid_json: 'The body is not valid JSON',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'The body is too large',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  unauthorized: 'Missing or invalid API key',
  forbidden: 'This key may not do that',
  origin_not_allowed: 'This origin may not use this key',
  secret_key_from_browser: 'Secret keys must never be used from a browser',
  rate_limited: 'Too many requests',
  idempotency_conflict: 'Idempotency-Key reused with a different request',
  idempotency_in_progress: 'A request with this Idempotency-Key is still running',
  invalid_transition: 'Status change not allowed',
  conflict: 'Conflict',
  spam_rejected: 'The submission was rejected as spam',
  internal_error: 'Internal server error',
  service_unavailable: 'Service unavailable',
};

/** An error that becomes a problem+json response. Throw it from anywhere in a handler. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: ErrorCode,
    detail?: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** Body of a problem response. */
export function problemBody(error: ApiError, requestId?: string): Problem {
  return {
    type: problemType(error.code),
    title: TITLES[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.errors ? { errors: error.errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

/** A complete problem+json response. */
export function problemResponse(error: ApiError, requestId?: string): Response {
  const headers = new Headers(error.headers);
  headers.set('Content-Type', PROBLEM_CONTENT_TYPE);
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(problemBody(error, requestId)), { status: error.status, headers });
}

/** Shorthand for the most common client mistake: one invalid field. */
export function fieldError(status: 400 | 422, path: string, message: string): ApiError {
  return new ApiError(status, 'validation_failed', `${path}: ${message}`, { errors: [{ path, message }] });
}
