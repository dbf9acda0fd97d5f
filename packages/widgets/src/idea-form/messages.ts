/**
 * Field issues to words: one function for client and server errors alike, so both read the same.
 */
import { plural, type RazemLocale } from '../shared/locale.js';
import type { FieldIssue, IdeaField } from './fields.js';
import type { IdeaErrorCopy, IdeaFormCopy } from './locales.js';

/**
 * The message for `issue` on `field` in `copy`: the entry `<field><Kind>` (e.g. `titleTooShort`),
 * or the generic `invalid` when the copy has none for that combination.
 */
export function issueMessage(
  field: IdeaField,
  issue: FieldIssue,
  copy: Pick<IdeaFormCopy, keyof IdeaErrorCopy | 'chars'>,
  locale: RazemLocale,
): string {
  const key = `${field}${issue.kind[0]!.toUpperCase()}${issue.kind.slice(1)}` as keyof IdeaErrorCopy;
  const text = copy[key] ?? copy.invalid;
  return 'limit' in issue ? text.replaceAll('{chars}', plural(locale, issue.limit, copy.chars)) : text;
}
