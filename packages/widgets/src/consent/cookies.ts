/**
 * Clearing a refused category's cookies. Script can only see names, not where a cookie was set,
 * so each match is expired on the host, every parent domain (tools like Google Analytics set
 * theirs on the registrable domain) and the configured cookie domain, at `Path=/`.
 */
import type { CookiePattern, ResolvedConsentConfig } from './types.js';

/**
 * Cookies of common tools (Google Analytics, Matomo, Hotjar; Google Ads, Meta), cleared for a
 * category that configures no `cookies` of its own.
 */
export const DEFAULT_COOKIES: Record<string, CookiePattern[]> = {
  analytics: ['/^_ga/', '_gid', '/^_gat/', '/^_pk_/', '/^_hj/'],
  marketing: ['/^_gcl_/', '_fbp', '_fbc', 'IDE', 'test_cookie'],
};

/** The cookie patterns of a category and its services. */
export function patternsOf(config: ResolvedConsentConfig, category: string): CookiePattern[] {
  const c = config.categories.find((x) => x.id === category);
  return c ? [...(c.cookies ?? DEFAULT_COOKIES[c.id] ?? []), ...(c.services ?? []).flatMap((s) => s.cookies ?? [])] : [];
}

/** Expires every readable cookie whose name matches one of `patterns`; returns the names. */
export function clearCookies(patterns: CookiePattern[], cookieDomain?: string): string[] {
  const tests = patterns.map(cookieMatcher);
  let cookies: string;
  try {
    cookies = document.cookie;
  } catch {
    return []; // cookies blocked: nothing to clear
  }
  const names = cookies
    .split('; ')
    .map((pair) => pair.split('=')[0]!)
    .filter((name) => name && tests.some((test) => test(name)));
  const parts = location.hostname.split('.');
  const domains = [''];
  for (let i = 0; i < parts.length - 1; i++) domains.push(`; Domain=${parts.slice(i).join('.')}`);
  if (cookieDomain) domains.push(`; Domain=${cookieDomain}`);
  for (const name of names)
    for (const domain of domains)
      document.cookie = `${name}=; Path=/; Max-Age=0${domain}`;
  return names;
}

/** Turns a cookie pattern into a test; invalid regular expressions match nothing. */
export function cookieMatcher(pattern: CookiePattern): (name: string) => boolean {
  let re: RegExp;
  try {
    if (typeof pattern !== 'string') re = pattern;
    else {
      const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern);
      if (!literal) return (name) => name === pattern;
      re = new RegExp(literal[1]!, literal[2]);
    }
  } catch {
    return () => false;
  }
  return (name) => re.test(name);
}
