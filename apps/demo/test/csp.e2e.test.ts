/**
 * The demo's Content-Security-Policy and caching, checked on the wire, and proof that the
 * violation checks of the other tests can fail: a script without the nonce is blocked, noticed
 * by the page and reported to the server.
 */
import { describe, expect, it } from 'vitest';
import { visitorsInChromium } from './support/browser.ts';
import { CSP_PROBE, demoLog } from './support/demo-log.ts';
import { demoEnv } from './support/env.ts';

const env = demoEnv();
const PAGES = ['/', '/polityka-prywatnosci', '/vite/', '/osadzenia/mapa'];

/** The policy of a response as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('headers and markup', () => {
  it.each(PAGES)('%s: a strict policy with a fresh nonce that every script and style carries', async (path) => {
    const [first, second] = await Promise.all([fetch(env.url + path), fetch(env.url + path)]);
    expect(first.status).toBe(200);
    const policy = first.headers.get('content-security-policy') ?? '';
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const d = directives(policy);
    const nonce = /'nonce-([^']+)'/.exec(d.get('script-src')?.join(' ') ?? '')?.[1] ?? '';
    expect(nonce.length).toBeGreaterThanOrEqual(22);
    expect(d.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'report-sample'"]);
    expect(d.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'report-sample'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'", env.apiUrl]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', env.apiUrl]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual([path === '/osadzenia/mapa' ? "'self'" : "'none'"]);
    expect(d.get('report-uri')).toEqual(['/__csp-report']);
    // A cached page would reuse an old nonce; it must be asked for again each time.
    expect(first.headers.get('cache-control')).toBe('no-cache');

    const html = await first.text();
    const tags = html.match(/<(script|style)\b[^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/\{\{|\sstyle=/);

    const secondNonce = /'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1];
    expect(secondNonce).not.toBe(nonce);
    await second.text();
  });

  it('the partner page loads Razem with one tag: the CDN loader', async () => {
    const html = await (await fetch(`${env.url}/`)).text();
    const sources = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual([`${env.cdnPath}/loader.js`, '/assets/site.js']);
  });

  it('serves the CDN build under a versioned path, immutable, and nothing outside it', async () => {
    const core = await fetch(`${env.url}${env.cdnPath}/loader.js`, { headers: { 'Accept-Encoding': 'br' } });
    expect(core.status).toBe(200);
    expect(core.headers.get('content-encoding')).toBe('br');
    expect(core.headers.get('vary')).toBe('Accept-Encoding');
    expect(core.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(core.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = core.headers.get('etag') ?? '';
    await core.text();
    expect((await fetch(`${env.url}${env.cdnPath}/loader.js`, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    expect((await fetch(`${env.url}/cdn/widgets/0.0.0-0000000000/loader.js`)).status).toBe(404);
    for (const sneaky of ['/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00.js']) {
      expect((await fetch(`${env.url}${env.cdnPath}${sneaky}`)).status, sneaky).toBe(404);
    }
  });

  it('serves the Vite build’s hashed assets immutable', async () => {
    const html = await (await fetch(`${env.url}/vite/`)).text();
    const script = /src="(\/vite\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(env.url + script);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    await response.text();
  });
});

describe('in Chromium', () => {
  const visitors = visitorsInChromium();

  it('blocks a script without the nonce, and the page and the server both hear of it', async () => {
    const visitor = await visitors.open();
    const { page, context } = visitor;
    await page.goto(`${env.url}/polityka-prywatnosci`);
    await page.waitForLoadState('networkidle');
    const ran = await page.evaluate((probe) => {
      const script = document.createElement('script');
      script.textContent = `window.__probeRan = true; /* ${probe} */`;
      document.head.append(script);
      return (window as unknown as { __probeRan?: boolean }).__probeRan === true;
    }, CSP_PROBE);
    expect(ran).toBe(false);
    await expect.poll(() => visitor.problems.filter((p) => p.includes('CSP violation') && p.includes(CSP_PROBE)).length).toBe(1);
    // Both ways: the browser's own report (report-uri) and the page's listener (site.js).
    await expect
      .poll(async () => (await demoLog()).cspReports.filter((r) => r.sample.includes(CSP_PROBE)).map((r) => `${r.via} ${r.directive}`).sort(), {
        timeout: 10_000,
      })
      .toEqual(['page script-src-elem', 'report-uri script-src-elem']);
    // Chromium also logs the block as a console error: the one problem this test expects.
    visitor.expectNoProblems([new RegExp(CSP_PROBE), /Content Security Policy/]);
    await context.close();
  });
});
