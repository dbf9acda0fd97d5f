import { AUTHOR_ROLES, IDEA_CATEGORIES, IDEA_STATUSES } from '@razem/contract';
import { describe, expect, it } from 'vitest';
import { RAZEM_LOCALES, type RazemLocale } from '../shared/locale.js';
import { IDEA_FIELDS, emptyValues, type FieldIssue, type IdeaField } from './fields.js';
import { en } from './locales-en.js';
import { uk } from './locales-uk.js';
import { ideaFormCopy as catalog, type IdeaFormCopy } from './locales.js';
import { issueMessage } from './messages.js';
import { parseFormConfig, resolveChoices } from './options.js';
import { normalizeTrackingCode } from './tracking.js';
import { validateIdea } from './validate.js';

/** Every issue client validation can raise, by field. */
const possible: [IdeaField, FieldIssue][] = [
  ['title', { kind: 'required' }],
  ['title', { kind: 'tooShort', limit: 5 }],
  ['title', { kind: 'tooLong', limit: 150 }],
  ['description', { kind: 'required' }],
  ['description', { kind: 'tooShort', limit: 20 }],
  ['description', { kind: 'tooLong', limit: 5000 }],
  ['category', { kind: 'required' }],
  ['authorRole', { kind: 'required' }],
  ['name', { kind: 'tooLong', limit: 120 }],
  ['email', { kind: 'format' }],
  ['municipality', { kind: 'tooLong', limit: 120 }],
  ['privacyConsent', { kind: 'required' }],
];

const ideaFormCopy: Record<RazemLocale, IdeaFormCopy> = { pl: catalog.pl, en, uk };

describe('copy', () => {
  it('loads English and Ukrainian on demand', async () => {
    expect(typeof catalog.en).toBe('function');
    expect(await (catalog.en as () => Promise<IdeaFormCopy>)()).toBe(en);
    expect(await (catalog.uk as () => Promise<IdeaFormCopy>)()).toBe(uk);
  });

  it('has the same entries in every language', () => {
    const keys = (locale: RazemLocale) => Object.keys(ideaFormCopy[locale]).sort();
    expect(keys('en')).toEqual(keys('pl'));
    expect(keys('uk')).toEqual(keys('pl'));
    for (const locale of RAZEM_LOCALES) {
      const copy = ideaFormCopy[locale];
      expect(Object.keys(copy.categories)).toEqual([...IDEA_CATEGORIES]);
      expect(Object.keys(copy.roles)).toEqual([...AUTHOR_ROLES]);
      expect(Object.keys(copy.statuses)).toEqual([...IDEA_STATUSES]);
    }
  });

  it('has a specific message (not the generic one) for every issue validation raises', () => {
    for (const locale of RAZEM_LOCALES) {
      const copy = ideaFormCopy[locale];
      for (const [field, issue] of possible) {
        const message = issueMessage(field, issue, copy, locale);
        expect(message, `${locale} ${field} ${issue.kind}`).not.toBe(copy.invalid);
        expect(message).not.toMatch(/[{}]/);
      }
    }
    const raised = Object.entries(validateIdea(emptyValues())).map(([field, issue]) => [field, issue]);
    for (const pair of raised) expect(possible).toContainEqual(pair);
    expect(IDEA_FIELDS.every((field) => possible.some(([f]) => f === field))).toBe(true);
  });

  it('states limits with the right plural forms', () => {
    const msg = (locale: 'pl' | 'en' | 'uk', limit: number) =>
      issueMessage('title', { kind: 'tooShort', limit }, ideaFormCopy[locale], locale);
    expect(msg('pl', 5)).toBe('Tytuł musi mieć co najmniej 5 znaków');
    expect(msg('pl', 2)).toBe('Tytuł musi mieć co najmniej 2 znaki');
    expect(msg('pl', 1)).toBe('Tytuł musi mieć co najmniej 1 znak');
    expect(msg('en', 1)).toBe('Title must be at least 1 character long');
    expect(msg('en', 5)).toBe('Title must be at least 5 characters long');
    expect(msg('uk', 5)).toBe('Назва має містити щонайменше 5 символів');
    expect(msg('uk', 3)).toBe('Назва має містити щонайменше 3 символи');
    expect(issueMessage('description', { kind: 'tooLong', limit: 5000 }, ideaFormCopy.pl, 'pl')).toBe(
      'Opis może mieć najwyżej 5000 znaków',
    );
  });

  it('falls back to the generic message for issues without their own copy', () => {
    expect(issueMessage('municipality', { kind: 'invalid' }, ideaFormCopy.en, 'en')).toBe('Check this field');
  });
});

describe('resolveChoices', () => {
  const labels = ideaFormCopy.pl.categories;

  it('offers every contract value by default, in contract order', () => {
    expect(resolveChoices(undefined, labels, 'pl').map((c) => c.value)).toEqual([...IDEA_CATEGORIES]);
  });

  it('limits, orders and relabels per consortium, dropping unknown values', () => {
    const input = ['business', { value: 'social', label: { pl: 'Społeczne', en: 'Community' } }, 'sport', 'business', 7, null];
    expect(resolveChoices(input, labels, 'en')).toEqual([
      { value: 'business', label: 'Gospodarka i przedsiębiorczość' },
      { value: 'social', label: 'Community' },
    ]);
    expect(resolveChoices([{ value: 'social', label: { pl: 'Społeczne' } }], labels, 'uk')).toEqual([
      { value: 'social', label: 'Społeczne' },
    ]);
    expect(resolveChoices([{ value: 'social', label: 'Community' }], labels, 'pl')).toEqual([
      { value: 'social', label: 'Community' },
    ]);
  });

  it('never leaves the select empty', () => {
    expect(resolveChoices(['sport'], labels, 'pl')).toHaveLength(IDEA_CATEGORIES.length);
    expect(resolveChoices('business', labels, 'pl')).toHaveLength(IDEA_CATEGORIES.length);
  });
});

describe('parseFormConfig', () => {
  it('reads categories, roles and copy', () => {
    const config = parseFormConfig(
      '{"categories":["business",{"value":"social","label":"Społeczne"}],"roles":["youth"],"strings":{"pl":{"submit":"Wyślij"}}}',
    );
    expect(config).toEqual({
      categories: ['business', { value: 'social', label: 'Społeczne' }],
      roles: ['youth'],
      strings: { pl: { submit: 'Wyślij' } },
    });
  });

  it('yields nothing for text that is not a JSON object', () => {
    expect(parseFormConfig('{oops')).toBeUndefined();
    expect(parseFormConfig('[]')).toBeUndefined();
    expect(parseFormConfig('null')).toBeUndefined();
  });
});

describe('normalizeTrackingCode', () => {
  it.each([
    ['RZM-7K3Q-9XTB', 'RZM-7K3Q-9XTB'],
    ['rzm-7k3q-9xtb', 'RZM-7K3Q-9XTB'],
    [' rzm 7k3q 9xtb ', 'RZM-7K3Q-9XTB'],
    ['7K3Q9XTB', 'RZM-7K3Q-9XTB'],
    ['RZM-7K3Q—9XTB', 'RZM-7K3Q-9XTB'],
    ['RZM-OK3Q-9XTL', 'RZM-0K3Q-9XT1'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTrackingCode(input)).toBe(expected);
  });

  it.each(['', 'RZM-7K3Q', 'RZM-7K3Q-9XTBX', 'RZM-7K3U-9XTB', 'ABC-7K3Q-9XTB'])('refuses %j', (input) => {
    expect(normalizeTrackingCode(input)).toBeUndefined();
  });
});
