/**
 * Every enumeration and constant of the domain, defined once. Widgets, the SDK and the API all
 * import these tuples; localized labels live with the widgets, not here. No zod here: this module
 * is also the entry `@razem/contract/enums` for code that must not pay for the schemas.
 */

/** Languages every user-facing text and element supports. Polish is the default. */
export const LOCALES = ['pl', 'en', 'uk'] as const;

export const PARTNER_KINDS = [
  'technology_park',
  'foundation',
  'development_agency',
  'chamber_of_commerce',
  'municipality',
  'cluster',
  'university',
  'company',
  'ngo',
] as const;

/** Ordered by precedence: lists sort coordinators first, then members, then associates. */
export const CONSORTIUM_ROLES = ['coordinator', 'member', 'associate'] as const;

export const EVENT_KINDS = [
  'meeting',
  'workshop',
  'study_visit',
  'online_session',
  'conference',
  'panel',
] as const;

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;

export const IDEA_CATEGORIES = [
  'social',
  'business',
  'environment',
  'education',
  'culture',
  'infrastructure',
  'other',
] as const;

export const AUTHOR_ROLES = [
  'resident',
  'entrepreneur',
  'local_government',
  'youth',
  'senior',
  'ngo',
  'other',
] as const;

export const IDEA_STATUSES = ['received', 'under_review', 'accepted', 'merged', 'rejected'] as const;

/** Field limits, shared by the form's counters and the server's checks. */
export const IDEA_LIMITS = {
  title: { min: 5, max: 150 },
  description: { min: 20, max: 5000 },
  name: { min: 1, max: 120 },
  municipality: { min: 1, max: 120 },
  publicNote: { max: 2000 },
} as const;

/**
 * Review workflow: which statuses staff may move an idea to from each status. Final decisions
 * can be reopened for review, never skipped straight to another decision.
 */
export const IDEA_STATUS_TRANSITIONS: Readonly<
  Record<(typeof IDEA_STATUSES)[number], readonly (typeof IDEA_STATUSES)[number][]>
> = {
  received: ['under_review', 'rejected'],
  under_review: ['accepted', 'merged', 'rejected'],
  accepted: ['under_review'],
  merged: ['under_review'],
  rejected: ['under_review'],
};

export const CONSENT_METHODS = ['accept_all', 'reject_all', 'custom', 'gpc'] as const;

/** Default cookie categories; sites may add their own (see ConsentRecord.choices). */
export const DEFAULT_CONSENT_CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'] as const;

/** The time zone of the consortium: events are stored and displayed relative to it. */
export const CONSORTIUM_TIME_ZONE = 'Europe/Warsaw';
