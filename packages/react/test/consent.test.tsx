/**
 * The consent wrappers in a React 19 app, in Chromium: `<RazemConsentBanner>` starts the consent
 * core from its props and attributes (its API among them), reports the visitor's decision
 * through `onRazemConsentChange`, and `<RazemConsentSettings>` reopens the settings afterwards. In its own file: the consent core is one per page.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ConsentState } from '@razem/widgets/consent';
import { RazemConsentBanner, RazemConsentSettings } from '../src/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const COOKIE = `razem_react_${Date.now()}`;
let host: HTMLElement;
let root: Root;

beforeAll(() => {
  document.documentElement.removeAttribute('lang');
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterAll(() => {
  act(() => root.unmount());
  host.remove();
  document.cookie = `${COOKIE}=; Path=/; Max-Age=0`;
  localStorage.removeItem(COOKIE);
});

describe('<RazemConsentBanner> and <RazemConsentSettings>', () => {
  it('asks, stores the decision, reports it to React and reopens from the settings link', async () => {
    const { url, publishableKey } = inject('razemApi');
    const changes: ConsentState[] = [];
    await act(async () =>
      root.render(
        <>
          <RazemConsentBanner
            layout="box"
            privacyUrl="/polityka-prywatnosci"
            cookie-name={COOKIE}
            api-base={url}
            api-key={publishableKey}
            onRazemConsentChange={(event) => changes.push(event.detail)}
          />
          <footer>
            <RazemConsentSettings variant="link" />
          </footer>
        </>,
      ),
    );
    const banner = host.querySelector('razem-consent-banner')!;
    // No stored decision: the core (started by the banner) opens it.
    await vi.waitFor(() => expect(banner.open).toBe(true), { timeout: 10_000 });
    expect(banner.layout).toBe('box');
    expect(banner.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe('/polityka-prywatnosci');

    const reject = [...banner.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Odrzuć wszystkie')!;
    await userEvent.click(reject);
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toMatchObject({ decided: true, method: 'reject_all', choices: { necessary: true, analytics: false, marketing: false } });
    expect(banner.open).toBe(false);
    expect(document.cookie).toContain(`${COOKIE}=`);

    const settings = host.querySelector('razem-consent-settings')!;
    expect(settings.getAttribute('variant')).toBe('link');
    await userEvent.click(settings.shadowRoot!.querySelector('button')!);
    await vi.waitFor(() => expect(banner.shadowRoot!.querySelector('h2')?.textContent).toBe('Ustawienia plików cookie'));
    expect(banner.open).toBe(true);
  });
});
