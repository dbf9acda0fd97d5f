/**
 * <razem-event-calendar> inside single-page apps: moved in the DOM, removed and added again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './event-calendar.define.js';
import type { RazemEventCalendar } from './event-calendar.js';
import { sampleMonth } from './fixtures.js';

const NOVEMBER = { year: 2025, month: 11 };
let host: HTMLElement;
let other: HTMLElement;

beforeEach(async () => {
  await page.viewport(1200, 900);
  document.documentElement.removeAttribute('lang');
  host = document.createElement('div');
  other = document.createElement('div');
  host.style.width = other.style.width = '1000px';
  document.body.append(host, other);
});
afterEach(() => {
  host.remove();
  other.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

async function mount(): Promise<RazemEventCalendar> {
  const el = document.createElement('razem-event-calendar');
  el.month = '2025-11';
  el.timeZone = 'Europe/Warsaw';
  el.events = sampleMonth(NOVEMBER);
  host.append(el);
  await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[role="grid"]')).toBeTruthy());
  return el;
}

const dialog = (el: RazemEventCalendar) => el.shadowRoot!.querySelector('dialog')!;

describe('<razem-event-calendar> in a single-page app', () => {
  it('keeps an open event’s dialog modal when the calendar is moved or removed and added again', async () => {
    const el = await mount();
    const [workshop] = sampleMonth(NOVEMBER);
    await userEvent.click(el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${workshop!.id}"]`)!);
    await vi.waitFor(() => expect(dialog(el).matches(':modal')).toBe(true));

    other.append(el); // moved (a layout re-parents it)
    await vi.waitFor(() => expect(dialog(el).matches(':modal')).toBe(true));
    el.remove(); // a route left, then came back to the kept element
    host.append(el);
    await vi.waitFor(() => expect(dialog(el).matches(':modal')).toBe(true));
    expect(el.shadowRoot!.querySelectorAll('dialog[open]')).toHaveLength(1);

    // Still a modal dialog: Escape closes it.
    dialog(el).focus();
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(dialog(el).open).toBe(false));
  });
});
