import { describe, expect, it } from 'vitest';
import { cookieMatcher } from './cookies.js';
import { resolveConfig } from './config.js';
import { signalsFor } from './consent-mode.js';
import { MONTH, choicesFor, decodeConsent, expiresAt, isValid } from './decision.js';
import { encodeConsent } from './persist.js';
import type { StoredConsent } from './types.js';

const ID = '3f0c4a52-8d5e-4b7a-9c1d-2e6f8a9b0c1d';
const NOW = Date.UTC(2026, 10, 22, 12);
const DAY = 86_400_000;

const consent = (overrides: Partial<StoredConsent> = {}): StoredConsent => ({
  id: ID,
  revision: 1,
  choices: { necessary: true, preferences: false, analytics: true, marketing: false },
  method: 'custom',
  decidedAt: NOW,
  ...overrides,
});
const refusal = (decidedAt: number) =>
  consent({ decidedAt, method: 'reject_all', choices: { necessary: true, preferences: false, analytics: false, marketing: false } });

describe('stored form', () => {
  it('round-trips a decision through the cookie-safe encoding', () => {
    const value = encodeConsent(consent());
    expect(value).toMatch(/^[\w.~-]+$/); // RFC 6265 cookie-octets only, nothing to escape
    expect(decodeConsent(value)).toEqual(consent());
  });

  it('keeps custom categories', () => {
    const c = consent({ choices: { necessary: true, 'video-embeds': true, chat: false } });
    expect(decodeConsent(encodeConsent(c))?.choices).toEqual({ necessary: true, 'video-embeds': true, chat: false });
  });

  it.each([
    ['nothing', undefined],
    ['empty', ''],
    ['another format version', encodeConsent(consent()).replace(/^1~/, '2~')],
    ['a truncated value', encodeConsent(consent()).slice(0, 30)],
    ['an extra field', `${encodeConsent(consent())}~x`],
    ['a non-UUID id', encodeConsent(consent({ id: 'not-a-uuid' }))],
    ['an unknown method', encodeConsent(consent()).replace('~custom~', '~sneaky~')],
    ['revision 0', encodeConsent(consent({ revision: 0 }))],
    ['a fractional revision', encodeConsent(consent()).replace('~1~custom', '~1.5~custom')],
    ['an invalid category', encodeConsent(consent()).replace('analytics', 'Analytics!')],
    ['JSON', JSON.stringify(consent())],
  ])('reads %s as no decision', (_label, value) => {
    expect(decodeConsent(value)).toBeUndefined();
  });
});

describe('validity', () => {
  const config = resolveConfig({ revision: 3 });

  it('holds for a decision under the current revision', () => {
    expect(isValid(consent({ revision: 3 }), config, NOW + DAY)).toBe(true);
  });

  it('asks again after a policy revision bump', () => {
    expect(isValid(consent({ revision: 2 }), config, NOW + DAY)).toBe(false);
  });

  it('keeps a decision made under a newer revision (a page with stale configuration)', () => {
    expect(isValid(consent({ revision: 4 }), config, NOW + DAY)).toBe(true);
  });

  it('lets a refusal expire after 6 months', () => {
    const c = refusal(NOW);
    expect(expiresAt(c, config)).toBe(NOW + 6 * MONTH);
    expect(isValid({ ...c, revision: 3 }, config, NOW + 6 * MONTH - DAY)).toBe(true);
    expect(isValid({ ...c, revision: 3 }, config, NOW + 6 * MONTH + DAY)).toBe(false);
  });

  it('keeps a consent (full or partial) for 12 months', () => {
    const partial = consent({ revision: 3 });
    expect(isValid(partial, config, NOW + 7 * MONTH)).toBe(true);
    expect(isValid(partial, config, NOW + 12 * MONTH + DAY)).toBe(false);
  });

  it('takes the periods from the configuration', () => {
    const short = resolveConfig({ consentMonths: 1, refusalMonths: 2 });
    expect(expiresAt(consent(), short)).toBe(NOW + MONTH);
    expect(expiresAt(refusal(NOW), short)).toBe(NOW + 2 * MONTH);
  });

  it('asks again when a category was added since the decision', () => {
    const more = resolveConfig({
      categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'chat' }],
    });
    expect(isValid(consent(), more, NOW)).toBe(false);
  });

  it('never treats a missing decision as valid', () => {
    expect(isValid(undefined, config, NOW)).toBe(false);
  });
});

describe('choices', () => {
  const config = resolveConfig();

  it('keeps necessary on even when everything is refused', () => {
    expect(choicesFor(config, () => false)).toEqual({ necessary: true, preferences: false, analytics: false, marketing: false });
  });

  it('grants exactly the chosen categories', () => {
    expect(choicesFor(config, (id) => id === 'analytics')).toEqual({
      necessary: true,
      preferences: false,
      analytics: true,
      marketing: false,
    });
  });
});

describe('Google Consent Mode signals', () => {
  const map = resolveConfig().consentMode;
  if (!map) throw new Error('Consent Mode is on by default');

  it('denies everything but security storage before a decision', () => {
    expect(signalsFor({}, map.signals)).toEqual({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('grants the advertising v2 signals with marketing', () => {
    const signals = signalsFor({ necessary: true, marketing: true }, map.signals);
    expect(signals).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(signals.analytics_storage).toBe('denied');
  });

  it('follows a custom mapping', () => {
    const signals = signalsFor({ stats: true }, { stats: ['analytics_storage'] });
    expect(signals.analytics_storage).toBe('granted');
    expect(signals.ad_storage).toBe('denied');
  });
});

describe('configuration', () => {
  it('fills in the defaults', () => {
    const config = resolveConfig();
    expect(config).toMatchObject({ revision: 1, cookieName: 'razem_consent', consentMonths: 12, refusalMonths: 6, gpc: 'reject' });
    expect(config.categories.map((c) => c.id)).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(config.consentMode).toMatchObject({ waitForUpdate: 500 });
  });

  it('ignores absent values instead of erasing defaults', () => {
    expect(resolveConfig({ revision: undefined, cookieName: undefined }).revision).toBe(1);
  });

  it('takes the language from the page and falls back to Polish', () => {
    expect(resolveConfig({}, 'uk-UA').language).toBe('uk');
    expect(resolveConfig({}, 'de').language).toBe('pl');
    expect(resolveConfig({ language: 'en' }, 'uk').language).toBe('en');
  });

  it('can leave Consent Mode off', () => {
    expect(resolveConfig({ consentMode: false }).consentMode).toBe(false);
  });
});

describe('cookie patterns', () => {
  it('matches exact names, regular expressions and their JSON spelling', () => {
    expect(cookieMatcher('_gid')('_gid')).toBe(true);
    expect(cookieMatcher('_gid')('_gid2')).toBe(false);
    expect(cookieMatcher('/^_ga/')('_ga_XYZ')).toBe(true);
    expect(cookieMatcher('/^_GA/i')('_ga')).toBe(true);
    expect(cookieMatcher(/^_pk_/)('_pk_id.1.abcd')).toBe(true);
  });

  it('matches nothing for an invalid expression instead of throwing', () => {
    expect(cookieMatcher('/(/')('anything')).toBe(false);
  });
});
