/**
 * <razem-idea-form>'s draft and outbox across visits, against the real API: the fill time of a
 * restored draft, a fresh anti-spam token for every attempt, an idea that waited too long, and an
 * answer the SDK could not read.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { cutConnections, fill, find, idea, mount, stored, text, trackingCode, usePage } from './test-helpers.js';

const DAY = 24 * 60 * 60 * 1000;
const page = usePage();

const storageKey = (formId: string, kind: 'draft' | 'outbox') => `razem-idea-form:${formId}:${location.pathname}:${kind}`;
const { privacyConsent: _consent, ...typed } = idea;

describe('<razem-idea-form> across visits', () => {
  it('sends a draft started an hour ago at once, reporting the hour as its fill time (default minimum)', async () => {
    const startedAt = Date.now() - 60 * 60 * 1000;
    const draft = { v: 1, values: typed, key: 'restored-draft-key-0001', savedAt: Date.now() - 50 * 60 * 1000, startedAt };
    localStorage.setItem(storageKey('restored-fill', 'draft'), JSON.stringify(draft));
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const el = await mount(page.host, '', 'restored-fill', '', null);
    expect(find<HTMLInputElement>(el, '#title').value).toBe(idea.title);
    await fill(el, { privacyConsent: true });
    const pressed = performance.now();
    await userEvent.click(find(el, '[type="submit"]'));
    await trackingCode(el);
    // Not held back as if typed in a blink (the 3 s minimum), nor reported so to the API (which
    // would flag it). The bound leaves a busy machine time to load the sending code.
    expect(cut.sent[0]!.at - pressed).toBeLessThan(2500);
    expect((cut.sent[0]!.body.spam as { fillTimeMs: number }).fillTimeMs).toBeGreaterThanOrEqual(60 * 60 * 1000);
    expect(cut.sent[0]!.key).toBe('restored-draft-key-0001');
  });

  it('asks for a fresh anti-spam token for every attempt, and keeps none in the outbox', async () => {
    let reachable = false;
    const cut = cutConnections(() => (reachable ? 'pass' : 'fail'));
    page.restore = cut.restore;
    const el = await mount(page.host, '', 'token-attempts');
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

  it('does not send an idea that waited over 7 days: puts it back in the form and says why', async () => {
    const submission = {
      title: idea.title,
      description: idea.description,
      category: idea.category,
      authorRole: idea.authorRole,
      privacyNoticeVersion: 'razem-default-1',
      privacyConsent: true,
      locale: 'pl',
    };
    const entry = { v: 1, key: 'expired-outbox-key-01', submission, queuedAt: Date.now() - 8 * DAY, attempts: 4 };
    localStorage.setItem(storageKey('expired', 'outbox'), JSON.stringify(entry));
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const el = await mount(page.host, '', 'expired');
    await vi.waitFor(() =>
      expect(text(el, '[part~="notice"]')).toBe(
        'Ten pomysł czekał na wysłanie ponad 7 dni, więc nie wysłaliśmy go samoczynnie. Nie wiemy, czy do nas dotarł. Sprawdź tekst poniżej i wyślij go ponownie, jeśli nie masz jeszcze kodu zgłoszenia.',
      ),
    );
    expect(find<HTMLInputElement>(el, '#title').value).toBe(idea.title);
    expect(find<HTMLTextAreaElement>(el, '#description').value).toBe(idea.description);
    expect(find<HTMLSelectElement>(el, '#authorRole').value).toBe(idea.authorRole);
    expect(find<HTMLInputElement>(el, '#privacyConsent').checked).toBe(false);
    expect(stored('expired', 'outbox')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cut.sent).toHaveLength(0);
    await expectNoAxeViolations(el);

    // Sent again on purpose: a new request, with a new key.
    await fill(el, { privacyConsent: true });
    await userEvent.click(find(el, '[type="submit"]'));
    await trackingCode(el);
    expect(cut.sent.map((s) => s.key)).not.toContain('expired-outbox-key-01');
  });

  it('says the idea arrived when the API confirmed it in an answer the SDK could not read', async () => {
    const failed = vi.fn();
    page.host.addEventListener('razem-idea-failed', (e) => failed((e as CustomEvent).detail.code));
    const cut = cutConnections(() => 'garble-answer');
    page.restore = cut.restore;
    const el = await mount(page.host, '', 'garbled');
    await fill(el, idea);
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[part~="success"]')).toBeTruthy());
    expect(text(el, '[part~="success"]')).toContain('nie udało się odczytać kodu zgłoszenia');
    expect(el.shadowRoot!.querySelector('[part~="code"]')).toBeNull();
    expect(failed).toHaveBeenCalledWith('contract_mismatch');
    expect(cut.sent).toHaveLength(1);
    expect(cut.sent[0]!.status).toBe(201);
    // The draft ended with the stored idea: nothing invites sending it a second time.
    expect(stored('garbled', 'draft')).toBeNull();
    expect(stored('garbled', 'outbox')).toBeNull();
  });
});
