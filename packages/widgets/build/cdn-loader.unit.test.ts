/**
 * The CDN loader as a partner's page uses it: plain HTML with one
 * `<script type="module" src=".../loader.js">`, served with a strict Content-Security-Policy by a
 * loopback static server, in Chromium. Runs from Node (the `unit` project) rather than in vitest's
 * browser mode because each page needs its own server, response headers and request log.
 * Needs the built `dist/cdn` (turbo builds before testing).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../vitest.shared.ts';
import { seedPartners } from '../src/partner-list/fixtures.ts';
import { startCdnTestServer, type CdnTestServer, type TestPage } from './cdn-test-server.ts';

const root = resolve(import.meta.dirname, '..');
const cdnDir = resolve(root, 'dist/cdn');
const manifest = JSON.parse(readFileSync(resolve(cdnDir, 'manifest.json'), 'utf8')) as {
  entries: Record<string, string>;
  integrityTable: string;
  files: Record<string, { integrity: string }>;
};
const graph = JSON.parse(readFileSync(resolve(cdnDir, 'graph.json'), 'utf8')) as {
  files: Record<string, { imports: string[]; dynamicImports: string[] }>;
};

/** A built file and its static imports. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of graph.files[file]?.imports ?? []) closure(next, seen);
  return seen;
}

// Playwright cannot download browsers here: the system Chromium.

const partnersJson = JSON.stringify(seedPartners('/logos'));
const loader = '<script type="module" src="/razem/loader.js" nonce="{{nonce}}"></script>';
const page = (body: string, lang = 'pl', head = ''): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Partner</title>${head}${loader}</head><body>${body}</body></html>`;
const inlinePartners = `<razem-partner-list><script type="application/json">${partnersJson}</script></razem-partner-list>`;
const consentConfig = (extra = ''): string =>
  `<script type="application/json" id="razem-consent-config">{"revision":1,"storage":false${extra}}</script>`;

const PAGES: Record<string, TestPage> = {
  '/partners.html': { html: page(`<h1>Partnerzy</h1>${inlinePartners}`) },
  '/partners-en.html': { html: page(`<h1>Partners</h1>${inlinePartners}`, 'en') },
  '/consent.html': { html: page(`<h1>Partnerzy</h1>${inlinePartners}`, 'pl', consentConfig()) },
  '/empty.html': { html: page('<h1>Nothing yet</h1>') },
};

let server: CdnTestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startCdnTestServer(cdnDir, resolve(root, 'test/logos'), PAGES);
  browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What one page did: CSP violations, console errors, files fetched from the CDN. */
interface Visit {
  page: Page;
  violations(): Promise<string[]>;
  errors: string[];
  fetched: string[];
}

async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Init scripts are injected by the browser, not by the page, so the CSP does not apply to them.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  const fetched: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/razem/')) fetched.push(pathname.slice('/razem/'.length));
  });
  await page.goto(`${server.url}${path}`);
  return {
    page,
    errors,
    fetched,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

const items = (page: Page, tag = 'razem-partner-list') =>
  page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0, tag);

