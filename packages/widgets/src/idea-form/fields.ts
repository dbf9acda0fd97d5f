/**
 * The idea form's fields, values and the body they become, without a DOM. Validation lives in
 * `validate.ts`, loaded on first use: it needs the contract's schemas (zod), which a page showing
 * an untouched form should not download.
 */
import type { IDEA_LIMITS, IdeaSubmission as IdeaSubmissionBody, Locale } from '@razem/contract';

/** Fields a person fills in, in the order the form shows them (and the error summary lists them). */
export const IDEA_FIELDS = [
  'title',
  'description',
  'category',
  'authorRole',
  'name',
  'email',
  'municipality',
  'privacyConsent',
] as const;

/** One of {@link IDEA_FIELDS}. */
export type IdeaField = (typeof IDEA_FIELDS)[number];

/** Fields holding free text (everything except the consent box). */
export type IdeaTextField = Exclude<IdeaField, 'privacyConsent'>;

/** What the form holds: text exactly as typed, the consent box as ticked. */
export interface IdeaFormValues {
  title: string;
  description: string;
  /** A value of `IDEA_CATEGORIES`, or `''` before one is chosen. */
  category: string;
  /** A value of `AUTHOR_ROLES`, or `''` before one is chosen. */
  authorRole: string;
  name: string;
  email: string;
  municipality: string;
  privacyConsent: boolean;
}

/** A form nobody has touched: nothing chosen, the consent box not ticked. */
export const emptyValues = (): IdeaFormValues => ({
  title: '',
  description: '',
  category: '',
  authorRole: '',
  name: '',
  email: '',
  municipality: '',
  privacyConsent: false,
});

/**
 * Why a field is invalid, independent of language: the element picks the copy. `limit` is the
 * bound the contract set (e.g. 20 for a description that is too short).
 */
export type FieldIssue =
  | { kind: 'required' }
  | { kind: 'tooShort'; limit: number }
  | { kind: 'tooLong'; limit: number }
  | { kind: 'format' }
  | { kind: 'invalid' };

/** The invalid fields of a form; a field without an entry is fine. */
export type FieldIssues = Partial<Record<IdeaField, FieldIssue>>;

/** Checks values against the contract (see `validate.ts`). */
export type IdeaValidator = (values: IdeaFormValues, allowed?: AllowedChoices) => FieldIssues;

/**
 * Longest description the contract accepts, for the counter before the schemas are loaded. Typed
 * as the contract's own literal, so a change there fails the build until this follows.
 */
export const DESCRIPTION_MAX: (typeof IDEA_LIMITS)['description']['max'] = 5000;

/** Which categories and roles this consortium offers (a subset of the contract's enumerations). */
export interface AllowedChoices {
  categories?: readonly string[] | undefined;
  roles?: readonly string[] | undefined;
}

/** Optional signals sent with the idea (see the contract's `SpamSignals`). */
export interface SpamInput {
  honeypot?: string | undefined;
  fillTimeMs?: number | undefined;
  token?: string | undefined;
}

/** What the form adds to the person's values when it sends them. */
export interface SubmissionContext {
  /** Version of the privacy notice shown next to the consent box. */
  privacyNoticeVersion: string;
  locale?: Locale | undefined;
  spam?: SpamInput | undefined;
}

/** Text as the contract reads it: composed to NFC (a letter typed with a combining mark is one), trimmed. */
const clean = (value: string): string => value.normalize('NFC').trim();

/**
 * Length of a text as the contract counts it: composed and trimmed, in characters (code points,
 * as zod counts strings), so an emoji outside the Basic Multilingual Plane counts once, not as
 * its two UTF-16 units.
 */
export const textLength = (value: string): number => [...clean(value)].length;

/**
 * The body of `POST /v1/ideas` for `values`: text composed and trimmed, optional fields left out
 * when empty, spam signals only when there are any.
 */
export function toSubmission(values: IdeaFormValues, context: SubmissionContext): IdeaSubmissionBody {
  const optional = (value: string) => clean(value) || undefined;
  const spam: SpamInput = {};
  if (context.spam?.honeypot) spam.honeypot = context.spam.honeypot.slice(0, 500);
  if (context.spam?.fillTimeMs !== undefined) spam.fillTimeMs = Math.max(0, Math.round(context.spam.fillTimeMs));
  if (context.spam?.token) spam.token = context.spam.token;
  const body: IdeaSubmissionBody = {
    title: clean(values.title),
    description: clean(values.description),
    category: values.category as IdeaSubmissionBody['category'],
    authorRole: values.authorRole as IdeaSubmissionBody['authorRole'],
    privacyNoticeVersion: context.privacyNoticeVersion,
    privacyConsent: values.privacyConsent as true,
  };
  const name = optional(values.name);
  const email = optional(values.email);
  const municipality = optional(values.municipality);
  if (name) body.name = name;
  if (email) body.email = email;
  if (municipality) body.municipality = municipality;
  if (context.locale) body.locale = context.locale;
  if (Object.keys(spam).length) body.spam = spam;
  return body;
}

/** Whether two bodies carry the same idea, as typed and chosen (consent, notice and spam aside). */
export const sameIdea = (a: Partial<IdeaSubmissionBody>, b: Partial<IdeaSubmissionBody>): boolean =>
  IDEA_FIELDS.every((field) => field === 'privacyConsent' || a[field] === b[field]);

/** What a character counter shows for `value` against `max`. */
export interface CharacterCount {
  /** Characters counted the way the contract counts them. */
  length: number;
  /** Characters left; negative when over the limit. */
  remaining: number;
  over: boolean;
  /**
   * Close enough to the limit (the last tenth, or over it) that screen readers should hear the
   * count; earlier announcements would interrupt every keystroke.
   */
  near: boolean;
}

/** The counter state of a text field limited to `max` characters. */
export function characterCount(value: string, max: number): CharacterCount {
  const length = textLength(value);
  const remaining = max - length;
  return { length, remaining, over: remaining < 0, near: remaining <= Math.ceil(max / 10) };
}
