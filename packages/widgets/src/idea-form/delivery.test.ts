/**
 * <razem-idea-form> against the real API when the network misbehaves: answers lost after the API
 * stored the idea, going offline mid-submission, reloads in between. Every request reaches the
 * real server (or fails before leaving, as offline requests do); the assertion that matters is
 * that however many attempts there were, exactly one of them stored an idea.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { testApi } from '../../test/api.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import type { RazemIdeaForm } from './idea-form.js';
import { cutConnections, fill, find, idea, mount, setOnline, text, trackingCode, usePage, type SentIdea } from './test-helpers.js';

const page = usePage();

/** Ideas the API stored: answers that were not replays of an earlier attempt. */
const stored = (sent: SentIdea[]) => sent.filter((s) => s.status === 201 && !s.replayed);

async function submit(el: RazemIdeaForm): Promise<void> {
  await userEvent.click(find(el, '[type="submit"]'));
}

describe('<razem-idea-form> on a bad network', () => {
  it('stores one idea when the answer is lost after the API stored it: the retry is replayed', async () => {
    const cut = cutConnections((attempt) => (attempt === 0 ? 'drop-answer' : 'pass'));
    page.restore = cut.restore;
    const el = await mount(page.host);
    await fill(el, idea);
    await submit(el);
    const code = await trackingCode(el);

    expect(cut.sent.length).toBeGreaterThanOrEqual(2);
    expect(new Set(cut.sent.map((s) => s.key)).size).toBe(1);
    expect(stored(cut.sent)).toHaveLength(1);
    expect(cut.sent.slice(1).every((s) => s.replayed && s.trackingCode === code)).toBe(true);
    expect(stored(cut.sent)[0]!.trackingCode).toBe(code);
  });

  it('keeps the idea through going offline mid-submission and a reload, then sends it once', async () => {
    // The first attempt reaches the API (stored, answer lost); then the connection is gone.
    let offline = true;
    const cut = cutConnections((attempt) => (attempt === 0 ? 'drop-answer' : offline ? 'fail' : 'pass'));
    page.restore = cut.restore;
    const queued = vi.fn();
    page.host.addEventListener('razem-idea-queued', (e) => queued((e as CustomEvent).detail.reason));
    const first = await mount(page.host, '', 'offline-test');
    await fill(first, idea);
    await userEvent.click(find(first, '[type="submit"]'));
    await vi.waitFor(() => expect(first.shadowRoot!.querySelector('[part~="queued"]')).toBeTruthy(), { timeout: 15_000 });
    setOnline(false);
    await vi.waitFor(() => expect(queued).toHaveBeenCalled());
    expect(stored(cut.sent)).toHaveLength(1);
    const [{ key, trackingCode: firstCode }] = stored(cut.sent) as [SentIdea];

    // Reload while offline: the queued idea is still there, and says so.
    page.host.innerHTML = '';
    const second = await mount(page.host, '', 'offline-test');
    await vi.waitFor(() =>
      expect(text(second, '#queued-message')).toBe(
        'Jesteś offline. Pomysł został zapisany na tym urządzeniu. Wyślemy go, gdy połączenie wróci, o ile ta strona będzie otwarta — możesz też wrócić na nią później (w ciągu 7 dni).',
      ),
    );
    expect(text(second, '[part~="queued"] .muted')).toBe(`„${idea.title}”`);
    await expectNoAxeViolations(second);

    // Back online: sent with the same key, replayed, one idea.
    offline = false;
    setOnline(true);
    const code = await trackingCode(second);
    expect(code).toBe(firstCode);
    expect(cut.sent.every((s) => s.key === key)).toBe(true);
    expect(stored(cut.sent)).toHaveLength(1);
    expect(localStorage.getItem('razem-idea-form:offline-test:/:outbox')).toBeNull();
    expect(localStorage.getItem('razem-idea-form:offline-test:/:draft')).toBeNull();
  });

  it('queues without trying while the browser says it is offline, and sends on `online`', async () => {
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const el = await mount(page.host);
    await fill(el, idea);
    setOnline(false);
    await submit(el);
    await vi.waitFor(() => expect(text(el, '#queued-message')).toMatch(/^Jesteś offline/));
    expect(cut.sent).toHaveLength(0);
    setOnline(true);
    await trackingCode(el);
    expect(stored(cut.sent)).toHaveLength(1);
  });

  it('shows progress on the button while sending, and ignores a second press', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const cut = cutConnections(() => 'pass');
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      await gate;
      return realFetch(input, init);
    };
    page.restore = () => {
      window.fetch = realFetch;
      cut.restore();
    };
    const el = await mount(page.host);
    await fill(el, idea);
    await submit(el);
    const button = find(el, '[type="submit"]');
    await vi.waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'));
    expect(button.textContent!.trim()).toBe('Wysyłanie…');
    // Pressed again (Playwright refuses to click an aria-disabled button; people and scripts can).
    button.click();
    find<HTMLInputElement>(el, '#title').form!.requestSubmit();
    release();
    await trackingCode(el);
    expect(cut.sent).toHaveLength(1);
  });

  it('waits out the minimum fill time instead of refusing a fast submission', async () => {
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const mounted = performance.now();
    const el = await mount(page.host, 'min-fill-time="1500"');
    await fill(el, idea);
    await submit(el);
    await trackingCode(el);
    expect(cut.sent).toHaveLength(1);
    expect(cut.sent[0]!.at - mounted).toBeGreaterThanOrEqual(1500);
    expect((cut.sent[0]!.body.spam as { fillTimeMs: number }).fillTimeMs).toBeGreaterThanOrEqual(0);
  });

  it('sends the honeypot only when something filled it, and the accepted notice version always', async () => {
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const el = await mount(page.host, 'privacy-notice-version="bkppt-2024-05"');
    const honeypot = find<HTMLInputElement>(el, '.hp input');
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    await fill(el, idea);
    await submit(el);
    await trackingCode(el);
    expect(cut.sent[0]!.body).toMatchObject({ privacyNoticeVersion: 'bkppt-2024-05', privacyConsent: true, locale: 'pl' });
    expect((cut.sent[0]!.body.spam as Record<string, unknown>).honeypot).toBeUndefined();
  });

  it('asks the token provider for a fresh anti-spam token on each submission', async () => {
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const el = await mount(page.host);
    let tokens = 0;
    el.tokenProvider = async () => `turnstile-token-${++tokens}`;
    await fill(el, idea);
    await submit(el);
    await trackingCode(el);
    expect((cut.sent[0]!.body.spam as Record<string, unknown>).token).toBe('turnstile-token-1');
  });

  it('lets a bot that fills the honeypot believe it succeeded, storing nothing', async () => {
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const el = await mount(page.host);
    await fill(el, idea);
    await userEvent.fill(find(el, '.hp input'), 'https://spam.example');
    await submit(el);
    const code = await trackingCode(el);
    expect((cut.sent[0]!.body.spam as Record<string, unknown>).honeypot).toBe('https://spam.example');
    const status = await fetch(`${testApi().url}/v1/ideas/status/${code}`);
    expect(status.status).toBe(404);
  });

  it('keeps the text and explains when the API refuses the idea for another reason', async () => {
    const failed = vi.fn();
    page.host.addEventListener('razem-idea-failed', (e) => failed((e as CustomEvent).detail.code));
    const el = await mount(page.host, `privacy-notice-version="${'v'.repeat(41)}"`);
    await fill(el, idea);
    await submit(el);
    await vi.waitFor(() =>
      expect(text(el, '[part~="notice"]')).toBe('Nie udało się wysłać pomysłu. Twój tekst został zachowany — spróbuj ponownie później.'),
    );
    // A 422 on a field the person cannot edit: no field explains it, so the page hears of it.
    expect(failed).toHaveBeenCalledWith('validation_failed');
    expect(find<HTMLInputElement>(el, '#title').value).toBe(idea.title);
  });
});

