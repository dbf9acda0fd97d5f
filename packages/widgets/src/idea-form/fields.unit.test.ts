import { AUTHOR_ROLES, IDEA_CATEGORIES, IDEA_LIMITS, IdeaSubmission } from '@razem/contract';
import { describe, expect, it } from 'vitest';
import { characterCount, DESCRIPTION_MAX, emptyValues, toSubmission, type IdeaFormValues } from './fields.js';
import { serverIssues, validateIdea } from './validate.js';

const valid: IdeaFormValues = {
  title: 'Opera na odkrywce',
  description: 'Letnie koncerty w dawnej odkrywce kopalni, z parkingiem i transportem z Bełchatowa.',
  category: 'culture',
  authorRole: 'resident',
  name: '',
  email: '',
  municipality: '',
  privacyConsent: true,
};

describe('toSubmission', () => {
  it('trims text, leaves out empty optional fields and adds the notice version', () => {
    const body = toSubmission(
      { ...valid, title: '  Opera na odkrywce  ', name: '   ', email: ' anna@example.pl ', municipality: 'Kleszczów' },
      { privacyNoticeVersion: '2025-01', locale: 'pl' },
    );
    expect(body).toEqual({
      title: 'Opera na odkrywce',
      description: valid.description,
      category: 'culture',
      authorRole: 'resident',
      email: 'anna@example.pl',
      municipality: 'Kleszczów',
      privacyNoticeVersion: '2025-01',
      privacyConsent: true,
      locale: 'pl',
    });
  });

  it('sends spam signals only when there are any, as the contract expects them', () => {
    expect(toSubmission(valid, { privacyNoticeVersion: '1' }).spam).toBeUndefined();
    const body = toSubmission(valid, {
      privacyNoticeVersion: '1',
      spam: { honeypot: 'x'.repeat(600), fillTimeMs: 4321.6, token: 'tok' },
    });
    expect(body.spam).toEqual({ honeypot: 'x'.repeat(500), fillTimeMs: 4322, token: 'tok' });
    expect(IdeaSubmission.safeParse(body).success).toBe(true);
  });
});

describe('validateIdea', () => {
  it('accepts a complete idea, which the contract schema accepts too', () => {
    expect(validateIdea(valid)).toEqual({});
    expect(IdeaSubmission.safeParse(toSubmission(valid, { privacyNoticeVersion: '1' })).success).toBe(true);
  });

  it('asks for every required field of an empty form, and nothing optional', () => {
    expect(validateIdea(emptyValues())).toEqual({
      title: { kind: 'required' },
      description: { kind: 'required' },
      category: { kind: 'required' },
      authorRole: { kind: 'required' },
      privacyConsent: { kind: 'required' },
    });
  });

  it('treats whitespace as empty', () => {
    expect(validateIdea({ ...valid, title: '    ' }).title).toEqual({ kind: 'required' });
  });

  it('reports the contract limits for text that is too short or too long', () => {
    const issues = validateIdea({
      ...valid,
      title: 'Park',
      description: 'x'.repeat(IDEA_LIMITS.description.max + 1),
      name: 'N'.repeat(IDEA_LIMITS.name.max + 1),
      municipality: 'M'.repeat(IDEA_LIMITS.municipality.max + 1),
    });
    expect(issues).toEqual({
      title: { kind: 'tooShort', limit: IDEA_LIMITS.title.min },
      description: { kind: 'tooLong', limit: IDEA_LIMITS.description.max },
      name: { kind: 'tooLong', limit: IDEA_LIMITS.name.max },
      municipality: { kind: 'tooLong', limit: IDEA_LIMITS.municipality.max },
    });
  });

  it('counts length after trimming, like the server', () => {
    expect(validateIdea({ ...valid, title: `  ${'x'.repeat(150)}  ` }).title).toBeUndefined();
    expect(validateIdea({ ...valid, title: '  Park  ' }).title).toEqual({ kind: 'tooShort', limit: 5 });
  });

  it('checks the e-mail format and ignores spaces around the address', () => {
    expect(validateIdea({ ...valid, email: 'anna@' }).email).toEqual({ kind: 'format' });
    expect(validateIdea({ ...valid, email: ' anna@example.pl ' }).email).toBeUndefined();
  });

  it('treats choices outside the contract or the consortium list as not made', () => {
    expect(validateIdea({ ...valid, category: 'sport' }).category).toEqual({ kind: 'required' });
    const allowed = { categories: ['business', 'social'], roles: ['entrepreneur'] };
    expect(validateIdea(valid, allowed)).toEqual({ category: { kind: 'required' }, authorRole: { kind: 'required' } });
    expect(validateIdea({ ...valid, category: 'business', authorRole: 'entrepreneur' }, allowed)).toEqual({});
  });

  it('agrees with the contract schema on which forms can be sent', () => {
    const samples: Partial<IdeaFormValues>[] = [
      { title: 'abcd' },
      { title: 'abcde' },
      { description: 'd'.repeat(19) },
      { description: ' d'.repeat(10) },
      { email: 'a@b' },
      { email: 'a@b.pl' },
      { name: 'x' },
      { privacyConsent: false },
      { category: IDEA_CATEGORIES[6] },
      { authorRole: AUTHOR_ROLES[6] },
      { authorRole: 'mayor' },
      { municipality: 'x'.repeat(121) },
    ];
    for (const change of samples) {
      const values = { ...valid, ...change };
      const schemaSaysValid = IdeaSubmission.safeParse(toSubmission(values, { privacyNoticeVersion: '1' })).success;
      expect(Object.keys(validateIdea(values)).length === 0, JSON.stringify(change)).toBe(schemaSaysValid);
    }
  });
});