describe('the CDN loader', () => {
  it('loads the files of only the elements on the page, under a strict CSP', async () => {
    const { page, fetched, violations, errors } = await visit('/partners.html');
    await expect.poll(() => items(page), { timeout: 10_000 }).toBe(6);
    const expected = new Set(['loader.js', manifest.integrityTable, ...closure(manifest.entries['partner-list']!)]);
    expect(new Set(fetched)).toEqual(expected);
    expect(fetched.some((file) => /consent|idea-form|event-calendar|sdk-/.test(file))).toBe(false);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 30_000);

  it('loads an element added to the page later', async () => {
    const { page, fetched, violations } = await visit('/empty.html');
    await expect.poll(() => fetched.includes(manifest.integrityTable), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => !!customElements.get('razem-idea-form'))).toBe(false);
    await page.evaluate(() => {
      // Nested, as a single-page app would add it.
      const section = document.createElement('section');
      section.innerHTML = '<razem-idea-form form-id="later"></razem-idea-form>';
      document.body.append(section);
    });
    await page.waitForFunction(() => !!document.querySelector('razem-idea-form')?.shadowRoot?.querySelector('form'), null, {
      timeout: 10_000,
    });
    expect(fetched).toContain(manifest.entries['idea-form']);
    expect(fetched.some((file) => /partner-list|event-calendar|consent/.test(file))).toBe(false);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 30_000);

  it('loads the consent core before any element when the page configures consent', async () => {
    const { page, fetched, violations, errors } = await visit('/consent.html');
    // First visit: the core shows the banner, and the partner list renders.
    await page.waitForFunction(() => !!document.querySelector('razem-consent-banner')?.shadowRoot?.querySelector('button'), null, {
      timeout: 10_000,
    });
    await expect.poll(() => items(page), { timeout: 10_000 }).toBe(6);
    const core = fetched.indexOf(manifest.entries.consent!);
    expect(core).toBeGreaterThan(0);
    expect(core).toBeLessThan(fetched.indexOf(manifest.entries['partner-list']!));
    // Nothing but the integrity table before the core.
    expect(fetched.slice(0, core)).toEqual(['loader.js', manifest.integrityTable]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 30_000);
});

/** The part of `@razem/api/testing` used here (see test/global-setup.ts for why it is narrow). */
interface TestingModule {
  startTestServer(): Promise<{ url: string; publishableKey: string; close(): Promise<void> }>;
}
const TESTING: string = '@razem/api/testing';

describe('every element from the API under a strict CSP', () => {
  let api: Awaited<ReturnType<TestingModule['startTestServer']>>;

  beforeAll(async () => {
    api = await ((await import(TESTING)) as TestingModule).startTestServer();
    const meta = `<meta name="razem:api-base" content="${api.url}"><meta name="razem:api-key" content="${api.publishableKey}">`;
    PAGES['/api.html'] = {
      connect: [api.url],
      html: page(
        `<razem-partner-list></razem-partner-list>
         <razem-event-calendar view="list" narrow-width="0"></razem-event-calendar>
         <razem-idea-form form-id="api"></razem-idea-form>
         <footer><razem-consent-settings></razem-consent-settings></footer>`,
        'en',
        `${meta}${consentConfig(`,"apiBase":"${api.url}","apiKey":"${api.publishableKey}"`)}`,
      ),
    };
  }, 60_000);

  afterAll(() => api?.close());

  it('reports no violation while loading, rendering and recording consent', async () => {
    const { page, fetched, violations, errors } = await visit('/api.html');
    await expect.poll(() => items(page), { timeout: 20_000 }).toBeGreaterThan(3);
    await page.waitForFunction(
      () => (document.querySelector('razem-event-calendar')?.shadowRoot?.textContent ?? '').length > 100,
      null,
      { timeout: 20_000 },
    );
    // Accept all: the decision is recorded through the SDK (POST /v1/consents).
    const recorded = page.waitForResponse((response) => response.url().endsWith('/v1/consents') && response.request().method() === 'POST', {
      timeout: 20_000,
    });
    await page.evaluate(() => (window as unknown as { razemConsent: { acceptAll(): Promise<unknown> } }).razemConsent.acceptAll());
    expect((await recorded).status()).toBe(201);
    // The English copy and the API code were loaded lazily, each checked against the table.
    expect(fetched.some((file) => file.startsWith('chunks/sdk-'))).toBe(true);
    expect(fetched.some((file) => file.startsWith('chunks/locales-en-'))).toBe(true);
    for (const file of fetched) expect(Object.keys(manifest.files), file).toContain(file);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('Subresource Integrity', () => {
  it('refuses a tampered element file', async () => {
    const file = [...closure(manifest.entries['partner-list']!)].find((f) => f.startsWith('chunks/runtime-core-'))!;
    server.tamper(file, `${readFileSync(resolve(cdnDir, file), 'utf8')}\nconsole.log('injected');`);
    try {
      const { page, errors } = await visit('/partners.html');
      await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toContain('integrity');
      expect(await page.evaluate(() => !!customElements.get('razem-partner-list'))).toBe(false);
      await page.context().close();
    } finally {
      server.restore();
    }
  }, 30_000);

  it('refuses a tampered chunk the element loads lazily (English copy)', async () => {
    const english = graph.files[manifest.entries['partner-list']!]!.dynamicImports.find((f) => f.startsWith('chunks/locales-en-'))!;
    server.tamper(english, readFileSync(resolve(cdnDir, english), 'utf8').replaceAll('Consortium partners', 'Hacked'));
    try {
      const { page, errors } = await visit('/partners-en.html');
      await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toContain('integrity');
      // The element falls back to its Polish copy rather than show the tampered text.
      await expect.poll(() => items(page), { timeout: 10_000 }).toBe(6);
      const text = await page.evaluate(() => document.querySelector('razem-partner-list')!.shadowRoot!.textContent);
      expect(text).not.toContain('Hacked');
      await page.context().close();
    } finally {
      server.restore();
    }
  }, 30_000);

  it('loads nothing when the integrity table itself was tampered with', async () => {
    server.tamper(manifest.integrityTable, 'export default {};\n');
    try {
      const { page, errors, fetched } = await visit('/partners.html');
      await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toContain('integrity');
      expect(fetched).toEqual(['loader.js', manifest.integrityTable]);
      expect(await page.evaluate(() => !!customElements.get('razem-partner-list'))).toBe(false);
      await page.context().close();
    } finally {
      server.restore();
    }
  }, 30_000);

  it('lists every file of the build with its sha384 integrity, and the loader checks all of them', async () => {
    for (const [file, { integrity }] of Object.entries(manifest.files)) {
      expect(integrity, file).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    }
    const table = ((await import(resolve(cdnDir, manifest.integrityTable))) as { default: Record<string, string> }).default;
    expect(Object.keys(table).sort()).toEqual(Object.keys(graph.files).sort());
    for (const [file, integrity] of Object.entries(table)) expect(integrity, file).toBe(manifest.files[file]!.integrity);
  });
});
