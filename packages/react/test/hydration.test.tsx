/**
 * Server rendering then hydration, as in Next.js or Remix: React renders the tag on the server,
 * the page's script defines the element (which upgrades at once), and React hydrates later. The
 * element must upgrade already configured from the server's HTML, not report "no api-base" until
 * hydration sets its properties.
 */
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, inject, it, vi } from 'vitest';
import { RazemPartnerList } from '../src/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement | undefined;
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  vi.restoreAllMocks();
});

it('a server-rendered partner list upgrades with its API address and lists the partners after hydration', async () => {
  const { url, publishableKey } = inject('razemApi');
  const consoleErrors = vi.spyOn(console, 'error');
  const failures: unknown[] = [];
  const page = <RazemPartnerList apiBase={url} apiKey={publishableKey} />;

  host = document.createElement('div');
  host.addEventListener('razem-load-failed', (event) => failures.push((event as CustomEvent).detail));
  host.innerHTML = renderToString(page);
  document.body.append(host);
  const list = host.querySelector('razem-partner-list')!;
  expect(list.getAttribute('api-base')).toBe(url);
  // Before hydration: upgraded and loading from the API, not in its "not configured" error.
  await list.updateComplete;

  await act(async () => void (root = hydrateRoot(host!, page)));
  await vi.waitFor(() => expect(list.shadowRoot!.querySelectorAll('[part~="item"]').length).toBeGreaterThan(0), { timeout: 10_000 });
  expect(failures).toEqual([]);
  // React 18 warns about `useLayoutEffect` when asked for a string inside a browser, as this test
  // does; on a real server `@lit/react` uses no layout effect.
  const errors = consoleErrors.mock.calls.map((args) => String(args[0])).filter((text) => !text.includes('useLayoutEffect does nothing on the server'));
  expect(errors).toEqual([]);
});
