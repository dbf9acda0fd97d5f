/**
 * Consent decisions without a DOM: reading the compact stored form, validity (revision, expiry,
 * new categories) and the choices each action produces. Tested in Node.
 */
import { optionalIds } from './config.js';
import type { ConsentChoices, ConsentMethod, ResolvedConsentConfig, StoredConsent } from './types.js';

const UUID = /^[\da-f-]{36}$/;
const SLUG = /^-?[a-z\d-]+$/;

/** How a decision was made, as stored. */
const METHODS: readonly ConsentMethod[] = ['accept_all', 'reject_all', 'custom', 'gpc'];

/**
 * Parses a stored value (written by `encodeConsent`); anything malformed (tampered, truncated,
 * another version) is `undefined`.
 */
export function decodeConsent(value: string | null | undefined): StoredConsent | undefined {
  const [version, id, rev, method, at, cats, extra] = (value ?? '').split('~');
  const revision = Number(rev);
  const decidedAt = parseInt(at ?? '', 36);
  const m = method as ConsentMethod;
  if (version !== '1' || extra != null || !UUID.test(id ?? '') || !(revision >= 1 && revision % 1 === 0) || !METHODS.includes(m) || !(decidedAt > 0) || cats == null) return;
  const choices: ConsentChoices = {};
  for (const cat of cats ? cats.split('.') : []) {
    if (!SLUG.test(cat)) return;
    if (cat[0] === '-') choices[cat.slice(1)] = false;
    else choices[cat] = true;
  }
  return { id: id!, revision, choices, method: m, decidedAt };
}

/** Milliseconds in an average Gregorian month (365.2425 days / 12). */
export const MONTH = 2_629_746_000;

/** A refusal grants no optional category; it expires sooner than a consent. */
export const isRefusal = (consent: StoredConsent, config: ResolvedConsentConfig): boolean =>
  !optionalIds(config).some((id) => consent.choices[id]);

/** When a stored decision stops being valid (milliseconds since the epoch). */
export const expiresAt = (consent: StoredConsent, config: ResolvedConsentConfig): number =>
  consent.decidedAt + MONTH * (isRefusal(consent, config) ? config.refusalMonths : config.consentMonths);

/**
 * Whether a stored decision still holds: made under the current (or a newer) policy revision,
 * not expired, and covering every category configured now (a new category needs a new answer).
 */
export function isValid(consent: StoredConsent | undefined, config: ResolvedConsentConfig, now: number): consent is StoredConsent {
  return (
    !!consent &&
    consent.revision >= config.revision &&
    now < expiresAt(consent, config) &&
    optionalIds(config).every((id) => id in consent.choices)
  );
}

/** Every configured category → granted, for a set of granted optional categories. */
export function choicesFor(config: ResolvedConsentConfig, grant: (id: string) => boolean): ConsentChoices {
  const choices: ConsentChoices = {};
  for (const c of config.categories) choices[c.id] = !!c.required || grant(c.id);
  return choices;
}
