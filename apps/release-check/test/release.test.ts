/**
 * The release as partners receive it. A dry run (src/dry-run.ts) versions a throwaway copy with
 * changesets and packs every public package; the tarballs are then installed by npm into scratch
 * projects outside the workspace and used against the reference API on loopback:
 * a Node script (SDK, contract, widgets, React wrappers), a Vite app (a widget and the React
 * wrappers, production build, in Chromium) and a plain HTML page using only the widgets'
 * `dist/cdn/` files under a strict Content-Security-Policy (in Chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../vitest.shared.ts';
import { releaseDryRun, type DryRun } from '../src/dry-run.ts';
import { npmInstall, scratchProject, serveStatic } from '../src/scratch.ts';
import { publicPackages, readJson, ROOT, run, runAsync, type Manifest } from '../src/workspace.ts';

/** The part of `@razem/api/testing` used here. */
interface TestingModule {
  startTestServer(): Promise<{ url: string; publishableKey: string; close(): Promise<void> }>;
}
// A variable specifier, so this package's typecheck does not compile the API's sources.
const TESTING: string = '@razem/api/testing';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const THIRD_PARTY = ['react@^19.0.0', 'react-dom@^19.0.0'];

let out: string;
let dryRun: DryRun;
let api: Awaited<ReturnType<TestingModule['startTestServer']>>;
let browser: Browser;
let changesetsBefore: string[];
const scratch: string[] = [];

beforeAll(async () => {
  changesetsBefore = readdirSync(join(ROOT, '.changeset')).sort();
  out = mkdtempSync(join(tmpdir(), 'razem-release-test-'));
  const started = performance.now();
  dryRun = releaseDryRun(out);
  console.warn(`[release] dry run in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { startTestServer } = (await import(/* @vite-ignore */ TESTING)) as TestingModule;
  api = await startTestServer();
  browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  for (const dir of [out, ...scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const tarballs = () => Object.values(dryRun.packed).map((release) => release.tarball);
const tarEntries = (tarball: string) => execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
const tarManifest = (tarball: string) => JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Manifest;
const versionTuple = (version: string) => version.split(/[.-]/).slice(0, 3).map(Number);
const newer = (a: string, b: string) => {
  const [x, y] = [versionTuple(a), versionTuple(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
};

/** A page that records what it requests, its errors and CSP violations. */
async function openPage(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Elements' events bubble out of their shadow roots: collect them for the assertions.
  await page.addInitScript(() => {
    const seen: Record<string, unknown[]> = ((window as unknown as { razemEvents: Record<string, unknown[]> }).razemEvents = {});
    for (const type of ['razem-partners-loaded', 'razem-events-loaded', 'razem-idea-submitted', 'razem-load-failed']) {
      document.addEventListener(type, (event) => (seen[type] ??= []).push((event as CustomEvent).detail), true);
    }
    document.addEventListener('securitypolicyviolation', (event) => (seen.csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { page, requests, errors };
}

const events = (page: Page, type: string) =>
  page.evaluate((t) => (window as unknown as { razemEvents: Record<string, unknown[]> }).razemEvents[t] ?? [], type);

/** Fills and sends `<razem-idea-form>` as a resident would; returns the tracking code shown. */
async function sendIdea(page: Page): Promise<string> {
  const form = (selector: string) => page.locator(`razem-idea-form ${selector}`);
  await form('[name="title"]').fill('Ścieżka rowerowa wokół zalewu Słok');
  await form('[name="description"]').fill('Bezpieczna trasa rowerowa łącząca Bełchatów z zalewem, z parkingami dla rowerów.');
  await form('[name="category"]').selectOption('infrastructure');
  await form('[name="authorRole"]').selectOption('resident');
  await form('[name="privacyConsent"]').check();
  await form('[type="submit"]').click();
  const code = form('[part~="code"]');
  await code.waitFor({ timeout: 15_000 });
  return (await code.textContent())!.trim();
}

const loopbackOnly = (requests: string[]) => requests.filter((url) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(url) && !url.startsWith('data:'));

describe('release plan (changesets on a throwaway copy)', () => {
  it('versions every public package with a changelog, and nothing private', () => {
    const publicNames = publicPackages().map((pkg) => pkg.manifest.name).sort();
    expect(publicNames).toEqual(['@razem/contract', '@razem/react', '@razem/sdk', '@razem/widgets']);
    expect(Object.keys(dryRun.packed).sort()).toEqual(publicNames);
    for (const release of Object.values(dryRun.packed)) {
      expect(release.type, release.name).not.toBe('none');
      expect(newer(release.newVersion, release.oldVersion), `${release.name} ${release.oldVersion} → ${release.newVersion}`).toBe(true);
      expect(release.changelog).toMatch(new RegExp(`^## ${release.newVersion.replaceAll('.', '\\.')}\\n\\n### (Major|Minor|Patch) Changes\\n`));
    }
    expect(dryRun.packed['@razem/react']!.changelog).toContain('First release of `@razem/react`');
    for (const release of dryRun.plan.filter((r) => !publicNames.includes(r.name))) {
      expect(release.type, release.name).toBe('none');
    }
  });

  it('leaves the repository as it was', () => {
    expect(readdirSync(join(ROOT, '.changeset')).sort()).toEqual(changesetsBefore);
    for (const { dir, manifest } of publicPackages()) {
      expect(manifest.version).toBe(dryRun.packed[manifest.name]!.oldVersion);
      expect(readJson<Manifest>(join(ROOT, dir, 'package.json')).version).toBe(manifest.version);
    }
  });
});