describe('serverIssues', () => {
  const sent = toSubmission({ ...valid, title: 'Park', email: 'anna@' }, { privacyNoticeVersion: '1' });

  it('maps the API field errors onto the same model as client validation', () => {
    const { fields, other } = serverIssues(
      [
        { path: 'title', message: 'Too small: expected string to have >=5 characters', code: 'too_small' },
        { path: 'email', message: 'Invalid email address', code: 'invalid_format' },
        { path: 'category', message: 'Invalid option', code: 'invalid_value' },
        { path: 'description', message: 'Too big', code: 'too_big' },
      ],
      sent,
    );
    expect(fields).toEqual({
      title: { kind: 'tooShort', limit: IDEA_LIMITS.title.min },
      email: { kind: 'format' },
      category: { kind: 'required' },
      description: { kind: 'tooLong', limit: IDEA_LIMITS.description.max },
    });
    expect(other).toEqual([]);
  });

  it('reports a missing value as required, and an unknown code as invalid', () => {
    const { fields } = serverIssues(
      [
        { path: 'name', message: 'Required', code: 'too_small' },
        { path: 'municipality', message: 'Not a municipality of the region', code: 'custom' },
      ],
      { ...sent, municipality: 'Gotham' },
    );
    expect(fields).toEqual({ name: { kind: 'required' }, municipality: { kind: 'invalid' } });
  });

  it('keeps errors about parts the person cannot edit apart', () => {
    const token = { path: 'spam.token', message: 'Token expired', code: 'custom' };
    const version = { path: 'privacyNoticeVersion', message: 'Unknown version' };
    expect(serverIssues([token, version], sent)).toEqual({ fields: {}, other: [token, version] });
  });
});

describe('characterCount', () => {
  it('uses the contract limit', () => {
    expect(DESCRIPTION_MAX).toBe(IDEA_LIMITS.description.max);
  });

  it('counts characters as the contract does: emoji and combining marks once, composed', () => {
    const ogonek = 'a\u0328'; // „ą” typed as a letter and a combining mark
    expect(characterCount('🌳'.repeat(5000), 5000)).toMatchObject({ remaining: 0, over: false });
    expect(characterCount('🌳'.repeat(5001), 5000)).toMatchObject({ remaining: -1, over: true });
    expect(characterCount(ogonek.repeat(5000), 5000)).toMatchObject({ remaining: 0, over: false });
    expect(characterCount(` ${ogonek.repeat(5001)} `, 5000)).toMatchObject({ remaining: -1, over: true });
    expect(characterCount('Łąka 👨‍👩‍👧', 5000).length).toBe(10); // the family is five code points, as zod counts
    // Client and contract agree on each side of the limit.
    for (const text of ['🌳'.repeat(5000), '🌳'.repeat(5001), ogonek.repeat(5000), ogonek.repeat(5001), `${'x'.repeat(4999)}👨‍👩‍👧`]) {
      const body = toSubmission({ ...valid, description: text }, { privacyNoticeVersion: '1' });
      expect(IdeaSubmission.safeParse(body).success, `${text.length} units`).toBe(!characterCount(text, DESCRIPTION_MAX).over);
      expect(!validateIdea({ ...valid, description: text }).description).toBe(!characterCount(text, DESCRIPTION_MAX).over);
    }
    expect(toSubmission({ ...valid, title: `Ł${ogonek}ka nad zalewem` }, { privacyNoticeVersion: '1' }).title).toBe('Łąka nad zalewem');
  });

  it('counts like the contract and says when the limit is near or passed', () => {
    expect(characterCount('  abc  ', 10)).toEqual({ length: 3, remaining: 7, over: false, near: false });
    expect(characterCount('x'.repeat(4500), 5000)).toMatchObject({ remaining: 500, near: true, over: false });
    expect(characterCount('x'.repeat(4499), 5000)).toMatchObject({ remaining: 501, near: false });
    expect(characterCount('x'.repeat(5003), 5000)).toMatchObject({ remaining: -3, near: true, over: true });
  });
});
