/**
 * Server rendering then hydration, as in Next.js or Remix: React renders the tag on the server,
 * the page's script defines the element (which upgrades at once), and React hydrates later. The
 * element must upgrade already configured from the server's HTML, not report "no api-base" until
 * hydration sets its properties.
 */
import * as React from 'react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, inject, it, vi } from 'vitest';
import { RazemEventCalendar, RazemPartnerList, type RazemEventCalendarElement, type RazemPartnerListElement } from '../src/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Partner = NonNullable<RazemPartnerListElement['partners']>[number];
type ConsortiumEvent = NonNullable<RazemEventCalendarElement['events']>[number];

let host: HTMLElement | undefined;
let root: Root | undefined;

/** Puts the server's HTML of `page` in the document, as a browser receives it. */
function serverRender(page: React.ReactElement): HTMLElement {
  host = document.createElement('div');
  host.innerHTML = renderToString(page);
  document.body.append(host);
  return host;
}

/** Hydrates `page` over the server's HTML; resolves with the errors React recovered from by rebuilding. */
async function hydrate(page: React.ReactElement): Promise<string[]> {
  const rebuilt: string[] = [];
  await act(async () => void (root = hydrateRoot(host!, page, { onRecoverableError: (error) => rebuilt.push(String(error)) })));
  return rebuilt;
}

/** Console errors, less React 18's note about layout effects when rendering to a string in a browser. */
const reactErrors = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.map((args) => String(args[0])).filter((text) => !text.includes('useLayoutEffect does nothing on the server'));
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

it('keeps a server-rendered partner list whose partners arrived before hydration, JSON-LD included', async () => {
  const { url, publishableKey } = inject('razemApi');
  const consoleErrors = vi.spyOn(console, 'error');
  const page = <RazemPartnerList apiBase={url} apiKey={publishableKey} />;
  const list = serverRender(page).querySelector('razem-partner-list')!;
  // The element fills in the JSON-LD placeholder the server rendered, instead of adding a child
  // React did not render (which made hydration fail and rebuild the element, refetching).
  await vi.waitFor(() => expect(list.querySelector('script[type="application/ld+json"]')?.textContent).toContain('Organization'), { timeout: 10_000 });

  expect(await hydrate(page)).toEqual([]);
  expect(host!.querySelector('razem-partner-list')).toBe(list);
  expect(list.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
  expect(list.shadowRoot!.querySelectorAll('[part~="item"]').length).toBeGreaterThan(0);
  expect(reactErrors(consoleErrors)).toEqual([]);
});

it('shows partners given as a prop from the server HTML on, before hydration', async () => {
  const { url } = inject('razemApi');
  const { data } = (await (await fetch(`${url}/v1/partners`)).json()) as { data: Partner[] };
  // Text that must stay text in the inline JSON: no `</script>` may end it early.
  const partners = [...data, { ...data[0]!, id: 'tricky', name: 'Tricky </script><b>bold</b>' }];
  const failures: unknown[] = [];
  const consoleErrors = vi.spyOn(console, 'error');
  const page = <RazemPartnerList partners={partners} />;
  serverRender(page).addEventListener('razem-load-failed', (event) => failures.push((event as CustomEvent).detail));
  const list = host!.querySelector('razem-partner-list')!;
  const names = () => [...list.shadowRoot!.querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim());
  await vi.waitFor(() => expect(names()).toHaveLength(partners.length));
  expect(names()).toContain('Tricky </script><b>bold</b>');

  expect(await hydrate(page)).toEqual([]);
  expect(host!.querySelector('razem-partner-list')).toBe(list);
  expect(list.partners).toBe(partners);
  // After hydration the property carries the data; the inline copy is gone.
  await vi.waitFor(() => expect(list.querySelector('script[type="application/json"]')).toBeNull());
  expect(names()).toHaveLength(partners.length);
  expect(failures).toEqual([]);
  expect(reactErrors(consoleErrors)).toEqual([]);
});

it('shows events given as a prop from the server HTML on, before hydration', async () => {
  const event: ConsortiumEvent = {
    id: 'ssr-meeting',
    title: { pl: 'Spotkanie konsorcjum' },
    kind: 'workshop',
    status: 'scheduled',
    allDay: false,
    startsAt: '2026-03-10T10:00:00+01:00',
    endsAt: '2026-03-10T12:00:00+01:00',
    timeZone: 'Europe/Warsaw',
    organizerIds: [],
    updatedAt: '2026-01-15T09:00:00+01:00',
  };
  const consoleErrors = vi.spyOn(console, 'error');
  const page = <RazemEventCalendar month="2026-03" timeZone="Europe/Warsaw" narrowWidth={0} events={[event]} />;
  const calendar = serverRender(page).querySelector('razem-event-calendar')!;
  await vi.waitFor(() => expect(calendar.shadowRoot?.querySelector('[part~="event"]')?.textContent).toContain('Spotkanie konsorcjum'));

  expect(await hydrate(page)).toEqual([]);
  expect(host!.querySelector('razem-event-calendar')).toBe(calendar);
  await vi.waitFor(() => expect(calendar.querySelector('script[type="application/json"]')).toBeNull());
  expect(calendar.shadowRoot!.querySelector('[part~="event"]')?.textContent).toContain('Spotkanie konsorcjum');
  expect(reactErrors(consoleErrors)).toEqual([]);
});
