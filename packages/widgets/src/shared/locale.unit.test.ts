import { describe, expect, it } from 'vitest';
import { normalizeLocale, plural, type PluralCopy } from './locale.js';

describe('normalizeLocale', () => {
  it.each([
    ['pl', 'pl'],
    ['pl-PL', 'pl'],
    ['EN-gb', 'en'],
    ['en_US', 'en'],
    ['uk-UA', 'uk'],
    ['ua', 'uk'],
    ['de-DE', 'pl'],
    ['', 'pl'],
    [null, 'pl'],
    [undefined, 'pl'],
  ])('%s → %s', (tag, expected) => {
    expect(normalizeLocale(tag)).toBe(expected);
  });
});

describe('plural', () => {
  const pl: PluralCopy = { one: '{count} plik', few: '{count} pliki', many: '{count} plików', other: '{count} pliku' };

  it('uses the Polish one / few / many forms', () => {
    expect(plural('pl', 1, pl)).toBe('1 plik');
    expect(plural('pl', 2, pl)).toBe('2 pliki');
    expect(plural('pl', 4, pl)).toBe('4 pliki');
    expect(plural('pl', 5, pl)).toBe('5 plików');
    expect(plural('pl', 12, pl)).toBe('12 plików');
    expect(plural('pl', 22, pl)).toBe('22 pliki');
    expect(plural('pl', 25, pl)).toBe('25 plików');
    expect(plural('pl', 0, pl)).toBe('0 plików');
  });

  it('falls back to `other` for a category the copy lacks', () => {
    expect(plural('en', 3, { one: '{count} file', other: '{count} files' })).toBe('3 files');
    expect(plural('pl', 2, { other: '{count} x' })).toBe('2 x');
  });

  it('formats the number for the locale', () => {
    expect(plural('pl', 1500, pl)).toBe('1500 plików'); // Polish groups only from five digits
    expect(plural('en', 1500, { other: '{count}' })).toBe('1,500');
  });
});
