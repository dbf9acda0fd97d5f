import * as z from 'zod/mini';
import { LOCALES } from './enums.js';

// Bundlers must be able to drop every schema a bundle does not use (a page that only lists events
// must not pay for the idea or partner schemas), hence the `@__NO_SIDE_EFFECTS__` marks on schema
// factories and `@__PURE__` on nested `.check()` calls. Shapes are shared as plain field objects
// (`pageQueryFields`), not read back from a schema's `.shape`: minifiers keep a property read.

/** Trimmed text of bounded length; the bounds are the contract the form counters show. */
export const boundedText = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) =>
  /* @__PURE__ */ z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** Lower-case, hyphenated identifier (`arreks`, `klaster-one`). */
export const Slug = /* @__PURE__ */ z
  .string()
  .check(z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens'));

/** An instant with an explicit UTC offset, e.g. `2026-11-25T17:00:00+01:00`. */
export const Timestamp = /* @__PURE__ */ z.iso.datetime({ offset: true });

export const HttpUrl = /* @__PURE__ */ z.url({ protocol: /^https?$/ });

export const Locale = /* @__PURE__ */ z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Text in Polish (required) with optional English and Ukrainian translations. */
export const LocalizedText = /* @__PURE__ */ z.object({
  pl: boundedText(1, 10_000),
  en: z.optional(boundedText(1, 10_000)),
  uk: z.optional(boundedText(1, 10_000)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A Polish postal address; `country` is an ISO 3166-1 alpha-2 code. */
export const PostalAddress = /* @__PURE__ */ z.object({
  street: boundedText(1, 200),
  postalCode: /* @__PURE__ */ z.string().check(z.regex(/^\d{2}-\d{3}$/, 'Use the Polish format NN-NNN')),
  city: boundedText(1, 100),
  country: z._default(/* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2}$/)), 'PL'),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** An optional field of an update body: absent keeps the stored value, `null` removes it. */
export const clearable = /* @__NO_SIDE_EFFECTS__ */ <T extends z.core.$ZodType>(schema: T) =>
  z.optional(z.nullable(schema));

/** One page of a cursor-paginated list. `nextCursor` is null on the last page. */
export const page = /* @__NO_SIDE_EFFECTS__ */ <T extends z.core.$ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Shape of {@link PageQuery}, for list queries to spread into theirs. */
export const pageQueryFields = {
  limit: z.optional(/* @__PURE__ */ z.coerce.number().check(/* @__PURE__ */ z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
};

/** `limit` and `cursor` query parameters shared by every list endpoint. */
export const PageQuery = /* @__PURE__ */ z.object(pageQueryFields);
