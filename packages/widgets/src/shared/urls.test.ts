import { describe, expect, it } from 'vitest';
import { isHttpUrl, pageLink } from './urls.js';

describe('link URLs', () => {
  it('data from the API becomes a link only when it is an absolute http(s) URL', () => {
    expect(isHttpUrl('https://arreks.pl')).toBe(true);
    expect(isHttpUrl('/relative')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl(undefined)).toBe(false);
  });

  it('a link the page author configured may be relative, never a script', () => {
    expect(pageLink('/polityka-prywatnosci')).toBe('/polityka-prywatnosci');
    expect(pageLink('rodo.html')).toBe('rodo.html');
    expect(pageLink('https://bkppt.pl/rodo')).toBe('https://bkppt.pl/rodo');
    expect(pageLink('javascript:alert(1)')).toBeUndefined();
    expect(pageLink(' JavaScript:alert(1)')).toBeUndefined();
    expect(pageLink('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(pageLink('')).toBeUndefined();
  });
});
