import * as z from 'zod/mini';

/** Stable, machine-readable error codes. Clients branch on these, never on titles. */
export const ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'method_not_allowed',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'secret_key_from_browser',
  'rate_limited',
  'idempotency_conflict',
  'idempotency_in_progress',
  'invalid_transition',
  'conflict',
  'spam_rejected',
  'internal_error',
  'service_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid field: `path` is dotted (`address.postalCode`, `choices.necessary`). */
export const FieldError = /* @__PURE__ */ z.object({
  path: z.string(),
  message: z.string(),
  code: z.optional(z.string()),
});
export type FieldError = z.infer<typeof FieldError>;

/**
 * RFC 9457 problem details. `code` is one of ERROR_CODES; unknown future codes are still accepted
 * so old clients keep working.
 */
export const Problem = /* @__PURE__ */ z.object({
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  errors: z.optional(z.array(FieldError)),
  requestId: z.optional(z.string()),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** `type` of every problem: a URI reference, relative to the API, documenting the code. */
export const problemType = (code: string) => `/problems/${code.replaceAll('_', '-')}`;
