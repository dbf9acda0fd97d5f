import * as z from 'zod/mini';
import { joinFields } from './fields.js';
import { InstantText, LocalizedTextView, PostalAddressView } from './response.js';
import { CONSORTIUM_ROLES, PARTNER_KINDS } from './enums.js';
import { boundedText, clearable, HttpUrl, LocalizedText, PostalAddress, Slug } from './common.js';

export const PartnerKind = /* @__PURE__ */ z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof PartnerKind>;
export const ConsortiumRole = /* @__PURE__ */ z.enum(CONSORTIUM_ROLES);
export type ConsortiumRole = z.infer<typeof ConsortiumRole>;

/** Polish registry numbers, digits only, validated by length. */
export const RegistryNumbers = /* @__PURE__ */ z.object({
  nip: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{10}$/, 'NIP has 10 digits'))),
  regon: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^(\d{9}|\d{14})$/, 'REGON has 9 or 14 digits'))),
  krs: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{10}$/, 'KRS has 10 digits'))),
});

/** Intrinsic size is required so pages reserve space and nothing shifts when logos load. */
export const Logo = /* @__PURE__ */ z.object({
  url: HttpUrl,
  width: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), z.minimum(1), z.maximum(4000)),
  height: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), z.minimum(1), z.maximum(4000)),
});

const PartnerName = /* @__PURE__ */ boundedText(1, 200);
const PartnerShortName = /* @__PURE__ */ boundedText(1, 60);
const PhoneNumber = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\+?[\d ()-]{6,20}$/, 'Use digits, spaces and an optional leading +'));

const partnerFields = {
  name: PartnerName,
  shortName: PartnerShortName,
  kind: PartnerKind,
  role: ConsortiumRole,
  description: LocalizedText,
  logo: z.optional(Logo),
  website: z.optional(HttpUrl),
  email: z.optional(z.email()),
  phone: z.optional(PhoneNumber),
  address: z.optional(PostalAddress),
  registry: z.optional(RegistryNumbers),
};

/** A consortium partner as the API returns it (formats were checked when it was written). */
export const Partner = /* @__PURE__ */ z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: PartnerKind,
  role: ConsortiumRole,
  description: LocalizedTextView,
  logo: z.optional(z.object({ url: z.string(), width: z.number(), height: z.number() })),
  website: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  address: z.optional(PostalAddressView),
  registry: z.optional(
    z.object({ nip: z.optional(z.string()), regon: z.optional(z.string()), krs: z.optional(z.string()) }),
  ),
  updatedAt: InstantText,
});
export type Partner = z.infer<typeof Partner>;

/** Body of `POST /v1/admin/partners`; unknown fields are refused. */
export const PartnerCreate = /* @__PURE__ */ z.strictObject(joinFields({ id: Slug }, partnerFields));
export type PartnerCreate = z.input<typeof PartnerCreate>;

/** Body of `PATCH /v1/admin/partners/{id}`: any subset of the fields; `null` removes an optional one. */
export const PartnerUpdate = /* @__PURE__ */ z.strictObject({
  name: z.optional(PartnerName),
  shortName: z.optional(PartnerShortName),
  kind: z.optional(PartnerKind),
  role: z.optional(ConsortiumRole),
  description: z.optional(LocalizedText),
  logo: clearable(Logo),
  website: clearable(HttpUrl),
  email: clearable(z.email()),
  phone: clearable(PhoneNumber),
  address: clearable(PostalAddress),
  registry: clearable(RegistryNumbers),
});
export type PartnerUpdate = z.input<typeof PartnerUpdate>;
