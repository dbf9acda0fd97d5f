import * as z from 'zod/mini';
import { joinFields } from './fields.js';
import { InstantText } from './response.js';
import { AUTHOR_ROLES, IDEA_CATEGORIES, IDEA_LIMITS, IDEA_STATUSES } from './enums.js';
import { Locale, pageQueryFields, Timestamp, boundedText, page } from './common.js';

export const IdeaCategory = /* @__PURE__ */ z.enum(IDEA_CATEGORIES);
export type IdeaCategory = z.infer<typeof IdeaCategory>;
export const AuthorRole = /* @__PURE__ */ z.enum(AUTHOR_ROLES);
export type AuthorRole = z.infer<typeof AuthorRole>;
export const IdeaStatus = /* @__PURE__ */ z.enum(IDEA_STATUSES);
export type IdeaStatus = z.infer<typeof IdeaStatus>;


// Schemas read the limits inside side-effect-free functions: a top-level `IDEA_LIMITS.title.min`
// is a property read that minifiers keep in bundles that never use the idea schemas.
// Idea text is composed to NFC before it is trimmed and counted (in code points, as zod counts):
// "ą" typed as a letter and a combining ogonek is one character to the form's counter, to this
// check and in the database.
const ideaText = /* @__NO_SIDE_EFFECTS__ */ (field: 'title' | 'description' | 'name' | 'municipality') =>
  /* @__PURE__ */ z
    .string()
    .check(z.normalize('NFC'), z.trim(), z.minLength(IDEA_LIMITS[field].min), z.maxLength(IDEA_LIMITS[field].max));
const ideaNoteMax = /* @__NO_SIDE_EFFECTS__ */ () => z.maxLength(IDEA_LIMITS.publicNote.max);

/**
 * Tracking code handed to the author: `RZM-` and eight characters of Crockford base32
 * (no I, L, O, U), grouped by four so it can be read out over the phone.
 */
export const TrackingCode = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^RZM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'Expected a code like RZM-7K3Q-9XTB'));

/** Optional anti-spam signals; none of them is a puzzle for the person typing. */
export const SpamSignals = /* @__PURE__ */ z.strictObject({
  /** Hidden field that people never see; bots fill it. */
  honeypot: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(500))),
  /** Milliseconds between the form becoming interactive and submission. */
  fillTimeMs: z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), z.minimum(0))),
  /** A Turnstile-style challenge token, verified by the server when one is configured. */
  token: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(4096))),
});

/**
 * The fields of {@link IdeaSubmission} that make up the idea and its consent (all but `locale`
 * and `spam`), one schema each. Forms validate field by field with these: reading them from
 * `IdeaSubmission.shape` would build the whole body schema and its anti-spam checks in every
 * browser bundle that validates.
 */
export const ideaSubmissionFields = {
  title: ideaText('title'),
  description: ideaText('description'),
  category: IdeaCategory,
  authorRole: AuthorRole,
  name: z.optional(ideaText('name')),
  email: z.optional(z.email()),
  municipality: z.optional(ideaText('municipality')),
  /** Version of the privacy notice (RODO clause) the author accepted. */
  privacyNoticeVersion: boundedText(1, 40),
  /** Must be `true`: the author ticked the consent box themselves. */
  privacyConsent: z.literal(true, 'Accept the privacy notice to send your idea'),
};

/** Body of `POST /v1/ideas`. Unknown fields are refused. */
export const IdeaSubmission = /* @__PURE__ */ z.strictObject(
  joinFields(ideaSubmissionFields, {
    locale: z.optional(Locale),
    spam: z.optional(SpamSignals),
  }),
);
export type IdeaSubmission = z.input<typeof IdeaSubmission>;

/** Answer to a submission: what the author keeps to check on their idea later. */
export const IdeaReceipt = /* @__PURE__ */ z.object({
  trackingCode: z.string(),
  status: IdeaStatus,
  receivedAt: InstantText,
});
export type IdeaReceipt = z.infer<typeof IdeaReceipt>;

/** What anyone holding the tracking code may see. No personal data. */
export const IdeaPublicStatus = /* @__PURE__ */ z.object({
  trackingCode: z.string(),
  title: z.string(),
  category: IdeaCategory,
  status: IdeaStatus,
  publicNote: z.optional(z.string()),
  receivedAt: InstantText,
  updatedAt: InstantText,
});
export type IdeaPublicStatus = z.infer<typeof IdeaPublicStatus>;

/** The full record staff see. Erased ideas keep their content but lose personal data. */
export const IdeaAdminView = /* @__PURE__ */ z.object({
  id: z.string(),
  trackingCode: z.string(),
  title: z.string(),
  description: z.string(),
  category: IdeaCategory,
  authorRole: AuthorRole,
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  municipality: z.optional(z.string()),
  privacyNoticeVersion: z.string(),
  locale: z.optional(Locale),
  /** The partner site (publishable key) the idea came through. */
  sourceSite: z.string(),
  status: IdeaStatus,
  publicNote: z.optional(z.string()),
  /** Tracking code of the idea this one was merged into. */
  mergedInto: z.optional(z.string()),
  suspectedSpam: z.boolean(),
  personalDataErased: z.boolean(),
  receivedAt: InstantText,
  updatedAt: InstantText,
});
export type IdeaAdminView = z.infer<typeof IdeaAdminView>;

export const IdeaAdminPage = /* @__PURE__ */ page(IdeaAdminView);

/** Query of `GET /v1/admin/ideas` and its CSV export. */
export const IdeaAdminQuery = /* @__PURE__ */ z.strictObject(
  joinFields(pageQueryFields, {
    status: z.optional(IdeaStatus),
    category: z.optional(IdeaCategory),
    authorRole: z.optional(AuthorRole),
    sourceSite: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(100))),
    email: z.optional(z.email()),
    q: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
    receivedFrom: z.optional(Timestamp),
    receivedTo: z.optional(Timestamp),
  }),
);
export type IdeaAdminQuery = z.input<typeof IdeaAdminQuery>;

/** Body of `PATCH /v1/admin/ideas/{id}/status`. */
export const IdeaStatusChange = /* @__PURE__ */ z.strictObject({
  status: IdeaStatus,
  publicNote: z.optional(/* @__PURE__ */ z.string().check(z.trim(), /* @__PURE__ */ ideaNoteMax())),
  mergedInto: z.optional(TrackingCode),
});
export type IdeaStatusChange = z.input<typeof IdeaStatusChange>;

/** Body of `POST /v1/admin/ideas/erase`: a data subject's erasure request (GDPR Art. 17). */
export const ErasureRequest = /* @__PURE__ */ z.strictObject({ email: z.email() });
export const ErasureResult = /* @__PURE__ */ z.object({ erased: z.number() });
