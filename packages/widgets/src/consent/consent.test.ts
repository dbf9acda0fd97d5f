import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDomConfig } from './dom-config.js';
import { cleanUp, cookieNames, insert, insertScripts, openBanner, sendGpc, start, storeDecision } from './fixtures/harness.js';
import type { ConsentState } from './types.js';

declare global {
  interface Window {
    inlineRuns?: number;
    gatedRuns?: number;
    moduleRuns?: number;
    bothRuns?: number;
  }
}

const GATED_SRC = '/src/consent/fixtures/gated.js';
const MONTH = 2_629_746_000;

beforeEach(() => {
  delete window.inlineRuns;
  delete window.gatedRuns;
  delete window.moduleRuns;
  delete window.bothRuns;
});
afterEach(cleanUp);

/** The gated markup a partner page carries. */
const gatedMarkup = () =>
  insert(`
    <script type="text/plain" data-razem-consent="analytics">window.inlineRuns = (window.inlineRuns || 0) + 1;</script>
    <script type="text/plain" data-razem-consent="analytics" data-src="${GATED_SRC}"></script>
    <script type="text/plain" data-razem-consent="analytics" data-type="module">window.moduleRuns = (window.moduleRuns || 0) + 1;</script>
    <script type="text/plain" data-razem-consent="analytics marketing">window.bothRuns = (window.bothRuns || 0) + 1;</script>
  `);

