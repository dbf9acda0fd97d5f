import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { cleanUp, insert, openBanner, start } from '../consent/fixtures/harness.js';
import type { ConsentConfig } from '../consent/types.js';
import type { RazemConsentBanner } from './consent-banner.js';

beforeEach(() => document.documentElement.removeAttribute('lang'));
afterEach(cleanUp);

const shadow = (banner: HTMLElement) => banner.shadowRoot!;
const panel = (banner: HTMLElement) => shadow(banner).querySelector<HTMLElement>('.panel')!;
const buttons = (banner: HTMLElement) => [...shadow(banner).querySelectorAll<HTMLButtonElement>('button')];
const labels = (banner: HTMLElement) => buttons(banner).map((b) => b.textContent!.trim());
const button = (banner: HTMLElement, label: string) => buttons(banner).find((b) => b.textContent!.trim() === label)!;
const switches = (banner: HTMLElement) => [...shadow(banner).querySelectorAll<HTMLInputElement>('input[role="switch"]')];
const heading = (banner: HTMLElement) => shadow(banner).querySelector('h2')!.textContent;
/** The element focus is on, looking into shadow roots. */
const focused = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function showBanner(config: ConsentConfig = {}): Promise<RazemConsentBanner> {
  start({ privacyUrl: '/polityka-prywatnosci', ...config });
  return (await openBanner()) as RazemConsentBanner;
}

describe('first layer', () => {
  it('offers accept all, reject all and settings as three equal buttons', async () => {
    const banner = await showBanner({ layout: 'box' });
    expect(heading(banner)).toBe('Pliki cookie na tej stronie');
    expect(labels(banner)).toEqual(['Akceptuj wszystkie', 'Odrzuć wszystkie', 'Ustawienia']);
    const [accept, reject, settings] = buttons(banner).map((b) => ({
      className: b.className,
      width: b.getBoundingClientRect().width,
      height: b.getBoundingClientRect().height,
      background: getComputedStyle(b).backgroundColor,
      color: getComputedStyle(b).color,
      fontWeight: getComputedStyle(b).fontWeight,
    }));
    // Refusing looks and weighs exactly as much as accepting.
    expect(reject).toEqual(accept);
    expect(settings).toEqual(accept);
  });

  it('links the privacy policy', async () => {
    const banner = await showBanner();
    const link = shadow(banner).querySelector('a')!;
    expect(link.textContent).toBe('Polityka prywatności');
    expect(link.getAttribute('href')).toBe('/polityka-prywatnosci');
  });

  it('is a labelled region in the bar and box layouts, fixed over the page', async () => {
    const before = insert('<p>Treść strony</p>').getBoundingClientRect().top;
    const banner = await showBanner();
    expect(panel(banner).getAttribute('role')).toBe('region');
    expect(panel(banner).getAttribute('aria-labelledby')).toBe('t');
    expect(getComputedStyle(panel(banner)).position).toBe('fixed');
    // Nothing on the page moved when it appeared.
    expect(document.querySelector('[data-test] p')!.getBoundingClientRect().top).toBe(before);
  });

  it.each([
    ['bar', 'bottom', (r: DOMRect) => r.bottom === innerHeight && r.width === innerWidth],
    ['bar', 'top', (r: DOMRect) => r.top === 0 && r.width === innerWidth],
    ['box', 'bottom-left', (r: DOMRect) => r.left === 16 && r.bottom === innerHeight - 16],
    ['box', 'bottom-right', (r: DOMRect) => r.right === innerWidth - 16 && r.bottom === innerHeight - 16],
    ['box', 'top-right', (r: DOMRect) => r.right === innerWidth - 16 && r.top === 16],
  ] as const)('places the %s at %s', async (layout, position, placed) => {
    const banner = await showBanner({ layout, position });
    const rect = panel(banner).getBoundingClientRect();
    expect(placed(rect), JSON.stringify(rect)).toBe(true);
  });

  it('is a modal dialog in the modal layout', async () => {
    const banner = await showBanner({ layout: 'modal' });
    const dialog = panel(banner);
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('t');
    // Opened on page load as a modal: focus moves into it.
    expect(focused()?.tagName).toBe('H2');
  });

  it('speaks English and Ukrainian', async () => {
    const english = await showBanner({ language: 'en' });
    expect(labels(english)).toEqual(['Accept all', 'Reject all', 'Settings']);
    await cleanUp();
    const ukrainian = await showBanner({ language: 'uk' });
    expect(labels(ukrainian)).toEqual(['Прийняти всі', 'Відхилити всі', 'Налаштування']);
    expect(panel(ukrainian).lang).toBe('uk');
  });

  it('takes copy overrides from the configuration', async () => {
    const banner = await showBanner({ texts: { pl: { title: 'Ciasteczka w Kleszczowie' } } });
    expect(heading(banner)).toBe('Ciasteczka w Kleszczowie');
  });

  it('accepts and rejects with one click and closes', async () => {
    const banner = await showBanner();
    const consent = window.razemConsent!;
    button(banner, 'Odrzuć wszystkie').click();
    await vi.waitFor(() => expect(consent.get().method).toBe('reject_all'));
    expect(banner.open).toBe(false);
    expect(getComputedStyle(panel(banner)).display).toBe('none');
  });
});