describe('<razem-idea-form> status', () => {
  it('shows the status of an idea from its tracking code, as typed by a person', async () => {
    const sent = await mount(page.host);
    await fill(sent, idea);
    await submit(sent);
    const code = await trackingCode(sent);

    const el = await mount(page.host, `mode="status"`);
    await vi.waitFor(() => expect(find(el, '#code')).toBeTruthy());
    await userEvent.fill(find(el, '#code'), code.toLowerCase().replaceAll('-', ' '));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toContain('Przyjęty'), { timeout: 15_000 });
    expect(find<HTMLInputElement>(el, '#code').value).toBe(code);
    expect(el.shadowRoot!.querySelector('[part~="secondary"]')).toBeNull(); // status only: no way "back"
  });

  it('moves focus to the status check opened from the success screen, not to the page', async () => {
    const el = await mount(page.host);
    await fill(el, idea);
    await submit(el);
    const code = await trackingCode(el);
    find(el, '[part~="success"] button').focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toContain(code), { timeout: 15_000 });
    expect(el.shadowRoot!.activeElement?.id).toBe('status-title');
    expect(document.activeElement).toBe(el);
  });

  it('checks a code from the tracking-code attribute and explains unknown or malformed codes', async () => {
    const el = await mount(page.host, 'mode="status" tracking-code="RZM-0000-0000"');
    await vi.waitFor(() =>
      expect(text(el, '#code-error')).toBe('Błąd: Nie znaleźliśmy pomysłu o tym kodzie. Sprawdź kod i spróbuj ponownie.'),
    );
    await userEvent.fill(find(el, '#code'), 'RZM-123');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(text(el, '#code-error')).toBe('Błąd: Wpisz kod zgłoszenia w formacie RZM-7K3Q-9XTB'));
    expect(el.shadowRoot!.activeElement?.id).toBe('code');
    await expectNoAxeViolations(el);
    expect(testApi().url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});
