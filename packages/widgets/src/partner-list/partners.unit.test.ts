import type { Partner } from '@razem/contract';
import { describe, expect, it } from 'vitest';
import { manyPartners, seedPartners } from './fixtures.js';
import {
  displayHost,
  filterPartners,
  fold,
  kindsOf,
  localized,
  organizationJsonLd,
  parseInlinePartners,
  partnersJsonLd,
  sortPartners,
} from './partners.js';

const seed = seedPartners('http://127.0.0.1/logos');
const byId = (id: string): Partner => seed.find((p) => p.id === id)!;

describe('sortPartners', () => {
  it('puts the coordinator first, then members, then associates, each by Polish name order', () => {
    expect(sortPartners(seed).map((p) => p.id)).toEqual([
      'bkppt',
      'arreks',
      'frgk',
      'regionalna-izba-gospodarcza',
      'gmina-kleszczow',
      'klaster-one',
    ]);
  });

  it('orders Polish letters after their base letter (Ł after L, Ś after S)', () => {
    const named = (name: string): Partner => ({ ...byId('frgk'), name });
    const names = sortPartners(['Łódzka', 'Lubelska', 'Mazowiecka', 'Śląska', 'Sądecka'].map(named)).map((p) => p.name);
    expect(names).toEqual(['Lubelska', 'Łódzka', 'Mazowiecka', 'Sądecka', 'Śląska']);
  });

  it('does not change its input', () => {
    const copy = [...seed];
    sortPartners(copy);
    expect(copy).toEqual(seed);
  });
});

describe('filterPartners', () => {
  it('narrows by kind', () => {
    expect(filterPartners(seed, { kind: 'foundation' }).map((p) => p.id)).toEqual(['frgk']);
  });

  it('matches words in name, short name, city or description regardless of case and diacritics', () => {
    expect(filterPartners(seed, { search: 'BELCHATOW' }).map((p) => p.id)).toEqual([
      'regionalna-izba-gospodarcza',
      'bkppt',
    ]);
    expect(filterPartners(seed, { search: 'arreks' }).map((p) => p.id)).toEqual(['arreks']);
    expect(filterPartners(seed, { search: 'klaster kleszczow' }).map((p) => p.id)).toEqual([
      'klaster-one',
      'gmina-kleszczow',
    ]);
    expect(filterPartners(seed, { search: 'technologies' }).map((p) => p.id)).toEqual(['frgk']);
  });

  it('combines kind and search, and returns everything for empty filters', () => {
    expect(filterPartners(seed, { kind: 'cluster', search: 'kleszczów' }).map((p) => p.id)).toEqual(['klaster-one']);
    expect(filterPartners(seed, { kind: 'foundation', search: 'arreks' })).toEqual([]);
    expect(filterPartners(seed, { kind: '', search: '  ' })).toHaveLength(seed.length);
  });

  it('handles 60 partners', () => {
    const many = manyPartners(60, 'http://127.0.0.1');
    expect(filterPartners(many, { search: 'łódź' })).toHaveLength(7); // every eighth partner is in Łódź
  });
});

describe('text helpers', () => {
  it('folds Polish letters', () => {
    expect(fold('Zażółć GĘŚLĄ jaźń')).toBe('zazolc gesla jazn');
  });

  it('falls back to Polish when a description has no translation', () => {
    expect(localized(byId('arreks').description, 'en')).toEqual({ text: byId('arreks').description.pl, lang: 'pl' });
    expect(localized(byId('bkppt').description, 'uk')?.lang).toBe('uk');
    expect(localized(undefined, 'pl')).toBeUndefined();
  });

  it('shows a website as its host', () => {
    expect(displayHost('https://www.bkppt.pl/o-nas')).toBe('bkppt.pl');
    expect(displayHost('not a url')).toBe('not a url');
  });

  it('lists the kinds present once each', () => {
    expect(kindsOf([...seed, ...seed])).toHaveLength(6);
  });
});

describe('parseInlinePartners', () => {
  it('reads an array or an API page', () => {
    expect(parseInlinePartners(JSON.stringify(seed))).toHaveLength(6);
    expect(parseInlinePartners(JSON.stringify({ data: seed, nextCursor: null }))).toHaveLength(6);
  });

  it('drops entries without the fields the list needs', () => {
    expect(parseInlinePartners(JSON.stringify([seed[0], { name: 'no id' }, null, 7]))).toHaveLength(1);
  });

  it('throws on text that is not a list of partners', () => {
    expect(() => parseInlinePartners('{oops')).toThrow(SyntaxError);
    expect(() => parseInlinePartners('{"partners": []}')).toThrow(TypeError);
  });
});

describe('JSON-LD', () => {
  it('describes a partner as a schema.org Organization with its registry numbers', () => {
    expect(JSON.parse(JSON.stringify(organizationJsonLd(byId('bkppt'), 'pl')))).toEqual({
      '@type': 'Organization',
      '@id': 'https://www.bkppt.pl#organization',
      name: 'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny Sp. z o.o.',
      alternateName: 'BKPPT',
      description: 'Park technologiczny prowadzący projekt „Transformacja a rozwój gospodarczy regionu”.',
      url: 'https://www.bkppt.pl',
      logo: 'http://127.0.0.1/logos/bkppt.svg',
      email: 'biuro@bkppt.pl',
      telephone: '+48 44 123 45 67',
      taxID: '7692220000',
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'NIP', value: '7692220000' },
        { '@type': 'PropertyValue', propertyID: 'REGON', value: '100000000' },
        { '@type': 'PropertyValue', propertyID: 'KRS', value: '0000300000' },
      ],
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'ul. Czyżewskiego 2',
        postalCode: '97-400',
        addressLocality: 'Bełchatów',
        addressCountry: 'PL',
      },
    });
  });

  it('leaves out what is unknown', () => {
    const ld: unknown = JSON.parse(JSON.stringify(organizationJsonLd(byId('klaster-one'), 'en')));
    expect(ld).not.toHaveProperty('logo');
    expect(ld).not.toHaveProperty('identifier');
    expect(ld).not.toHaveProperty('email');
  });

  it('wraps the list in one graph and cannot close its script element', () => {
    const evil = { ...byId('frgk'), name: '</script><script>alert(1)</script>' };
    const text = partnersJsonLd([evil, byId('bkppt')], 'pl');
    expect(text).not.toContain('</script>');
    const parsed = JSON.parse(text) as { '@context': string; '@graph': { name: string }[] };
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@graph'].map((o) => o.name)).toEqual([evil.name, byId('bkppt').name]);
  });
});
