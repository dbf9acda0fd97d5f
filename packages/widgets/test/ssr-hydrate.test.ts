/**
 * Server HTML from `@lit-labs/ssr` (rendered in Node by `ssr-global-setup.ts`) hydrated in
 * Chromium the way a partner's page does it: the declarative shadow roots are on screen before
 * any script; then Lit's hydration support, the page template's `hydrate()` (which hands the
 * elements their data) and the element definitions load. The elements must take over the server's
 * DOM — the very same nodes, not a fresh render — and respond to the visitor.
 */
// Must come before anything that loads Lit: it installs hydration into LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { RazemEventCalendar } from '../src/event-calendar/event-calendar.js';
import type { FilterChangeDetail, RazemPartnerList } from '../src/partner-list/partner-list.js';
import { calendarPage, partnerListPage } from './ssr-pages.js';

let container: HTMLElement;
const errors: unknown[][] = [];

beforeAll(() => {
  // Server and client must agree on the language: the runner's page says `en`, the server saw none.
  document.documentElement.removeAttribute('lang');
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
});
afterAll(() => {
  container?.remove();
  vi.restoreAllMocks();
});

/** Puts server HTML in the page the way the HTML parser would, declarative shadow roots included. */
function serve(html: string): HTMLElement {
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  container.setHTMLUnsafe(html);
  return container;
}

describe('hydrating server-rendered elements', () => {
  it('<razem-partner-list> keeps the server DOM and filters as the visitor types', async () => {
    const { html, data } = inject('ssrPartnerList');
    serve(html);
    const el = container.querySelector('razem-partner-list') as RazemPartnerList;
    // Before any script: already the full list, in a shadow root the parser attached.
    expect(customElements.get('razem-partner-list')).toBeUndefined();
    const serverItems = [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
    const serverSearch = el.shadowRoot!.querySelector('input[part~="search"]');
    expect(serverItems).toHaveLength(data.length);

    hydrate(partnerListPage(data), container);
    await import('../src/partner-list/partner-list.define.js');
    await el.updateComplete;

    // Hydrated, not re-rendered: the same nodes and no hydration error.
    expect(el).toBeInstanceOf(customElements.get('razem-partner-list')!);
    expect([...el.shadowRoot!.querySelectorAll('[part~="item"]')]).toEqual(serverItems);
    for (const [index, item] of serverItems.entries()) expect(el.shadowRoot!.querySelectorAll('[part~="item"]')[index]).toBe(item);
    expect(el.shadowRoot!.querySelector('input[part~="search"]')).toBe(serverSearch);
    expect(errors).toEqual([]);

    const changes: FilterChangeDetail[] = [];
    el.addEventListener('razem-filter-change', (event) => changes.push(event.detail));
    await userEvent.type(serverSearch as HTMLInputElement, 'ARREKS');
    await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).toHaveLength(1));
    expect(el.shadowRoot!.querySelector('[part~="name"]')!.textContent).toBe('Agencja Rozwoju Regionalnego ARREKS S.A.');
    expect(changes.at(-1)).toEqual({ kind: '', search: 'ARREKS', count: 1 });
    expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).toBe('Znaleziono 1 partnera');
  });

  it('<razem-event-calendar> keeps the server grid and moves the focus with the arrow keys', async () => {
    const { html, data } = inject('ssrCalendar');
    serve(html);
    const el = container.querySelector('razem-event-calendar') as RazemEventCalendar;
    expect(customElements.get('razem-event-calendar')).toBeUndefined();
    const serverGrid = el.shadowRoot!.querySelector('[role="grid"]');
    const serverCells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    const serverChips = [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
    expect(serverCells).toHaveLength(42);
    expect(serverChips.length).toBeGreaterThan(0);

    hydrate(calendarPage(data), container);
    await import('../src/event-calendar/event-calendar.define.js');
    await el.updateComplete;

    expect(el).toBeInstanceOf(customElements.get('razem-event-calendar')!);
    expect(el.shadowRoot!.querySelector('[role="grid"]')).toBe(serverGrid);
    const cells = [...el.shadowRoot!.querySelectorAll('[role="gridcell"]')];
    expect(cells.every((cell, index) => cell === serverCells[index])).toBe(true);
    const chips = [...el.shadowRoot!.querySelectorAll('[part~="event"]')];
    expect(chips.every((chip, index) => chip === serverChips[index])).toBe(true);
    expect(errors).toEqual([]);

    // The grid's single tab stop is the 1st of the month (today is not in it); arrows move it.
    const first = serverCells.find((cell) => cell.tabIndex === 0)!;
    first.focus();
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;
    expect(focused()).toBe(first.dataset.day);
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(focused()).toBe(String(Number(first.dataset.day) + 1)));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(focused()).toBe(String(Number(first.dataset.day) + 8)));
    // Still the server's cells, now with the roving tab stop moved.
    expect(el.shadowRoot!.activeElement).toBe(serverCells.find((cell) => cell.dataset.day === focused()));
    expect(el.shadowRoot!.activeElement!.getAttribute('tabindex')).toBe('0');
  });
});
