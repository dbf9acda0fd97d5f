import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { cleanUp, cookieNames, insert, openBanner, start } from '../consent/fixtures/harness.js';
import './consent-settings.define.js';
import type { RazemConsentSettings } from './consent-settings.js';

afterEach(cleanUp);

const mount = (markup = '<razem-consent-settings></razem-consent-settings>') =>
  insert(markup).querySelector<RazemConsentSettings>('razem-consent-settings')!;
const inner = (el: RazemConsentSettings) => el.shadowRoot!.querySelector('button')!;

describe('<razem-consent-settings>', () => {
  it('renders a button labelled in the page language, or the given text', () => {
    expect(mount('<razem-consent-settings lang="pl"></razem-consent-settings>').shadowRoot!.querySelector('slot')!.textContent).toBe(
      'Ustawienia plików cookie',
    );
    const english = mount('<div lang="en"><razem-consent-settings></razem-consent-settings></div>');
    expect(english.shadowRoot!.querySelector('slot')!.textContent).toBe('Cookie settings');
    const ukrainian = mount('<razem-consent-settings lang="uk"></razem-consent-settings>');
    expect(ukrainian.shadowRoot!.querySelector('slot')!.textContent).toBe('Налаштування файлів cookie');
    const own = mount('<razem-consent-settings>Moje ciasteczka</razem-consent-settings>');
    expect(own.shadowRoot!.querySelector('slot')!.assignedNodes()[0]!.textContent).toBe('Moje ciasteczka');
  });

  it('makes withdrawal as easy as consent: reopen, switch off, save', async () => {
    const consent = start();
    await consent.acceptAll();
    document.cookie = '_fbp=1; Path=/';
    const link = mount('<razem-consent-settings lang="pl"></razem-consent-settings>');
    await userEvent.click(inner(link));
    const banner = await openBanner();
    await vi.waitFor(() => expect(banner.shadowRoot!.querySelector('h2')!.textContent).toBe('Ustawienia plików cookie'));
    const marketing = [...banner.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')].at(-1)!;
    expect(marketing.checked).toBe(true);
    marketing.click();
    [...banner.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Zapisz wybór')!.click();
    await vi.waitFor(() => expect(consent.get().choices.marketing).toBe(false));
    await vi.waitFor(() => expect(cookieNames()).not.toContain('_fbp'));
    // Focus is back on the link that opened the settings.
    expect(document.activeElement).toBe(link);
    expect(link.shadowRoot!.activeElement).toBe(inner(link));
  });

  it('works from the keyboard', async () => {
    start();
    const link = mount('<razem-consent-settings lang="pl"></razem-consent-settings>');
    inner(link).focus();
    await userEvent.keyboard('{Enter}');
    const banner = await openBanner();
    await vi.waitFor(() => expect(banner.shadowRoot!.querySelector('h2')!.textContent).toBe('Ustawienia plików cookie'));
  });

  it('has no axe violations as a button or as a link', async () => {
    const host = insert(`
      <razem-consent-settings lang="pl"></razem-consent-settings>
      <razem-consent-settings lang="pl" variant="link"></razem-consent-settings>`);
    await expectNoAxeViolations(host);
  });
});
