/**
 * Consent failure modes across a whole partner page (consent core and banner, partner list, idea
 * form, a gated analytics script), in Chromium against the real API with the fault proxy between
 * the page and the consent endpoint:
 * - cookies disabled, localStorage throwing and the consent API unreachable, all at once: the page
 *   works, no consent is assumed, the decision waits in memory and is stored once the network is
 *   back, and the next page asks again;
 * - a flaky API (answers lost after the API stored the record, then a 503): stored exactly once;
 * - cookies disabled alone: the decision lives on in localStorage.
 * What the consent core's own tests cover (each storage failing alone, the outbox across pages)
 * is not repeated here; proof of consent is read back through the admin SDK (`consents.list`).
 */
import '@razem/widgets/partner-list/define';
import '@razem/widgets/idea-form/define';
import { createConsentManager, type ConsentManager } from '@razem/widgets/consent';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands as browserCommands, userEvent } from 'vitest/browser';
import { report } from '../../src/stats.js';
import type { ResilienceCommands } from './commands.js';

declare global {
  interface Window {
    gatedRuns?: number;
  }
}

const { apiUrl, proxyUrl, publishableKey } = inject('resilience');
const commands = browserCommands as unknown as ResilienceCommands;
const managers: ConsentManager[] = [];
let host: HTMLElement;
const restore: (() => void)[] = [];

beforeEach(async () => {
  await commands.consentNetwork('up');
  host = document.createElement('div');
  document.body.append(host);
  delete window.gatedRuns;
});
afterEach(async () => {
  for (const manager of managers.splice(0)) manager.destroy();
  for (const undo of restore.splice(0)) undo();
  document.querySelectorAll('razem-consent-banner').forEach((el) => el.remove());
  host.remove();
  for (const pair of document.cookie.split('; ').filter(Boolean)) document.cookie = `${pair.split('=')[0]}=; Path=/; Max-Age=0`;
  localStorage.clear();
  await commands.consentNetwork('up');
});

/** The page the way a partner builds it: content, an analytics tag waiting for consent, the core. */
function openPage(): ConsentManager {
  host.innerHTML = `
    <script type="text/plain" data-razem-consent="analytics">window.gatedRuns = (window.gatedRuns || 0) + 1;</script>
    <razem-partner-list api-base="${apiUrl}" layout="compact"></razem-partner-list>
    <razem-idea-form api-base="${apiUrl}" api-key="${publishableKey}" min-fill-time="0" form-id="consent-${Date.now()}"></razem-idea-form>`;
  const manager = createConsentManager({ apiBase: proxyUrl, apiKey: publishableKey, language: 'pl', revision: 7 });
  managers.push(manager);
  return manager;
}

function disableCookies(): void {
  const blocked = () => {
    throw new DOMException('cookies are disabled', 'SecurityError');
  };
  Object.defineProperty(document, 'cookie', { get: blocked, set: blocked, configurable: true });
  restore.push(() => delete (document as { cookie?: string }).cookie);
}

function breakLocalStorage(): void {
  const blocked = () => {
    throw new DOMException('storage is blocked', 'SecurityError');
  };
  for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
    const spy = vi.spyOn(Storage.prototype, method).mockImplementation(blocked);
    restore.push(() => spy.mockRestore());
  }
}

/** Clicks a first-layer button of the banner the way a visitor does. */
async function decide(label: 'Akceptuj wszystkie' | 'Odrzuć wszystkie'): Promise<void> {
  let button: HTMLElement | undefined;
  await vi.waitFor(
    () => {
      const banner = document.querySelector('razem-consent-banner[open]');
      button = [...(banner?.shadowRoot?.querySelectorAll<HTMLElement>('button') ?? [])].find((b) => b.textContent?.trim() === label);
      expect(button).toBeDefined();
    },
    { timeout: 15_000 },
  );
  await userEvent.click(button!);
}

