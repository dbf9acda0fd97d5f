import type { ConsortiumEvent, Partner } from '@razem/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEAD_API, testApi } from '../../test/api.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { monthOf, shiftMonth, type YearMonth } from './dates.js';
import './event-calendar.define.js';
import type { RazemEventCalendar } from './event-calendar.js';
import { gridInterval, type Interval } from './ranges.js';
import { zonedDay } from './zones.js';

const ZONE = 'Europe/Warsaw';
let host: HTMLElement;

beforeEach(async () => {
  await page.viewport(1200, 900);
  document.documentElement.removeAttribute('lang');
  host = document.createElement('div');
  host.style.width = '1000px';
  document.body.append(host);
  // The dev server serves every module as a request; keep room for all of them in the log.
  performance.setResourceTimingBufferSize(100_000);
  performance.clearResourceTimings();
});
afterEach(() => {
  host.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

/** Adds a calendar talking to `apiBase` and waits until it shows `done`. */
async function mount(
  apiBase: string | undefined,
  done: (el: RazemEventCalendar) => boolean,
  configure: (el: RazemEventCalendar) => void = () => {},
): Promise<RazemEventCalendar> {
  const el = document.createElement('razem-event-calendar');
  el.timeZone = ZONE;
  if (apiBase) el.apiBase = apiBase;
  configure(el);
  host.append(el);
  await vi.waitFor(() => expect(done(el)).toBe(true), { timeout: 15_000 });
  await el.updateComplete;
  return el;
}

const root = (el: RazemEventCalendar) => el.shadowRoot!;
const chips = (el: RazemEventCalendar) => [...root(el).querySelectorAll<HTMLElement>('[role="gridcell"] [part~="event"]')];
const hasEvents = (el: RazemEventCalendar) => chips(el).length > 0;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const dialog = (el: RazemEventCalendar) => root(el).querySelector('dialog')!;
const iso = (ms: number) => new Date(ms).toISOString();
const span = (i: Interval) => `${iso(i.from)}/${iso(i.to)}`;

/** Every distinct `from/to` the page asked `GET /v1/events` for, in order (later pages of one range count once). */
function requestedRanges(): string[] {
  const ranges = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname === '/v1/events')
    .map((url) => `${url.searchParams.get('from')}/${url.searchParams.get('to')}`);
  return [...new Set(ranges)];
}

describe('<razem-event-calendar> with the API', () => {
  const current: YearMonth = monthOf(zonedDay(Date.now(), ZONE));
  const grid = (delta: number) => gridInterval(shiftMonth(current, delta), 1, ZONE);

  it('fetches only the six weeks shown, then the rest of the neighbouring months, and serves revisits from the cache', async () => {
    const el = await mount(testApi().url, hasEvents);
    const shown = grid(0);
    // The next month's grid, then the previous one's, minus the weeks already loaded.
    const prefetched = [span({ from: shown.to, to: grid(1).to }), span({ from: grid(-1).from, to: shown.from })];
    await vi.waitFor(() => expect(requestedRanges()).toEqual([span(shown), ...prefetched]), { timeout: 10_000 });

    // Next month is already loaded: showing it costs only the prefetch of the month after.
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="1"]')!);
    await vi.waitFor(() => expect(requestedRanges()).toHaveLength(4), { timeout: 10_000 });
    expect(requestedRanges()[3]).toBe(span({ from: grid(1).to, to: grid(2).to }));

    // Back to this month and the one before: both cached, one more prefetch further back.
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="-1"]')!);
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="-1"]')!);
    await vi.waitFor(() => expect(requestedRanges()).toHaveLength(5), { timeout: 10_000 });
    expect(requestedRanges()[4]).toBe(span({ from: grid(-2).from, to: grid(-1).from }));
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="1"]')!);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requestedRanges()).toHaveLength(5);
    expect(hasEvents(el)).toBe(true);
  });

  it('shows the seeded events with organizer names from the partners', async () => {
    const el = await mount(testApi().url, hasEvents);
    const id = chips(el)[0]!.dataset.id!;
    const event = (await (await fetch(`${testApi().url}/v1/events/${id}`)).json()) as ConsortiumEvent;
    const partners = ((await (await fetch(`${testApi().url}/v1/partners?limit=100`)).json()) as { data: Partner[] }).data;
    await userEvent.click(chips(el)[0]!);
    await vi.waitFor(() => expect(text(dialog(el).querySelector('#dialog-title'))).toBe(event.title.pl));
    const names = event.organizerIds.map((organizer) => partners.find((p) => p.id === organizer)!.name);
    await vi.waitFor(() => {
      const organizers = [...dialog(el).querySelectorAll('dt')].find((dt) => text(dt) === 'Organizatorzy');
      expect(text(organizers?.nextElementSibling)).toBe(names.join(', '));
    });
    await expectNoAxeViolations(el);
  });

  it('asks the API for the chosen kinds only', async () => {
    const el = await mount(testApi().url, hasEvents, (e) => (e.kinds = 'workshop'));
    const kinds = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname === '/v1/events')
      .map((url) => url.searchParams.get('kind'));
    expect(new Set(kinds)).toEqual(new Set(['workshop']));
    await userEvent.click(chips(el)[0]!);
    await vi.waitFor(() => expect(text(dialog(el).querySelector('[part~="kind"]'))).toBe('Warsztaty'));
  });

  it('offers the subscription address of the real feed, and a webcal link', async () => {
    const el = await mount(testApi().url, hasEvents);
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-action="subscribe"]')!);
    await vi.waitFor(() => expect(dialog(el).querySelector('input')).not.toBeNull());
    const address = dialog(el).querySelector('input')!.value;
    expect(address).toBe(`${testApi().url}/v1/events.ics?lang=pl`);
    expect(dialog(el).querySelector<HTMLAnchorElement>('a[href^="webcal:"]')!.href).toBe(address.replace(/^http:/, 'webcal:'));
    expect(text(dialog(el))).toContain('jako kalendarz z internetu');
    const feed = await (await fetch(address)).text();
    expect(feed.startsWith('BEGIN:VCALENDAR')).toBe(true);
    await expectNoAxeViolations(el);
  });

  it('opens a deep-linked event outside the loaded months', async () => {
    const later = shiftMonth(current, 4);
    const range = gridInterval(later, 1, ZONE);
    const page = (await (await fetch(`${testApi().url}/v1/events?from=${iso(range.from)}&to=${iso(range.to)}`)).json()) as {
      data: ConsortiumEvent[];
    };
    const event = page.data.at(-1)!;
    const month = `${current.year}-${String(current.month).padStart(2, '0')}`;
    history.replaceState(null, '', `#calendar=${month}/${event.id}`);
    const el = await mount(testApi().url, () => true, (e) => e.setAttribute('deep-link', ''));
    await vi.waitFor(() => expect(dialog(el).open).toBe(true), { timeout: 10_000 });
    expect(text(dialog(el).querySelector('#dialog-title'))).toBe(event.title.pl);
  });

  it('shows an error with Retry when the API cannot be reached', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = vi.fn();
    host.addEventListener('razem-load-failed', failed);
    const el = await mount(DEAD_API, (e) => !!e.shadowRoot?.querySelector('[part~="error"]'));
    expect(failed).toHaveBeenCalledOnce();
    expect(text(root(el).querySelector('[role="alert"]'))).toContain('Nie udało się wczytać wydarzeń.');
    await userEvent.click(root(el).querySelector<HTMLElement>('[part~="error"] button')!);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledTimes(2), { timeout: 15_000 });
    // The page fixes its configuration: the calendar loads.
    el.apiBase = testApi().url;
    await vi.waitFor(() => expect(hasEvents(el)).toBe(true), { timeout: 15_000 });
    vi.restoreAllMocks();
  }, 40_000);

  it('with the filters shown, settles once the events and organizer names are in: no render after that', async () => {
    const el = await mount(testApi().url, hasEvents, (e) => (e.showFilters = true));
    const organizerSelect = () => root(el).querySelector<HTMLSelectElement>('select[name="organizer"]');
    // Organizer names come with the partners; the select lists them once they are in.
    await vi.waitFor(() => expect([...(organizerSelect()?.options ?? [])].map((o) => o.value)).toContain('bkppt'), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the idle-time prefetch of the neighbouring months
    let renders = 0;
    const counted = el as unknown as { update(changed: unknown): void };
    const update = counted.update.bind(el);
    counted.update = (changed) => {
      renders += 1;
      update(changed);
    };
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Before the fix, every render asked for the feed addresses again and re-rendered: ~2,000 a second.
    expect(renders).toBe(0);
    // It still reacts: choosing a kind renders again and shows only that kind.
    const kind = root(el).querySelector<HTMLSelectElement>('select[name="kind"]')!;
    await userEvent.selectOptions(kind, 'workshop');
    await vi.waitFor(() => expect(renders).toBeGreaterThan(0));
  });

  it('says what is missing when there is no API address', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(undefined, (e) => !!e.shadowRoot?.querySelector('[part~="error"]'));
    expect(text(root(el).querySelector('[role="alert"] p'))).toBe(
      'Brak adresu API: dodaj atrybut api-base lub znacznik <meta name="razem:api-base">.',
    );
    vi.restoreAllMocks();
  });
});