/** Lets queued work (mutation observers, script loads) happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('script gating', () => {
  it('runs no gated script before consent', async () => {
    gatedMarkup();
    start();
    await openBanner();
    await settle();
    expect([window.inlineRuns, window.gatedRuns, window.moduleRuns, window.bothRuns]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(document.querySelectorAll('script[type="text/plain"][data-razem-consent]')).toHaveLength(4);
  });

  it('runs each gated script exactly once after consent to its category', async () => {
    gatedMarkup();
    const consent = start();
    await consent.accept(['analytics']);
    await vi.waitFor(() => expect(window.gatedRuns).toBe(1));
    await vi.waitFor(() => expect(window.moduleRuns).toBe(1));
    expect(window.inlineRuns).toBe(1);
    // Needs marketing too.
    expect(window.bothRuns).toBeUndefined();

    await consent.acceptAll();
    await consent.accept(['analytics', 'marketing']);
    await settle();
    expect([window.inlineRuns, window.gatedRuns, window.moduleRuns, window.bothRuns]).toEqual([1, 1, 1, 1]);
  });

  it('does not run scripts of a refused category, and runs gated markup added later once allowed', async () => {
    const consent = start();
    await consent.rejectAll();
    gatedMarkup();
    await settle();
    expect(window.inlineRuns).toBeUndefined();

    await consent.accept(['analytics']);
    insert(`<script type="text/plain" data-razem-consent="analytics">window.inlineRuns = (window.inlineRuns || 0) + 10;</script>`);
    await vi.waitFor(() => expect(window.inlineRuns).toBe(11));
  });

  it('releases scripts at once for a returning visitor who consented', async () => {
    storeDecision({ choices: { necessary: true, preferences: false, analytics: true, marketing: false } });
    gatedMarkup();
    const consent = start();
    expect(consent.get()).toMatchObject({ decided: true, method: 'custom' });
    expect(window.inlineRuns).toBe(1);
    await vi.waitFor(() => expect(window.gatedRuns).toBe(1));
  });

  it('keeps the CSP nonce and the other attributes of a released script', async () => {
    const host = insert(
      `<script type="text/plain" data-razem-consent="analytics" nonce="n0nc3" id="tag" data-extra="x" data-src="${GATED_SRC}"></script>`,
    );
    const consent = start();
    await consent.acceptAll();
    const script = host.querySelector<HTMLScriptElement>('#tag')!;
    expect(script.nonce).toBe('n0nc3');
    expect(script.type).toBe('');
    expect(script.dataset.extra).toBe('x');
    expect(script.getAttribute('src')).toBe(GATED_SRC);
  });
});

describe('embeds', () => {
  const map = () =>
    insert(
      `<iframe data-razem-consent="marketing" data-razem-service="google-maps" data-src="/src/consent/fixtures/embed.html"
        title="Mapa dojazdu" width="400" height="300"></iframe>`,
    ).querySelector('iframe')!;
  const services = [{ id: 'google-maps', name: 'Mapy Google' }];
  const placeholderShown = () =>
    vi.waitFor(() => {
      const found = document.querySelector<HTMLElement>('.razem-embed-placeholder');
      if (!found) throw new Error('no placeholder yet');
      return found;
    });
  const config = {
    categories: [{ id: 'necessary', required: true }, { id: 'analytics' }, { id: 'marketing', services }],
  };

  it('shows an accessible placeholder instead of the embed until consent', async () => {
    const iframe = map();
    start(config);
    const placeholder = await placeholderShown();
    expect(iframe.hasAttribute('src')).toBe(false);
    expect(iframe.hidden).toBe(true);
    expect(placeholder.getAttribute('role')).toBe('group');
    expect(placeholder.getAttribute('aria-label')).toBe('Mapy Google');
    const text = placeholder.shadowRoot!.textContent!;
    expect(text).toContain('Marketingowe');
    const buttons = [...placeholder.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Wczytaj tę treść', 'Ustawienia plików cookie']);
    // Same footprint as the embed (400×300 plus the browser's 2 px iframe border): nothing moves.
    expect(placeholder.getBoundingClientRect().width).toBe(404);
    expect(placeholder.getBoundingClientRect().height).toBe(304);
  });

  it('shows the page’s own placeholder text when the embed gives one', async () => {
    insert(
      `<iframe data-razem-consent="marketing" data-src="/src/consent/fixtures/embed.html" title="Nasza mapa"
        data-razem-placeholder="Nasza mapa zapisuje pliki cookie ({category})."></iframe>`,
    );
    start(config);
    const placeholder = await placeholderShown();
    expect(placeholder.shadowRoot!.textContent).toContain('Nasza mapa zapisuje pliki cookie (Marketingowe).');
  });

  it('loads one embed on a one-off click without recording consent', async () => {
    const iframe = map();
    const consent = start(config);
    const placeholder = await placeholderShown();
    placeholder.shadowRoot!.querySelector('button')!.click();
    expect(iframe.getAttribute('src')).toBe('/src/consent/fixtures/embed.html');
    expect(iframe.hidden).toBe(false);
    expect(document.querySelector('.razem-embed-placeholder')).toBeNull();
    expect(consent.get().decided).toBe(false);
  });

  it('loads every embed of a category once it is granted, templates included', async () => {
    const iframe = map();
    const host = insert(
      `<template data-razem-consent="marketing"><p class="embedded">Wideo z warsztatów</p></template>`,
    );
    const consent = start(config);
    await vi.waitFor(() => expect(document.querySelectorAll('.razem-embed-placeholder')).toHaveLength(2));
    await consent.accept(['marketing']);
    expect(iframe.getAttribute('src')).toBe('/src/consent/fixtures/embed.html');
    expect(host.querySelector('.embedded')?.textContent).toBe('Wideo z warsztatów');
    expect(document.querySelectorAll('.razem-embed-placeholder')).toHaveLength(0);
  });
});

describe('cookie clearing', () => {
  const setCookies = (...names: string[]) => names.forEach((n) => (document.cookie = `${n}=1; Path=/`));

  it("clears a refused category's cookies and keeps the rest", async () => {
    setCookies('_ga', '_ga_ABC123', '_gid', '_fbp', 'session', 'lang');
    const consent = start();
    await consent.rejectAll();
    expect(cookieNames().sort()).toEqual(['lang', 'razem_consent', 'session']);
  });

  it('clears the cookies of a withdrawn category only', async () => {
    const consent = start();
    await consent.acceptAll();
    setCookies('_ga', '_fbp', '_gcl_au');
    await consent.accept(['analytics']);
    expect(cookieNames().sort()).toEqual(['_ga', 'razem_consent']);
  });

  it('clears configured patterns, also those of named services', async () => {
    setCookies('yt_visitor', 'chat_id', 'keep_me');
    const consent = start({
      categories: [
        { id: 'necessary', required: true },
        { id: 'marketing', cookies: ['/^yt_/'], services: [{ id: 'chat', name: 'Czat', cookies: ['chat_id'] }] },
      ],
    });
    await consent.rejectAll();
    expect(cookieNames().sort()).toEqual(['keep_me', 'razem_consent']);
  });
});

describe('Google Consent Mode v2', () => {
  const commands = () => (window.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

  it('pushes the default, everything denied but security, before any tag can run', () => {
    start({ consentMode: { waitForUpdate: 800, region: ['PL'] } });
    const [first] = window.dataLayer!;
    // gtag.js only reads `arguments` objects, as Google's own snippet pushes them.
    expect(Object.prototype.toString.call(first)).toBe('[object Arguments]');
    expect(commands()[0]).toEqual([
      'consent',
      'default',
      {
        analytics_storage: 'denied',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 800,
        region: ['PL'],
      },
    ]);
  });

  it('puts the default before the config of a tag in the page, and an update on every choice', async () => {
    const consent = start();
    insert(`<script type="text/plain" data-razem-consent="analytics">gtag('js', new Date()); gtag('config', 'G-TEST');</script>`);
    insertScripts(`<script>gtag('event', 'page_view');</script>`);
    await consent.accept(['analytics']);
    await consent.rejectAll();
    const names = commands().map(([command, action]) => `${command}:${typeof action === 'string' ? action : ''}`);
    expect(names).toEqual(['consent:default', 'event:page_view', 'consent:update', 'js:', 'config:G-TEST', 'consent:update']);
    const updates = commands().filter(([, action]) => action === 'update');
    expect(updates[0]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
    expect(updates[1]![2]).toMatchObject({ analytics_storage: 'denied', ad_personalization: 'denied', security_storage: 'granted' });
  });

  it('grants the advertising signals with marketing', async () => {
    const consent = start();
    await consent.acceptAll();
    expect(commands().at(-1)![2]).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'granted',
      functionality_storage: 'granted',
    });
  });

  it("restores a returning visitor's signals right after the default", () => {
    storeDecision();
    start();
    expect(commands().map(([, action]) => action)).toEqual(['default', 'update']);
    expect(commands()[1]![2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('leaves dataLayer alone when switched off', () => {
    start({ consentMode: false });
    expect(window.dataLayer).toBeUndefined();
  });
});

describe('Global Privacy Control', () => {
  it('refuses every optional category without a banner and records method "gpc"', async () => {
    sendGpc();
    window.dataLayer = [];
    const changes: ConsentState[] = [];
    document.addEventListener('razem-consent-change', (e) => changes.push(e.detail), { once: true });
    const consent = start();
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(consent.get()).toMatchObject({
      decided: true,
      method: 'gpc',
      gpc: true,
      persisted: true,
      choices: { necessary: true, preferences: false, analytics: false, marketing: false },
    });
    expect(document.cookie).toContain('~gpc~');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(document.querySelector('razem-consent-banner')).toBeNull();
  });

  it('can show the banner instead, with nothing switched on', async () => {
    sendGpc();
    const consent = start({ gpc: 'banner' });
    await openBanner();
    expect(consent.get()).toMatchObject({ decided: false, gpc: true });
    expect(Object.values(consent.get().choices).filter(Boolean)).toHaveLength(1);
  });
});

describe('asking again', () => {
  it('asks again after the policy revision changes', async () => {
    storeDecision({ revision: 1 });
    const consent = start({ revision: 2 });
    expect(consent.get()).toMatchObject({ decided: false, revision: 2 });
    await openBanner();
  });

  it('keeps the same anonymous consent id when asking again', async () => {
    const old = storeDecision({ revision: 1 });
    const consent = start({ revision: 2 });
    const state = await consent.acceptAll();
    expect(state.consentId).toBe(old.id);
  });

  it('asks again after a refusal is 6 months old, and after a consent is 12 months old', async () => {
    const refused = { necessary: true, preferences: false, analytics: false, marketing: false };
    storeDecision({ method: 'reject_all', choices: refused, decidedAt: Date.now() - 5 * MONTH });
    expect(start().get().decided).toBe(true);
    await cleanUp();
    storeDecision({ method: 'reject_all', choices: refused, decidedAt: Date.now() - 6 * MONTH - 86_400_000 });
    expect(start().get().decided).toBe(false);
    await cleanUp();
    storeDecision({ decidedAt: Date.now() - 11 * MONTH });
    expect(start().get().decided).toBe(true);
    await cleanUp();
    storeDecision({ decidedAt: Date.now() - 12 * MONTH - 86_400_000 });
    expect(start().get().decided).toBe(false);
  });
});

describe('storage', () => {
  it('keeps a decision in a first-party cookie and in localStorage', async () => {
    const consent = start();
    const state = await consent.accept(['analytics']);
    expect(state.persisted).toBe(true);
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('razem_consent='))!;
    expect(cookie.slice('razem_consent='.length)).toBe(localStorage.getItem('razem_consent'));
    // The next page reads it back.
    consent.destroy();
    expect(start().get()).toMatchObject({ decided: true, method: 'custom', consentId: state.consentId });
  });

  it('trusts whichever copy is valid when the other is corrupt or missing', async () => {
    const stored = storeDecision({}, 'local');
    document.cookie = 'razem_consent=garbage; Path=/';
    expect(start().get()).toMatchObject({ decided: true, consentId: stored.id });
    await cleanUp();
    const cookieOnly = storeDecision({}, 'cookie');
    localStorage.setItem('razem_consent', '1~broken');
    expect(start().get()).toMatchObject({ decided: true, consentId: cookieOnly.id });
  });

  it('prefers the newer copy when both are valid', () => {
    storeDecision({ decidedAt: Date.now() - 1000, method: 'reject_all' }, 'cookie');
    storeDecision({ decidedAt: Date.now(), method: 'accept_all' }, 'local');
    expect(start().get().method).toBe('accept_all');
  });

  it('works when localStorage throws: the cookie alone keeps the decision', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const consent = start();
    await openBanner();
    const state = await consent.acceptAll();
    expect(state).toMatchObject({ decided: true, persisted: true });
    consent.destroy();
    expect(start().get().decided).toBe(true);
  });

  it('works for this page only when cookies and localStorage both fail, and never counts that as consent', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const blocked = () => {
      throw new DOMException('cookies are disabled', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { get: blocked, set: blocked, configurable: true });
    try {
      gatedMarkup();
      const consent = start();
      await openBanner();
      const state = await consent.acceptAll();
      expect(state).toMatchObject({ decided: true, persisted: false });
      // Choices apply to this page…
      expect(window.inlineRuns).toBe(1);
      consent.destroy();
      // …but the next page asks again.
      expect(start().get().decided).toBe(false);
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });
});

describe('public API and events', () => {
  it('reports the state before and after a decision', async () => {
    const consent = start({ revision: 4 });
    expect(consent.get()).toMatchObject({
      decided: false,
      revision: 4,
      persisted: false,
      choices: { necessary: true, preferences: false, analytics: false, marketing: false },
    });
    expect(consent.get().consentId).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    const state = await consent.accept(['preferences']);
    expect(state).toMatchObject({ decided: true, method: 'custom', choices: { preferences: true, analytics: false } });
    expect(Date.parse(state.decidedAt!)).toBeGreaterThan(Date.now() - 5000);
    expect(consent.granted('preferences')).toBe(true);
    expect(consent.granted('necessary')).toBe(true);
    expect(consent.granted('marketing')).toBe(false);
  });

  it('tells listeners and fires one razem-consent-change per decision', async () => {
    const consent = start();
    const heard: string[] = [];
    const onEvent = (e: CustomEvent<ConsentState>) => heard.push(`event:${e.detail.method}`);
    document.addEventListener('razem-consent-change', onEvent);
    const stop = consent.onChange((s) => heard.push(`listener:${s.method}`));
    await consent.acceptAll();
    stop();
    await consent.rejectAll();
    document.removeEventListener('razem-consent-change', onEvent);
    expect(heard).toEqual(['listener:accept_all', 'event:accept_all', 'event:reject_all']);
  });

  it('exposes the manager as window.razemConsent', () => {
    const consent = start();
    expect(window.razemConsent).toBe(consent);
  });

  it('opens the settings layer on show("settings")', async () => {
    const consent = start();
    await consent.acceptAll();
    await consent.show('settings');
    const banner = await openBanner();
    expect(banner.shadowRoot!.querySelector('h2')!.textContent).toBe('Ustawienia plików cookie');
  });
});

describe('configuration in the page', () => {
  it('reads JSON, then the banner attributes, then the API meta tags', () => {
    const host = insert(`
      <meta name="razem:api-base" content="https://api.example.pl">
      <meta name="razem:api-key" content="rzm_pk_meta">
      <razem-consent-banner revision="3" layout="modal" cookie-domain="frgk.pl" consent-mode="off" lang="en" api-key="rzm_pk_attr">
        <script type="application/json">{"revision": 2, "privacyUrl": "/polityka", "categories": [{"id": "necessary", "required": true}]}</script>
      </razem-consent-banner>`);
    const config = readDomConfig(document);
    expect(config).toMatchObject({
      revision: 3,
      layout: 'modal',
      cookieDomain: 'frgk.pl',
      consentMode: false,
      language: 'en',
      apiKey: 'rzm_pk_attr',
      apiBase: 'https://api.example.pl',
      privacyUrl: '/polityka',
      categories: [{ id: 'necessary', required: true }],
    });
    host.remove();
  });

  it('ignores malformed JSON instead of breaking the page', () => {
    const host = insert(`<script type="application/json" id="razem-consent-config">{ not json</script>`);
    expect(() => readDomConfig(document)).not.toThrow();
    host.remove();
  });
});
