/**
 * <razem-idea-form>'s draft and outbox across visits, against the real API: the fill time of a
 * restored draft, a fresh anti-spam token for every attempt, an idea that waited too long, and an
 * answer the SDK could not read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cutConnections, fill, find, idea, mount, trackingCode } from './test-helpers.js';

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
});
