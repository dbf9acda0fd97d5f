import * as z from 'zod/mini';
import { joinFields } from './fields.js';
import { InstantText, LocalizedTextView, PostalAddressView } from './response.js';
import { CONSORTIUM_TIME_ZONE, EVENT_KINDS, EVENT_STATUSES } from './enums.js';
import { HttpUrl, LocalizedText, pageQueryFields, PostalAddress, Slug, Timestamp, boundedText, clearable, page } from './common.js';

export const EventKind = /* @__PURE__ */ z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;
export const EventStatus = /* @__PURE__ */ z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

/** Where an event happens: a venue, an online link, or both (hybrid). */
export const EventLocation = /* @__PURE__ */ z.object({
  venue: z.optional(boundedText(1, 200)),
  address: z.optional(PostalAddress),
  onlineUrl: z.optional(HttpUrl),
});

const TimeZoneName = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(64));
const OrganizerIds = /* @__PURE__ */ z.array(Slug).check(z.maxLength(20));

const eventFields = {
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  kind: EventKind,
  /**
   * Start instant. For all-day events: local midnight of the first day in `timeZone`.
   */
  startsAt: Timestamp,
  /** End instant, exclusive. For all-day events: local midnight after the last day. */
  endsAt: Timestamp,
  /** IANA zone the event is planned in; times display relative to it. */
  timeZone: z._default(TimeZoneName, CONSORTIUM_TIME_ZONE),
  allDay: z._default(z.boolean(), false),
  location: z.optional(EventLocation),
  organizerIds: OrganizerIds,
  registrationUrl: z.optional(HttpUrl),
  status: z._default(EventStatus, 'scheduled'),
};

/** A consortium event as the API returns it (formats were checked when it was written). */
export const Event = /* @__PURE__ */ z.object({
  id: z.string(),
  title: LocalizedTextView,
  summary: z.optional(LocalizedTextView),
  description: z.optional(LocalizedTextView),
  kind: EventKind,
  startsAt: InstantText,
  endsAt: InstantText,
  timeZone: z.string(),
  allDay: z.boolean(),
  location: z.optional(
    z.object({
      venue: z.optional(z.string()),
      address: z.optional(PostalAddressView),
      onlineUrl: z.optional(z.string()),
    }),
  ),
  organizerIds: z.array(z.string()),
  registrationUrl: z.optional(z.string()),
  status: EventStatus,
  updatedAt: InstantText,
  /**
   * Revision, grown by every change: the `SEQUENCE` of the event in the calendar feeds, so a file
   * made in the page and the subscription agree on which copy is newer. Absent from older servers
   * and from events given inline.
   */
  sequence: z.optional(z.number()),
});
export type ConsortiumEvent = z.infer<typeof Event>;

const endsAfterStart = /* @__PURE__ */ z.refine<{ startsAt?: string; endsAt?: string }>(
  (e) =>
    !e.startsAt || !e.endsAt || Date.parse(e.endsAt) > Date.parse(e.startsAt),
  { message: 'endsAt must be later than startsAt', path: ['endsAt'] },
);

/** Body of `POST /v1/admin/events`; unknown fields are refused. */
export const EventCreate = /* @__PURE__ */ z.strictObject(eventFields).check(endsAfterStart);
export type EventCreate = z.input<typeof EventCreate>;

/**
 * Body of `PATCH /v1/admin/events/{id}`: any subset of the fields; `null` removes an optional one.
 * No defaults here, so a field left out keeps its stored value.
 */
export const EventUpdate = /* @__PURE__ */ z
  .strictObject({
    title: z.optional(LocalizedText),
    summary: clearable(LocalizedText),
    description: clearable(LocalizedText),
    kind: z.optional(EventKind),
    startsAt: z.optional(Timestamp),
    endsAt: z.optional(Timestamp),
    timeZone: z.optional(TimeZoneName),
    allDay: z.optional(z.boolean()),
    location: clearable(EventLocation),
    organizerIds: z.optional(OrganizerIds),
    registrationUrl: clearable(HttpUrl),
    status: z.optional(EventStatus),
  })
  .check(endsAfterStart);
export type EventUpdate = z.input<typeof EventUpdate>;

export const EventPage = /* @__PURE__ */ page(Event);

/** A comma-separated query value (`kind=workshop,meeting`) parsed into enum members. */
const csvOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly [string, ...string[]]>(values: T) =>
  z.pipe(
    z.pipe(z.string(), z.transform((s: string) => s.split(',').filter(Boolean))),
    /* @__PURE__ */ z.array(z.enum(values)).check(z.maxLength(20)),
  );

/**
 * Query of `GET /v1/events`: events overlapping [from, to), optionally by kind (comma-separated)
 * and organizing partner. Without a range it lists upcoming events.
 */
export const EventQuery = /* @__PURE__ */ z.strictObject(
  joinFields(pageQueryFields, {
    from: z.optional(Timestamp),
    to: z.optional(Timestamp),
    kind: z.optional(csvOf(EVENT_KINDS)),
    organizer: z.optional(Slug),
    status: z.optional(csvOf(EVENT_STATUSES)),
  }),
);
export type EventQuery = z.input<typeof EventQuery>;
