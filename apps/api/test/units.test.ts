/** Small pure pieces whose edge cases are easier to pin down without a server. */
import { describe, expect, it } from 'vitest';
import { TrackingCode } from '@razem/contract';
import * as z from 'zod/mini';
import { generateTrackingCode } from '../src/domain/ideas.js';
import { etagOf, matchesIfNoneMatch } from '../src/http/cache.js';
import { decodeCursor, encodeCursor } from '../src/http/cursor.js';
import { isJsonMediaType } from '../src/http/body.js';
import { generateKey, normalizeOriginPattern, originAllowed } from '../src/keys.js';
import { ideasToCsv, neutralizeFormula } from '../src/routes/admin-ideas.js';
import { generateSeedEvents } from '../src/seed/events.js';

describe('tracking codes', () => {
  it('match the contract and rarely repeat', () => {
    const codes = Array.from({ length: 2000 }, generateTrackingCode);
    for (const code of codes) expect(z.safeParse(TrackingCode, code).success, code).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('keys', () => {
  it('have the documented prefixes and 32 random base62 characters', () => {
    expect(generateKey('publishable')).toMatch(/^rzm_pk_[0-9A-Za-z]{32}$/);
    expect(generateKey('secret')).toMatch(/^rzm_sk_[0-9A-Za-z]{32}$/);
  });

  it('match origins exactly, with :* for any port', () => {
    const patterns = ['https://frgk.pl', 'http://localhost:*'];
    expect(originAllowed('https://frgk.pl', patterns)).toBe(true);
    expect(originAllowed('https://frgk.pl:443', patterns)).toBe(true);
    expect(originAllowed('http://frgk.pl', patterns)).toBe(false);
    expect(originAllowed('https://www.frgk.pl', patterns)).toBe(false);
    expect(originAllowed('https://frgk.pl.evil.example', patterns)).toBe(false);
    expect(originAllowed('http://localhost:5173', patterns)).toBe(true);
    expect(originAllowed('http://localhost', patterns)).toBe(true);
    expect(originAllowed('https://localhost:5173', patterns)).toBe(false);
    expect(originAllowed('null', patterns)).toBe(false);
  });

  it('normalise origin patterns and refuse anything that is not an origin', () => {
    expect(normalizeOriginPattern('HTTPS://FRGK.PL/')).toBe('https://frgk.pl');
    expect(normalizeOriginPattern('http://localhost:*')).toBe('http://localhost:*');
    for (const bad of ['frgk.pl', 'ftp://x.pl', 'https://x.pl/path', 'https://x.pl:80:*', 'https://user@x.pl']) {
      expect(() => normalizeOriginPattern(bad), bad).toThrow();
    }
  });
});

describe('CSV', () => {
  it('neutralises every formula trigger and leaves other text alone', () => {
    for (const cell of ['=1+1', '+48', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['Bełchatów', '2026-01-01', ' =x', '']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('starts with a BOM and quotes per RFC 4180', () => {
    const csv = ideasToCsv([]);
    expect(csv.startsWith('\uFEFFtracking_code,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('caching helpers', () => {
  it('compare ETags weakly and handle lists and *', () => {
    const tag = etagOf('body');
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(tag.replace('W/', ''), tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/"x", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('W/"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe('cursors and media types', () => {
  it('round-trip cursors and reject tampered ones', () => {
    expect(decodeCursor(encodeCursor([2, 'frgk']), ['number', 'string'] as const)).toEqual([2, 'frgk']);
    expect(() => decodeCursor(encodeCursor(['x', 'frgk']), ['number', 'string'] as const)).toThrow();
    expect(() => decodeCursor('%%%', ['number'] as const)).toThrow();
  });

  it('accept JSON media types only', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('application/merge-patch+json')).toBe(true);
    expect(isJsonMediaType('text/plain')).toBe(false);
    expect(isJsonMediaType(undefined)).toBe(false);
  });
});

describe('seed calendar', () => {
  it('is deterministic for a day and always fills the current month', () => {
    for (const day of ['2026-01-01T09:00:00Z', '2026-02-28T23:30:00Z', '2026-08-15T12:00:00Z', '2026-12-31T22:59:00Z']) {
      const now = new Date(day);
      const events = generateSeedEvents(now);
      expect(generateSeedEvents(now)).toEqual(events);
      expect(events.length).toBeGreaterThanOrEqual(80);
      expect(events.length).toBeLessThanOrEqual(120);
      const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit' }).format(now);
      const inMonth = events.filter(
        (e) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit' }).format(new Date(e.fields.startsAt)) === month,
      );
      expect(inMonth.length, day).toBeGreaterThanOrEqual(4);
      const first = Date.parse(events[0]!.fields.startsAt);
      const last = Date.parse(events.at(-1)!.fields.startsAt);
      expect(now.getTime() - first).toBeGreaterThan(80 * 86_400_000);
      expect(last - now.getTime()).toBeGreaterThan(250 * 86_400_000);
    }
  });
});