describe('tarballs', () => {
  it.each(['@razem/contract', '@razem/sdk', '@razem/widgets', '@razem/react'])(
    '%s: new version, workspace ranges resolved, every export present, nothing but what ships',
    (name) => {
      const release = dryRun.packed[name]!;
      const manifest = tarManifest(release.tarball);
      const entries = tarEntries(release.tarball);
      expect(manifest.version).toBe(release.newVersion);
      expect(JSON.stringify(manifest)).not.toContain('workspace:');
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        if (dryRun.packed[dependency]) expect(range).toBe(`^${dryRun.packed[dependency].newVersion}`);
      }
      for (const target of Object.values(manifest.exports ?? {}).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)))) {
        const pattern = new RegExp(`^package/${target.slice(2).replaceAll('.', '\\.').replace('*', '.+')}$`);
        expect(entries.some((entry) => pattern.test(entry)), `${name}: export target ${target}`).toBe(true);
      }
      expect(entries.filter((entry) => !/^package\/(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$|custom-elements\.json$)/.test(entry))).toEqual([]);
      if (name === '@razem/widgets') {
        expect(entries).toEqual(
          expect.arrayContaining([
            'package/custom-elements.json',
            'package/dist/web-types.json',
            'package/dist/vscode.html-custom-data.json',
            'package/dist/cdn/define.js',
            'package/dist/cdn/partner-list/define.js',
          ]),
        );
      }
    },
  );
});