/** The page's content still works: partners listed, an idea submitted with a tracking code. */
async function expectPageWorks(): Promise<void> {
  const list = host.querySelector('razem-partner-list')!;
  await vi.waitFor(() => expect(list.shadowRoot?.querySelectorAll('[part~="item"]').length).toBeGreaterThan(0), { timeout: 15_000 });
  const form = host.querySelector('razem-idea-form')!;
  await vi.waitFor(() => expect(form.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 15_000 });
  const field = (name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  await userEvent.fill(field('title'), 'Zgoda zepsuta, formularz działa');
  await userEvent.fill(field('description'), 'Strona bez ciasteczek i bez localStorage dalej przyjmuje pomysły mieszkańców.');
  await userEvent.selectOptions(field('category'), 'social');
  await userEvent.selectOptions(field('authorRole'), 'resident');
  // The open banner bar may cover the end of the form; keyboard users reach it regardless.
  field('privacyConsent').focus();
  await userEvent.keyboard(' ');
  form.shadowRoot!.querySelector<HTMLElement>('button[type="submit"]')!.focus();
  await userEvent.keyboard('{Enter}');
  await vi.waitFor(() => expect(form.shadowRoot?.querySelector('[part~="code"]')?.textContent).toMatch(/RZM-/), { timeout: 20_000 });
}

describe('consent when everything fails at once', () => {
  it('keeps the page working, assumes nothing, holds the refusal in memory and stores it once the API is back', async ({ task }) => {
    disableCookies();
    breakLocalStorage();
    await commands.consentNetwork('down');

    const consent = openPage();
    expect(consent.get()).toMatchObject({ decided: false, choices: { analytics: false, marketing: false } });
    expect(window.gatedRuns).toBeUndefined();
    await expectPageWorks();

    await decide('Odrzuć wszystkie');
    await vi.waitFor(() => expect(consent.get()).toMatchObject({ decided: true, method: 'reject_all', persisted: false }));
    const { consentId } = consent.get();
    // The SDK tried (and retried) while the API was unreachable; nothing is stored yet.
    await vi.waitFor(async () => expect(await commands.consentAttempts()).toBeGreaterThanOrEqual(3), { timeout: 20_000 });
    expect(await commands.consentRecords(consentId)).toEqual([]);
    expect(window.gatedRuns).toBeUndefined();

    // The network comes back; the browser says so.
    await commands.consentNetwork('up');
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect(await commands.consentRecords(consentId)).toHaveLength(1), { timeout: 20_000 });
    const [record] = await commands.consentRecords(consentId);
    expect(record).toMatchObject({ method: 'reject_all', policyRevision: 7, language: 'pl', choices: { necessary: true, analytics: false, marketing: false } });

    // Nothing could be kept: the next page asks again and still runs nothing gated.
    consent.destroy();
    document.querySelectorAll('razem-consent-banner').forEach((el) => el.remove());
    const next = openPage();
    expect(next.get().decided).toBe(false);
    await vi.waitFor(() => expect(document.querySelector('razem-consent-banner[open]')).toBeTruthy(), { timeout: 15_000 });
    expect(window.gatedRuns).toBeUndefined();
    report(task.meta, { consent: { 'failure modes checked': 3, 'records queued then stored': 1 } });
  });
});

describe('consent on a flaky network', () => {
  it('stores a decision exactly once when answers are lost after the API stored it', async ({ task }) => {
    await commands.consentNetwork('flaky');
    const consent = openPage();
    await decide('Akceptuj wszystkie');
    await vi.waitFor(() => expect(window.gatedRuns).toBe(1));
    const { consentId } = consent.get();
    // Two answers lost and a 503: the SDK's retries are spent and the record stays queued…
    await vi.waitFor(async () => expect(await commands.consentAttempts()).toBeGreaterThanOrEqual(3), { timeout: 20_000 });
    await vi.waitFor(() => expect(localStorage.getItem('razem_consent_queue')).not.toBeNull());
    // …until the browser is online again: the same idempotency key gets the stored answer back.
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(localStorage.getItem('razem_consent_queue')).toBeNull(), { timeout: 20_000 });
    const records = await commands.consentRecords(consentId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ method: 'accept_all', choices: { analytics: true, marketing: true } });
    expect(await commands.consentAttempts()).toBeGreaterThanOrEqual(4);
    expect(window.gatedRuns).toBe(1);
    report(task.meta, { consent: { 'failure modes checked': 1, 'lost answers survived': 2 } });
  });
});

describe('consent with cookies disabled', () => {
  it('keeps the decision in localStorage, and the next page applies it without asking', async ({ task }) => {
    disableCookies();
    const consent = openPage();
    await decide('Akceptuj wszystkie');
    await vi.waitFor(() => expect(consent.get()).toMatchObject({ decided: true, persisted: true }));
    expect(window.gatedRuns).toBe(1);
    consent.destroy();
    document.querySelectorAll('razem-consent-banner').forEach((el) => el.remove());
    delete window.gatedRuns;
    const next = openPage();
    expect(next.get()).toMatchObject({ decided: true, method: 'accept_all' });
    await vi.waitFor(() => expect(window.gatedRuns).toBe(1));
    expect(document.querySelector('razem-consent-banner[open]')).toBeNull();
    report(task.meta, { consent: { 'failure modes checked': 1 } });
  });
});