describe('settings layer', () => {
  it('lists every category with its description and services, nothing switched on', async () => {
    const banner = await showBanner({
      categories: [
        { id: 'necessary', required: true },
        { id: 'analytics', services: [{ id: 'matomo', name: 'Matomo', description: 'Statystyki odwiedzin' }] },
        { id: 'marketing' },
      ],
    });
    button(banner, 'Ustawienia').click();
    await vi.waitFor(() => expect(heading(banner)).toBe('Ustawienia plików cookie'));
    const [necessary, analytics, marketing] = switches(banner);
    expect([necessary!.checked, necessary!.disabled]).toEqual([true, true]);
    expect([analytics!.checked, analytics!.disabled]).toEqual([false, false]);
    expect(marketing!.checked).toBe(false);
    expect(shadow(banner).querySelector(`label[for="${analytics!.id}"]`)!.textContent).toContain('Analityczne');
    expect(shadow(banner).getElementById(analytics!.getAttribute('aria-describedby')!)!.textContent).toContain(
      'jak korzystasz ze strony',
    );
    expect(shadow(banner).querySelector('details')!.textContent).toContain('Matomo – Statystyki odwiedzin');
  });

  it('saves exactly the categories switched on', async () => {
    const banner = await showBanner();
    button(banner, 'Ustawienia').click();
    await vi.waitFor(() => expect(switches(banner)).toHaveLength(4));
    switches(banner)[2]!.click(); // analytics
    button(banner, 'Zapisz wybór').click();
    const consent = window.razemConsent!;
    await vi.waitFor(() => expect(consent.get().decided).toBe(true));
    expect(consent.get()).toMatchObject({
      method: 'custom',
      choices: { necessary: true, preferences: false, analytics: true, marketing: false },
    });
  });

  it('shows the current choices when reopened to change them', async () => {
    const consent = start();
    await consent.accept(['marketing']);
    await consent.show('settings');
    const banner = await openBanner();
    expect(switches(banner).map((s) => s.checked)).toEqual([true, false, false, true]);
  });

  it('mentions Global Privacy Control when the browser sends it', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const banner = await showBanner({ gpc: 'banner' });
    button(banner, 'Ustawienia').click();
    await vi.waitFor(() => expect(shadow(banner).textContent).toContain('Global Privacy Control'));
    expect(switches(banner).filter((s) => s.checked)).toHaveLength(1);
  });
});

describe('keyboard', () => {
  it('can be used with the keyboard alone: reach, open settings, switch, save', async () => {
    const banner = await showBanner();
    // The banner comes first in the page: the first Tab reaches it.
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(focused()?.textContent).toBe('Polityka prywatności');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(focused()?.textContent?.trim()).toBe('Ustawienia');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(heading(banner)).toBe('Ustawienia plików cookie'));
    expect(focused()?.tagName).toBe('H2');
    await userEvent.tab(); // privacy link
    await userEvent.tab(); // preferences (necessary is disabled)
    await userEvent.tab(); // analytics
    expect(focused()).toBe(switches(banner)[2]);
    await userEvent.keyboard(' ');
    expect(switches(banner)[2]!.checked).toBe(true);
    await userEvent.tab(); // marketing
    await userEvent.tab(); // save
    expect(focused()?.textContent?.trim()).toBe('Zapisz wybór');
    await userEvent.keyboard('{Enter}');
    const consent = window.razemConsent!;
    await vi.waitFor(() => expect(consent.get().decided).toBe(true));
    expect(consent.get().choices).toMatchObject({ analytics: true, marketing: false, preferences: false });
  });

  it('leaves the settings layer with Esc, and Esc is never a choice', async () => {
    const banner = await showBanner({ layout: 'modal' });
    button(banner, 'Ustawienia').click();
    await vi.waitFor(() => expect(heading(banner)).toBe('Ustawienia plików cookie'));
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(heading(banner)).toBe('Pliki cookie na tej stronie'));
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Escape}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(banner.open).toBe(true);
    expect(panel(banner).matches(':modal')).toBe(true);
    expect(window.razemConsent!.get().decided).toBe(false);
  });

  it('keeps focus inside the modal', async () => {
    const outside = insert('<button type="button">Przycisk strony</button>').querySelector('button')!;
    const banner = await showBanner({ layout: 'modal' });
    for (let i = 0; i < 8; i++) {
      await userEvent.tab();
      expect(focused()).not.toBe(outside);
      if (focused() !== document.body) expect(banner.shadowRoot!.contains(focused())).toBe(true);
    }
  });

  it('does not trap focus in the bar layout', async () => {
    const outside = insert('<button type="button">Przycisk strony</button>').querySelector('button')!;
    await showBanner();
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 5 && focused() !== outside; i++) await userEvent.tab();
    expect(focused()).toBe(outside);
  });

  it('returns focus to what reopened it, and Esc closes a banner reopened after a decision', async () => {
    const consent = start();
    await consent.acceptAll();
    const trigger = insert('<button type="button">Zmień zgodę</button>').querySelector('button')!;
    trigger.addEventListener('click', () => void consent.show('settings'));
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const banner = await openBanner();
    await vi.waitFor(() => expect(focused()?.tagName).toBe('H2'));
    await userEvent.keyboard('{Escape}');
    expect(banner.open).toBe(false);
    expect(document.activeElement).toBe(trigger);
    expect(consent.get().method).toBe('accept_all');
  });
});

describe('accessibility', () => {
  it.each([
    ['bar', 'light'],
    ['box', 'dark'],
    ['modal', 'light'],
  ] as const)('has no axe violations: %s layout, %s theme, both layers', async (layout, theme) => {
    const banner = await showBanner({ layout });
    banner.setAttribute('theme', theme);
    await expectNoAxeViolations(banner);
    button(banner, 'Ustawienia').click();
    await vi.waitFor(() => expect(switches(banner)).toHaveLength(4));
    await expectNoAxeViolations(banner);
  });
});