describe('installed from the tarballs into scratch projects', () => {
  it('a Node script: the SDK against the API, every package imported without a DOM', async () => {
    const dir = scratchProject(join(FIXTURES, 'node-script'), 'node-script');
    scratch.push(dir);
    npmInstall(dir, [...tarballs(), ...THIRD_PARTY]);
    // Not spawnSync: the API answering the script runs in this process.
    const output = await runAsync(process.execPath, ['main.mjs', api.url, api.publishableKey], { cwd: dir, timeout: 60_000 });
    const result = JSON.parse(output) as Record<string, unknown>;
    expect(result.partners).toEqual(expect.arrayContaining(['bkppt']));
    expect(result.events).toBeGreaterThan(0);
    expect(result.trackingCode).toMatch(/^RZM-/);
    expect(result.status).toBe('received');
    expect(result.refused).toBe('422 validation_failed');
    expect(result.kinds).toBe(9);
    expect(result.openapi).toMatch(/^3\.1/);
    expect(result.registered).toBe(true);
    // With the JSON-LD placeholder the element fills in (see @razem/react's server rendering).
    expect(result.react).toBe('<razem-partner-list lang="pl"><script type="application/ld+json" data-razem="partner-list"></script></razem-partner-list>');
    expect([result.window, result.document]).toEqual(['undefined', 'undefined']);
  });

  it('a Vite app: a widget and the React wrappers bundled for production, working in Chromium', async () => {
    const dir = scratchProject(join(FIXTURES, 'vite-app'), 'vite-app');
    scratch.push(dir);
    npmInstall(dir, [...tarballs(), ...THIRD_PARTY, 'vite@^8.0.0']);
    run(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: dir, timeout: 120_000 });
    const server = await serveStatic({ '/': join(dir, 'dist') }, { __RAZEM_API__: api.url, __RAZEM_KEY__: api.publishableKey });
    const { page, requests, errors } = await openPage();
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => {
        const results = (window as unknown as { razemResults: { partners?: number; events?: unknown } }).razemResults;
        return (results.partners ?? 0) > 0 && results.events !== undefined;
      });
      const results = await page.evaluate(() => (window as unknown as { razemResults: Record<string, unknown> }).razemResults);
      expect(results.events).toMatchObject({ source: 'api' });
      expect(await page.locator('razem-partner-list [part~="item"]').count()).toBe(results.partners);
      const code = await sendIdea(page);
      expect(code).toMatch(/^RZM-/);
      await expect.poll(() => page.evaluate(() => (window as unknown as { razemResults: Record<string, unknown> }).razemResults.trackingCode)).toBe(code);
      expect(loopbackOnly(requests)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('a plain HTML page: only the CDN files of the widgets tarball, strict CSP, in Chromium', async () => {
    const dir = scratchProject(join(FIXTURES, 'html-page'), 'html-page');
    scratch.push(dir);
    run('tar', ['-xzf', dryRun.packed['@razem/widgets']!.tarball, '-C', dir], { cwd: dir });
    const csp = [
      "default-src 'self'",
      `connect-src 'self' ${api.url}`,
      "img-src 'self' https: data:",
      "style-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
    ].join('; ');
    const server = await serveStatic(
      { '/': dir, '/razem/': join(dir, 'package/dist/cdn') },
      { __RAZEM_API__: api.url, __RAZEM_KEY__: api.publishableKey },
      { 'content-security-policy': csp },
    );
    const { page, requests, errors } = await openPage();
    try {
      await page.goto(server.url);
      const items = page.locator('razem-partner-list [part~="item"]');
      await items.first().waitFor();
      const loaded = (await events(page, 'razem-partners-loaded')) as { partners: unknown[]; source: string }[];
      expect(loaded).toHaveLength(1);
      expect(loaded[0]!.source).toBe('api');
      expect(await items.count()).toBe(loaded[0]!.partners.length);
      await page.locator('razem-partner-list [part~="search"]').fill('Kleszczów');
      await expect.poll(() => items.count()).toBeLessThan(loaded[0]!.partners.length);

      await expect.poll(() => events(page, 'razem-events-loaded')).toEqual([expect.objectContaining({ source: 'api' })]);
      await page.locator('razem-event-calendar [part~="list"], razem-event-calendar [part~="empty"]').first().waitFor();

      expect(await sendIdea(page)).toMatch(/^RZM-/);
      expect(await events(page, 'razem-load-failed')).toEqual([]);
      expect(await events(page, 'csp')).toEqual([]);
      expect(loopbackOnly(requests)).toEqual([]);
      // Only the tarball's CDN files and the page itself came from the page's server.
      const fromPage = requests.filter((url) => url.startsWith(server.url)).map((url) => new URL(url).pathname);
      expect(fromPage.filter((path) => path !== '/' && !path.startsWith('/razem/'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
