/**
 * Validation of the idea form with the contract's `IdeaSubmission` schema (the one the server
 * runs). Turns zod issues and the server's field errors into one language-neutral model the
 * element renders in pl / en / uk. Loaded on demand (it brings zod and the schemas).
 */
import { IDEA_LIMITS, ideaSubmissionFields, type FieldError, type IdeaSubmission as IdeaSubmissionBody } from '@razem/contract';
import {
  IDEA_FIELDS,
  toSubmission,
  type AllowedChoices,
  type FieldIssue,
  type FieldIssues,
  type IdeaField,
  type IdeaFormValues,
} from './fields.js';

const isBlank = (value: unknown): boolean =>
  value === undefined || value === false || (typeof value === 'string' && value.trim() === '');

const LIMITS: Partial<Record<IdeaField, { min?: number; max?: number }>> = IDEA_LIMITS;

/**
 * Maps a zod issue code (from the client's parse or the server's `errors[].code`) to a
 * {@link FieldIssue}. An empty value is always "required", whatever the schema said about it.
 */
export function issueFromCode(
  field: IdeaField,
  code: string | undefined,
  value: unknown,
  bounds: { minimum?: unknown; maximum?: unknown } = {},
): FieldIssue {
  // A choice outside the list (a stale draft, a tampered select) has simply not been made.
  if (isBlank(value) || code === 'invalid_value') return { kind: 'required' };
  switch (code) {
    case 'too_small':
      return { kind: 'tooShort', limit: Number(bounds.minimum ?? LIMITS[field]?.min ?? 0) };
    case 'too_big':
      return { kind: 'tooLong', limit: Number(bounds.maximum ?? LIMITS[field]?.max ?? 0) };
    case 'invalid_format':
      return { kind: 'format' };
    default:
      return { kind: 'invalid' };
  }
}

/**
 * Validates each field with its own schema from the contract's `ideaSubmissionFields`, the ones
 * `IdeaSubmission` is built from: the same rules as the server, without the body schema's
 * anti-spam checks in the browser bundle, and no object parse, so zod never probes
 * `new Function` (which a strict CSP reports even when the probe fails quietly). Choices outside `allowed` count as not chosen.
 */
export function validateIdea(values: IdeaFormValues, allowed: AllowedChoices = {}): FieldIssues {
  // Context does not change what is valid; a placeholder version keeps the body complete.
  const body = toSubmission(values, { privacyNoticeVersion: '-' }) as unknown as Record<string, unknown>;
  const shape = ideaSubmissionFields as unknown as Record<
    IdeaField,
    { safeParse(value: unknown): { success: boolean; error?: { issues: readonly Record<string, unknown>[] } } }
  >;
  const issues: FieldIssues = {};
  for (const field of IDEA_FIELDS) {
    const value = body[field];
    const result = shape[field].safeParse(value);
    const first = result.error?.issues[0];
    if (!result.success && first) {
      issues[field] = issueFromCode(field, first.code as string, value, first);
    }
  }
  const outside = (value: string, list: readonly string[] | undefined) => !!value && !!list && !list.includes(value);
  if (!issues.category && outside(values.category, allowed.categories)) issues.category = { kind: 'required' };
  if (!issues.authorRole && outside(values.authorRole, allowed.roles)) issues.authorRole = { kind: 'required' };
  return issues;
}

/** Server field errors split into the form's fields and the rest (which the form cannot point at). */
export interface ServerIssues {
  fields: FieldIssues;
  /** Errors about parts the person cannot edit (`privacyNoticeVersion`, `spam.token`, …). */
  other: FieldError[];
}

/**
 * Turns the `errors` of a `422 validation_failed` into the same model as client validation, so
 * server-side errors land in the same summary and inline messages. `sent` is the body that was
 * refused; it tells "required" from "too short".
 */
export function serverIssues(errors: readonly FieldError[], sent: Partial<IdeaSubmissionBody>): ServerIssues {
  const fields: FieldIssues = {};
  const other: FieldError[] = [];
  for (const error of errors) {
    const field = error.path as IdeaField;
    if ((IDEA_FIELDS as readonly string[]).includes(field)) {
      fields[field] ??= issueFromCode(field, error.code, (sent as Record<string, unknown>)[field]);
    } else {
      other.push(error);
    }
  }
  return { fields, other };
}
