/**
 * <razem-idea-form>'s draft and outbox across visits, against the real API: the fill time of a
 * restored draft, a fresh anti-spam token for every attempt, an idea that waited too long, and an
 * answer the SDK could not read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cutConnections, fill, find, idea, mount, stored, trackingCode } from './test-helpers.js';

let host: HTMLElement;
let restore: (() => void) | undefined;

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  restore?.();
  restore = undefined;
  host.remove();
  for (const key of Object.keys(localStorage)) if (key.startsWith('razem-idea-form:')) localStorage.removeItem(key);
});

const storageKey = (formId: string, kind: 'draft' | 'outbox') => `razem-idea-form:${formId}:${location.pathname}:${kind}`;
const { privacyConsent: _consent, ...typed } = idea;

describe('<razem-idea-form> across visits', () => {
  it('sends a draft started an hour ago at once, reporting the hour as its fill time (default minimum)', async () => {
    const startedAt = Date.now() - 60 * 60 * 1000;
    const draft = { v: 1, values: typed, key: 'restored-draft-key-0001', savedAt: Date.now() - 50 * 60 * 1000, startedAt };
    localStorage.setItem(storageKey('restored-fill', 'draft'), JSON.stringify(draft));
    const cut = cutConnections(() => 'pass');
    restore = cut.restore;
    const el = await mount(host, '', 'restored-fill', '', null);
    expect(find<HTMLInputElement>(el, '#title').value).toBe(idea.title);
    await fill(el, { privacyConsent: true });
    const pressed = performance.now();
    await userEvent.click(find(el, '[type="submit"]'));
    await trackingCode(el);
    // Not held back as if typed in a blink, nor reported so to the API (which would flag it).
    expect(cut.sent[0]!.at - pressed).toBeLessThan(1500);
    expect((cut.sent[0]!.body.spam as { fillTimeMs: number }).fillTimeMs).toBeGreaterThanOrEqual(60 * 60 * 1000);
    expect(cut.sent[0]!.key).toBe('restored-draft-key-0001');
  });

  it('asks for a fresh anti-spam token for every attempt, and keeps none in the outbox', async () => {
    let reachable = false;
    const cut = cutConnections(() => (reachable ? 'pass' : 'fail'));
    restore = cut.restore;
    const el = await mount(host, '', 'token-attempts');
    let tokens = 0;
    el.tokenProvider = async () => `turnstile-token-${++tokens}`;
    await fill(el, idea);
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[part~="queued"]')).toBeTruthy(), { timeout: 15_000 });
    expect(stored('token-attempts', 'outbox')).not.toBeNull();
    expect(JSON.stringify(stored('token-attempts', 'outbox'))).not.toContain('turnstile-token');

    reachable = true;
    await userEvent.click(find(el, '[part~="queued"] button'));
    await trackingCode(el);
    const sentTokens = cut.sent.map((s) => (s.body.spam as { token?: string }).token);
    // The SDK's own retries repeat one attempt's request; every new attempt asks for a new token.
    expect(sentTokens[0]).toBe('turnstile-token-1');
    expect(sentTokens.at(-1)).toBe('turnstile-token-2');
    expect(new Set(cut.sent.map((s) => s.key)).size).toBe(1);
  });
});
