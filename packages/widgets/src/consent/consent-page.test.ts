/**
 * Whole pages, loaded in frames the way a partner's page loads the core: first visit versus
 * returning visitor, the order of Google Consent Mode commands, and a strict
 * Content-Security-Policy.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUp, storeDecision } from './fixtures/harness.js';
import type { ConsentManager } from './types.js';

interface PageWindow extends Window {
  razemConsent?: ConsentManager;
  dataLayer?: unknown[];
  inlineRuns?: number;
  blockedRuns?: number;
  violations?: string[];
}

const CORE = '/src/consent/consent.define.ts';
const frames: HTMLIFrameElement[] = [];

afterEach(async () => {
  frames.splice(0).forEach((frame) => frame.remove());
  await cleanUp();
});

/** Loads `body` as a page whose head configures consent and loads the core first. */
async function loadPage(body: string, { head = '', config = '{}' } = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  // The test server wraps dynamic imports in a hook of its runner; a bare frame needs a stand-in.
  frame.srcdoc = `<!doctype html><html lang="pl"><head>${head}
    <script nonce="r4z3m">window.__vitest_browser_runner__ = { wrapDynamicImport: (load) => load() };</script>
    <script type="application/json" id="razem-consent-config">${config}</script>
    <script type="module" src="${CORE}"></script>
    </head><body>${body}</body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await vi.waitFor(() => expect(win.razemConsent).toBeDefined(), { timeout: 10_000 });
  return win;
}

/** Every URL the page requested. */
const requested = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => entry.name);
const UI_OR_SDK = /consent-banner|\/lit|lit-html|lit-element|reactive-element|sdk|\/ky|zod|record\.ts|effects\.ts/;

const gatedTag = `<script type="text/plain" data-razem-consent="analytics">window.inlineRuns = (window.inlineRuns || 0) + 1;</script>`;

describe('a returning visitor', () => {
  it('loads no banner, no Lit and no SDK, and gets the stored choices applied', async () => {
    storeDecision({ choices: { necessary: true, preferences: false, analytics: true, marketing: false } });
    const win = await loadPage(gatedTag);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.inlineRuns).toBe(1);
    expect(win.razemConsent!.get()).toMatchObject({ decided: true });
    expect(win.document.querySelector('razem-consent-banner')).toBeNull();
    expect(requested(win).filter((url) => UI_OR_SDK.test(url))).toEqual([]);
  });

  it('is shown the banner again, loading its module, after a revision bump', async () => {
    storeDecision({ revision: 1 });
    const win = await loadPage(gatedTag, { config: '{"revision": 2}' });
    await vi.waitFor(() => expect(win.document.querySelector('razem-consent-banner[open]')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(win.inlineRuns).toBeUndefined();
    expect(requested(win).some((url) => url.includes('consent-banner'))).toBe(true);
  });
});

describe('a first visit', () => {
  it('shows the banner without loading the SDK, and runs nothing gated', async () => {
    const win = await loadPage(gatedTag);
    await vi.waitFor(() => expect(win.document.querySelector('razem-consent-banner[open]')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(win.inlineRuns).toBeUndefined();
    expect(requested(win).filter((url) => /sdk|\/ky|zod|record\.ts/.test(url))).toEqual([]);
  });

  it('puts the Consent Mode default before the Google tag configuration', async () => {
    const google = `<script type="text/plain" data-razem-consent="analytics">
      gtag('js', new Date()); gtag('config', 'G-PARTNER');
    </script>`;
    const win = await loadPage(google);
    await win.razemConsent!.acceptAll();
    const commands = win.dataLayer!.map((entry) => {
      const [command, action] = Array.from(entry as ArrayLike<unknown>);
      return `${String(command)}:${typeof action === 'string' ? action : typeof action}`;
    });
    expect(commands).toEqual(['consent:default', 'consent:update', 'js:object', 'config:G-PARTNER']);
  });
});

describe('under a strict Content-Security-Policy', () => {
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-r4z3m'; style-src 'self'">
    <script nonce="r4z3m">
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
    </script>`;

  it('runs a released inline script with its nonce, and only with it', async () => {
    const win = await loadPage(
      `<script type="text/plain" data-razem-consent="analytics" nonce="r4z3m">window.inlineRuns = 1;</script>
       <script type="text/plain" data-razem-consent="analytics">window.blockedRuns = 1;</script>`,
      { head: csp },
    );
    await win.razemConsent!.acceptAll();
    await vi.waitFor(() => expect(win.violations).toHaveLength(1));
    expect(win.inlineRuns).toBe(1);
    expect(win.blockedRuns).toBeUndefined();
    expect(win.violations![0]).toMatch(/^script-src/);
  });

  it('styles the banner without inline styles (adopted style sheets)', async () => {
    const win = await loadPage('', { head: csp });
    const banner = await vi.waitFor(
      () => {
        const found = win.document.querySelector('razem-consent-banner[open]');
        if (!found?.shadowRoot?.querySelector('.panel')) throw new Error('not open yet');
        return found;
      },
      { timeout: 10_000 },
    );
    const panel = banner.shadowRoot!.querySelector('.panel')!;
    expect(win.getComputedStyle(panel).position).toBe('fixed');
    expect(win.violations).toEqual([]);
  });
});
