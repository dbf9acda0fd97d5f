import * as z from 'zod/mini';

// Building blocks of RESPONSE schemas. The API enforces formats where data comes in (the request
// schemas: Timestamp, HttpUrl, Slug, boundedText…); responses are checked for shape, types and
// enumerations — what a client needs so that nothing crashes further on. Leaving the format
// checks out keeps what browsers download small (zod's format validators cost kilobytes) and lets
// older clients accept what a newer server sends.

/** An ISO 8601 instant with an offset, as the API writes them (`2026-11-25T16:00:00.000Z`). */
export const InstantText = /* @__PURE__ */ z.stringFormat(
  'date-time',
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/,
);

/** Localized text in a response: Polish always, English and Ukrainian when translated. */
export const LocalizedTextView = /* @__PURE__ */ z.object({
  pl: z.string(),
  en: z.optional(z.string()),
  uk: z.optional(z.string()),
});

/** A postal address in a response. */
export const PostalAddressView = /* @__PURE__ */ z.object({
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});
