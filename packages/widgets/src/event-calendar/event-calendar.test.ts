import type { ConsortiumEvent } from '@razem/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { dayNumber, isoDay, monthOf } from './dates.js';
import './event-calendar.define.js';
import type { RazemEventCalendar } from './event-calendar.js';
import { denseMonth, fixtureEvent, fixtureId, sampleMonth, zonedIso } from './fixtures.js';
import { systemTimeZone, zonedDay } from './zones.js';

// A past month, so "today" never falls in it (the list would then start from today).
const NOVEMBER = { year: 2025, month: 11 };
const nov = (day: number) => dayNumber(2025, 11, day);
let host: HTMLElement;

beforeEach(async () => {
  await page.viewport(1200, 900);
  // Start like a page without `lang` (the test runner's page says `en`).
  document.documentElement.removeAttribute('lang');
  host = document.createElement('div');
  host.style.width = '1000px';
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  document.documentElement.removeAttribute('lang');
  history.replaceState(null, '', location.pathname + location.search);
});

/** Adds a calendar with `events`, set up by `configure`, and waits for its grid or list. */
async function mount(
  events: ConsortiumEvent[] | undefined,
  configure: (el: RazemEventCalendar) => void = () => {},
): Promise<RazemEventCalendar> {
  const el = document.createElement('razem-event-calendar');
  el.month = '2025-11';
  el.timeZone = 'Europe/Warsaw';
  configure(el);
  if (events) el.events = events;
  host.append(el);
  await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[role="grid"], [part~="list"], [part~="state"]')).toBeTruthy());
  await el.updateComplete;
  return el;
}

const root = (el: RazemEventCalendar) => el.shadowRoot!;
const all = (el: RazemEventCalendar, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const cell = (el: RazemEventCalendar, day: number) => root(el).querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`)!;
const focusedDay = (el: RazemEventCalendar) => {
  const active = root(el).activeElement as HTMLElement | null;
  return active?.dataset.day ? isoDay(Number(active.dataset.day)) : undefined;
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const dialog = (el: RazemEventCalendar) => root(el).querySelector('dialog')!;
/** Waits for the details dialog (loaded on first use) to be open. */
const opened = (el: RazemEventCalendar) => vi.waitFor(() => expect(dialog(el).open && dialog(el).querySelector('#dialog-title')).toBeTruthy());
const chipTitles = (node: Element) => [...node.querySelectorAll('[part~="event"] .name')].map((n) => n.textContent);

describe('month grid', () => {
  it('shows the month Monday-first in Polish, six weeks, with today marked and one tab stop', async () => {
    const today = zonedDay(Date.now(), 'Europe/Warsaw');
    const ym = monthOf(today);
    const el = await mount(sampleMonth(ym), (e) => (e.month = ''));
    expect(text(root(el).querySelector('[part~="title"]'))).toBe(
      new Intl.DateTimeFormat('pl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(ym.year, ym.month - 1, 1)),
    );
    expect(all(el, '[role="columnheader"]').map((h) => h.getAttribute('aria-label'))).toEqual([
      'poniedziałek',
      'wtorek',
      'środa',
      'czwartek',
      'piątek',
      'sobota',
      'niedziela',
    ]);
    expect(all(el, '[role="row"]')).toHaveLength(7);
    expect(all(el, '[role="gridcell"]')).toHaveLength(42);
    const current = all(el, '[aria-current="date"]');
    expect(current.map((c) => isoDay(Number(c.dataset.day)))).toEqual([isoDay(today)]);
    expect(all(el, '[role="gridcell"][tabindex="0"]')).toEqual(current);
  });

  it('lists a day’s events in its cell, multi-day ones on every day, with status in words', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    expect(chipTitles(cell(el, nov(25)))).toEqual([
      'Konferencja „Transformacja a rozwój gospodarczy regionu”',
      'Spotkanie Klastra Obszaru Nowej Energii',
    ]);
    expect(chipTitles(cell(el, nov(26)))).toEqual(['Konferencja „Transformacja a rozwój gospodarczy regionu”']);
    expect(text(cell(el, nov(26)).querySelector('[part~="event"]'))).toContain('(cd.)');
    expect(chipTitles(cell(el, nov(17)))).toEqual(chipTitles(cell(el, nov(18))));
    expect(text(cell(el, nov(20)).querySelector('[part~="event"]'))).toBe('16:00 Odwołane: Panel: przedsiębiorczość po węglu');
    expect(text(cell(el, nov(25)).querySelectorAll('[part~="event"]')[1])).toBe(
      '10:00 Przełożone: Spotkanie Klastra Obszaru Nowej Energii',
    );
    // The cell names its date and how many events it has, for screen readers.
    expect(text(cell(el, nov(11)).querySelector('.vh'))).toBe('wtorek, 11 listopada 2025, 2 wydarzenia');
  });

  it('renders at most three rows per day with 5,000 events in the month, the rest behind "+N more"', async () => {
    const events = denseMonth(NOVEMBER, 5000);
    const el = await mount(events);
    const cells = all(el, '[role="gridcell"]');
    let shown = 0;
    let hidden = 0;
    for (const c of cells) {
      const chips = c.querySelectorAll('[part~="event"]').length;
      const more = c.querySelector('[part~="more"]');
      expect(chips + (more ? 1 : 0)).toBeLessThanOrEqual(3);
      shown += chips;
      hidden += more ? Number(text(more).match(/\d+/)![0]) : 0;
    }
    expect(shown).toBeLessThanOrEqual(42 * 3);
    // Every placement is accounted for: shown in a cell or counted in its "+N more".
    expect(shown + hidden).toBeGreaterThan(5000);
    expect(root(el).querySelectorAll('*').length).toBeLessThan(1200);
  });

  it('opens every event of a crowded day from "+N more"', async () => {
    const el = await mount(denseMonth(NOVEMBER, 500));
    const more = cell(el, nov(12)).querySelector<HTMLElement>('[part~="more"]')!;
    const count = Number(text(more).match(/\d+/)![0]) + cell(el, nov(12)).querySelectorAll('[part~="event"]').length;
    await userEvent.click(more);
    await opened(el);
    expect(text(dialog(el).querySelector('#dialog-title'))).toBe('środa, 12 listopada 2025');
    expect(dialog(el).querySelectorAll('.day-list [part~="event"]')).toHaveLength(count);
  });

  it('honours max-events and a week-start override', async () => {
    const el = await mount(denseMonth(NOVEMBER, 500), (e) => {
      e.maxEvents = 5;
      e.weekStart = 'sunday';
    });
    expect(root(el).querySelector('[role="columnheader"]')!.getAttribute('aria-label')).toBe('niedziela');
    const rows = (c: HTMLElement) => c.querySelectorAll('[part~="event"], [part~="more"]').length;
    expect(Math.max(...all(el, '[role="gridcell"]').map(rows))).toBe(5);
  });
});

describe('keyboard (APG grid)', () => {
  it('is one tab stop; arrows move by day and week, Home/End to the week’s ends', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    root(el).querySelector<HTMLButtonElement>('[data-view="list"]')!.focus();
    await userEvent.tab();
    // The month's first day holds the tab stop (1 November 2025, a Saturday).
    expect(focusedDay(el)).toBe('2025-11-01');
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedDay(el)).toBe('2025-11-02');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedDay(el)).toBe('2025-11-16');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedDay(el)).toBe('2025-11-15');
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedDay(el)).toBe('2025-11-08');
    await userEvent.keyboard('{End}');
    expect(focusedDay(el)).toBe('2025-11-09');
    await userEvent.keyboard('{Home}');
    expect(focusedDay(el)).toBe('2025-11-03');
    expect(all(el, '[role="gridcell"][tabindex="0"]')).toHaveLength(1);
    // Tab leaves the grid: nothing inside it takes a second tab stop.
    await userEvent.tab();
    expect(focusedDay(el)).toBeUndefined();
    await userEvent.tab({ shift: true });
    expect(focusedDay(el)).toBe('2025-11-03');
  });

  it('PageUp/PageDown change the month, Shift the year, announcing the month', async () => {
    const changes: unknown[] = [];
    host.addEventListener('razem-month-change', (e) => changes.push(e.detail));
    const el = await mount(sampleMonth(NOVEMBER));
    cell(el, nov(30)).focus();
    await userEvent.keyboard('{PageDown}');
    await el.updateComplete;
    expect(focusedDay(el)).toBe('2025-12-30');
    expect(el.month).toBe('2025-12');
    expect(el.getAttribute('month')).toBe('2025-12');
    expect(text(root(el).querySelector('.calendar > [role="status"]'))).toBe('grudzień 2025');
    await userEvent.keyboard('{Shift>}{PageUp}{/Shift}');
    await el.updateComplete;
    expect(focusedDay(el)).toBe('2024-12-30');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await el.updateComplete;
    expect(focusedDay(el)).toBe('2025-01-01');
    expect(text(root(el).querySelector('[part~="title"]'))).toBe('styczeń 2025');
    expect(changes).toEqual([
      { year: 2025, month: 12 },
      { year: 2024, month: 12 },
      { year: 2025, month: 1 },
    ]);
  });

  it('Enter opens the day’s events; Escape closes and returns focus to the day', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    cell(el, nov(11)).focus();
    await userEvent.keyboard('{Enter}');
    await opened(el);
    expect(text(dialog(el).querySelector('#dialog-title'))).toBe('wtorek, 11 listopada 2025');
    expect(chipTitles(dialog(el))).toEqual([]);
    expect([...dialog(el).querySelectorAll('.day-list [part~="event"]')].map(text)).toEqual([
      'Webinar: magazyny energii dla małych firm',
      'Konsultacje społeczne: strefa przemysłowa „W zielonym sercu transformacji”',
    ]);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(dialog(el).open).toBe(false));
    expect(focusedDay(el)).toBe('2025-11-11');
  });

  it('the toolbar moves months and Today comes back', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="1"]')!);
    expect(el.month).toBe('2025-12');
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="-1"]')!);
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="-1"]')!);
    expect(el.month).toBe('2025-10');
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="0"]')!);
    const today = monthOf(zonedDay(Date.now(), 'Europe/Warsaw'));
    expect(el.month).toBe(`${today.year}-${String(today.month).padStart(2, '0')}`);
  });
});

describe('event details', () => {
  const [workshop, , webinar, , panel] = sampleMonth(NOVEMBER);

  async function open(el: RazemEventCalendar, id: string): Promise<HTMLDialogElement> {
    await userEvent.click(root(el).querySelector<HTMLElement>(`[data-id="${id}"]`)!);
    await opened(el);
    return dialog(el);
  }

  it('opens in a modal dialog named by the title and gives focus back on close', async () => {
    const opened: unknown[] = [];
    host.addEventListener('razem-event-open', (e) => opened.push(e.detail));
    const el = await mount(sampleMonth(NOVEMBER), (e) => (e.organizerNames = { bkppt: 'BKPPT', arreks: 'ARREKS S.A.' }));
    const chip = root(el).querySelector<HTMLElement>(`[data-id="${workshop!.id}"]`)!;
    const d = await open(el, workshop!.id);
    expect(d.open).toBe(true);
    expect(d.matches(':modal')).toBe(true);
    expect(d.getAttribute('aria-labelledby')).toBe('dialog-title');
    expect(text(d.querySelector('#dialog-title'))).toBe(workshop!.title.pl);
    expect(opened).toEqual([{ id: workshop!.id }]);
    const facts = Object.fromEntries([...d.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).toEqual({
      Kiedy: 'wtorek, 4 listopada 2025, 10:00–14:00 CET',
      Gdzie: 'Siedziba BKPPT, ul. Czapliniecka 123, 97-400 Bełchatów',
      Organizatorzy: 'BKPPT, ARREKS S.A.',
      Rejestracja: 'Zarejestruj się (otwiera się w nowej karcie)',
    });
    expect(text(d.querySelector('.text'))).toContain('Zasady naborów FST');
    await userEvent.click(d.querySelector<HTMLElement>('.close button')!);
    await vi.waitFor(() => expect(d.open).toBe(false));
    expect(root(el).activeElement).toBe(chip);
  });

  it('downloads the event as an .ics file', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    const d = await open(el, workshop!.id);
    const link = d.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(text(link)).toBe('Pobierz plik .ics');
    expect(link.download).toBe('warsztaty-jak-przygotowac-wniosek-do-funduszu-na-rzecz.ics');
    // What the browser saves: the data URL's body.
    const ics = await (await fetch(link.href)).text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:${workshop!.id}@razem\r\n`);
    expect(unfolded).toContain('DTSTART:20251104T090000Z\r\n');
    expect(unfolded).toContain('DTEND:20251104T130000Z\r\n');
    expect(unfolded).toContain(`SUMMARY;LANGUAGE=pl:${workshop!.title.pl}\r\n`);
    expect(unfolded).toContain('LOCATION:Siedziba BKPPT\\, ul. Czapliniecka 123\\, 97-400 Bełchatów\r\n');
    expect(unfolded).toContain('Organizatorzy: bkppt\\, arreks');
  });

  it('links to Google Calendar and Outlook in new tabs, saying so', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    const d = await open(el, webinar!.id);
    const links = [...d.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')];
    expect(links.map((a) => text(a))).toEqual([
      'Dołącz online (otwiera się w nowej karcie)',
      'Zarejestruj się (otwiera się w nowej karcie)',
      'Kalendarz Google (otwiera się w nowej karcie)',
      'Outlook (otwiera się w nowej karcie)',
    ]);
    expect(links.every((a) => a.rel.includes('noopener'))).toBe(true);
    const google = new URL(links[2]!.href);
    expect(google.searchParams.get('dates')).toBe('20251111T110000Z/20251111T123000Z');
    expect(new URL(links[3]!.href).searchParams.get('subject')).toBe(webinar!.title.pl);
  });

  it('says a cancelled event is cancelled, in words', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    const d = await open(el, panel!.id);
    expect(text(d.querySelector('[part~="status"]'))).toBe('Odwołane');
    const ics = decodeURIComponent(d.querySelector<HTMLAnchorElement>('a[download]')!.href.split(',')[1]!);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SUMMARY;LANGUAGE=pl:Odwołane: Panel: przedsiębiorczość po węglu');
  });

  it('goes from a day’s list to an event and back', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    cell(el, nov(11)).focus();
    await userEvent.keyboard('{Enter}');
    await opened(el);
    await userEvent.click(dialog(el).querySelector<HTMLElement>(`[data-id="${webinar!.id}"]`)!);
    await el.updateComplete;
    expect(text(dialog(el).querySelector('#dialog-title'))).toBe(webinar!.title.pl);
    // The button that was focused is gone: the focus is on the new title, not lost to the page.
    expect(root(el).activeElement?.id).toBe('dialog-title');
    await userEvent.click(dialog(el).querySelector<HTMLElement>('[data-action="back"]')!);
    await el.updateComplete;
    expect(text(dialog(el).querySelector('#dialog-title'))).toBe('wtorek, 11 listopada 2025');
    // Back on the day's list, on the event just left.
    expect((root(el).activeElement as HTMLElement | null)?.dataset.id).toBe(webinar!.id);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(dialog(el).open).toBe(false));
    expect(focusedDay(el)).toBe('2025-11-11');
  });
});

describe('time zones', () => {
  it('shows a viewer in New York New York times, names the zone, keeps all-day events on their dates', async () => {
    const el = await mount(sampleMonth(NOVEMBER), (e) => (e.timeZone = 'America/New_York'));
    // November 2025 starts on New York's summer time and ends on its winter time.
    expect(text(root(el).querySelector('[part~="zone"]'))).toBe('Godziny według strefy: czas wschodnioamerykański (GMT-4 → GMT-5)');
    // The workshop at 10:00 in Warsaw is at 04:00 in New York.
    expect(text(cell(el, nov(4)).querySelector('.time'))).toBe('4:00');
    expect(chipTitles(cell(el, nov(17)))).toEqual(['Wizyta studyjna w Płockim Parku Przemysłowo-Technologicznym']);
    expect(chipTitles(cell(el, nov(16)))).toEqual([]);
    await userEvent.click(cell(el, nov(4)).querySelector<HTMLElement>('[part~="event"]')!);
    await opened(el);
    const when = text(dialog(el).querySelector('dd'));
    expect(when).toContain('04:00–08:00 GMT-5');
    expect(when).toContain('Czas lokalny wydarzenia: wt., 4 lis, 10:00–14:00 CET');
  });

  it.skipIf(systemTimeZone() === 'Europe/Warsaw')('names Warsaw time for a visitor elsewhere when pinned to it', async () => {
    const el = await mount(sampleMonth(NOVEMBER));
    expect(text(root(el).querySelector('[part~="zone"]'))).toBe('Godziny według strefy: czas środkowoeuropejski (GMT+1)');
  });

  it('names the offsets of the month shown, both of them in a month with a DST change', async () => {
    const el = await mount(sampleMonth(NOVEMBER), (e) => {
      e.timeZone = 'America/New_York';
      e.month = '2025-10';
    });
    expect(text(root(el).querySelector('[part~="zone"]'))).toBe('Godziny według strefy: czas wschodnioamerykański (GMT-4)');
    el.month = '2025-11';
    await el.updateComplete;
    expect(text(root(el).querySelector('[part~="zone"]'))).toBe('Godziny według strefy: czas wschodnioamerykański (GMT-4 → GMT-5)');
  });

  it('moves a late-evening Warsaw event to the next day for a viewer in Tokyo', async () => {
    const late = fixtureEvent({ id: fixtureId(7), startsAt: zonedIso(nov(25), 20 * 60), endsAt: zonedIso(nov(25), 21 * 60) });
    const el = await mount([late], (e) => (e.timeZone = 'Asia/Tokyo'));
    expect(chipTitles(cell(el, nov(25)))).toEqual([]);
    expect(text(cell(el, nov(26)).querySelector('[part~="event"]'))).toBe('4:00 Spotkanie konsorcjum');
  });
});

describe('list view', () => {
  it('lists each event once under its day, with times, kinds and places', async () => {
    const el = await mount(sampleMonth(NOVEMBER), (e) => (e.view = 'list'));
    expect(el.getAttribute('view')).toBe('list');
    const days = all(el, '[part~="date"]').map(text);
    expect(days[0]).toBe('wtorek, 4 listopada 2025');
    expect(days).toHaveLength(5);
    expect(all(el, '[part~="item"]')).toHaveLength(7);
    expect(text(all(el, '[part~="item"]')[0])).toBe(
      '10:00–14:00 Warsztaty: jak przygotować wniosek do Funduszu na rzecz Sprawiedliwej Transformacji Warsztaty · Siedziba BKPPT, ul. Czapliniecka 123, 97-400 Bełchatów',
    );
  });

  it('shows upcoming events of the current month, earlier ones on request', async () => {
    const today = zonedDay(Date.now(), 'Europe/Warsaw');
    const past = fixtureEvent({ id: fixtureId(1), startsAt: zonedIso(today - 1, 600), endsAt: zonedIso(today - 1, 660) });
    const next = fixtureEvent({ id: fixtureId(2), startsAt: zonedIso(today + 1, 600), endsAt: zonedIso(today + 1, 660) });
    const el = await mount([past, next], (e) => {
      e.month = '';
      e.view = 'list';
    });
    const ids = () => all(el, '[part~="item"] [data-id]').map((b) => b.dataset.id);
    const sameMonth = monthOf(today - 1).month === monthOf(today).month;
    expect(ids()).toEqual(monthOf(today + 1).month === monthOf(today).month ? [next.id] : []);
    if (sameMonth) {
      await userEvent.click(root(el).querySelector<HTMLElement>('[data-action="earlier"]')!);
      await el.updateComplete;
      expect(ids()[0]).toBe(past.id);
    }
  });

  it('ends with the way on to the next month', async () => {
    const moved = vi.fn();
    host.addEventListener('razem-month-change', (e) => moved((e as CustomEvent).detail));
    const el = await mount(sampleMonth(NOVEMBER), (e) => (e.view = 'list'));
    const next = root(el).querySelector<HTMLElement>('[data-action="next"]')!;
    expect(text(next)).toBe('Następny miesiąc: grudzień 2025');
    await userEvent.click(next);
    await el.updateComplete;
    expect(el.month).toBe('2025-12');
    expect(moved).toHaveBeenLastCalledWith({ year: 2025, month: 12 });
  });

  it('shows 50 events at a time', async () => {
    const el = await mount(denseMonth(NOVEMBER, 120), (e) => (e.view = 'list'));
    expect(all(el, '[part~="item"]')).toHaveLength(50);
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-action="more"]')!);
    await el.updateComplete;
    expect(all(el, '[part~="item"]')).toHaveLength(100);
  });

  it('replaces the grid with the list when narrower than narrow-width', async () => {
    host.style.width = '320px';
    const el = await mount(sampleMonth(NOVEMBER));
    await vi.waitFor(() => expect(root(el).querySelector('[part~="list"]')).not.toBeNull());
    expect(root(el).querySelector('[role="grid"]')).toBeNull();
    expect(root(el).querySelector('[data-view]')).toBeNull();
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    host.style.width = '900px';
    await vi.waitFor(() => expect(root(el).querySelector('[role="grid"]')).not.toBeNull());
  });

  it('drops the chips\' start times below 52rem and puts list items in one column below 30rem', async () => {
    const timeShown = (el: RazemEventCalendar) => getComputedStyle(root(el).querySelector('[part~="event"] .time:not(:empty)')!).display !== 'none';
    const el = await mount(sampleMonth(NOVEMBER));
    expect(timeShown(el)).toBe(true);
    // 45rem: still the month grid (narrow-width is 600 px), without times in the chips.
    host.style.width = '720px';
    await vi.waitFor(() => expect(timeShown(el)).toBe(false));
    host.style.width = '1000px';
    await vi.waitFor(() => expect(timeShown(el)).toBe(true));
    el.view = 'list';
    const columns = () => getComputedStyle(root(el).querySelector('[part~="item"]')!).gridTemplateColumns.split(' ').length;
    await vi.waitFor(() => expect(columns()).toBe(2));
    host.style.width = '400px';
    await vi.waitFor(() => expect(columns()).toBe(1));
  });

  it('takes the room it is given in a flex row or an inline-block, instead of collapsing to nothing', async () => {
    for (const display of ['flex', 'inline-block']) {
      host.style.cssText = `display: ${display}; width: 1000px`;
      const el = await mount(sampleMonth(NOVEMBER));
      await vi.waitFor(() => expect(root(el).querySelector('[role="grid"]'), display).not.toBeNull());
      expect(el.getBoundingClientRect().width, display).toBeGreaterThan(600);
      expect(el.getBoundingClientRect().width, display).toBeLessThanOrEqual(1000);
      el.remove();
    }
  });

  it('keeps the filter selects inside 320 px, however long an organizer name', async () => {
    host.style.width = '320px';
    const el = await mount(sampleMonth(NOVEMBER), (e) => {
      e.showFilters = true;
      e.organizerNames = {
        'klaster-one': 'Stowarzyszenie Klaster Obszaru Nowej Energii z siedzibą w Kleszczowie, ul. Główna 122',
      };
    });
    await vi.waitFor(() => expect(root(el).querySelectorAll('select')).toHaveLength(2));
    for (const select of root(el).querySelectorAll('select')) {
      expect(select.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    }
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
  });
});

describe('languages', () => {
  it('speaks English with Sunday-first weeks for en-US and Ukrainian with Monday-first', async () => {
    document.documentElement.lang = 'en-US';
    const el = await mount(sampleMonth(NOVEMBER));
    await vi.waitFor(() => expect(text(root(el).querySelector('[part~="title"]'))).toBe('November 2025'));
    expect(root(el).querySelector('[role="columnheader"]')!.getAttribute('aria-label')).toBe('Sunday');
    expect(text(root(el).querySelector('[data-nav="0"]'))).toBe('Today');
    expect(text(cell(el, nov(20)).querySelector('[part~="event"]'))).toBe('4:00 PM Cancelled: Panel: enterprise after coal');
    document.documentElement.lang = 'uk';
    await vi.waitFor(() => expect(text(root(el).querySelector('[part~="title"]'))).toMatch(/^листопад 2025/));
    expect(root(el).querySelector('[role="columnheader"]')!.getAttribute('aria-label')).toBe('понеділок');
    // No Ukrainian title: the Polish one, marked as Polish.
    const chip = cell(el, nov(20)).querySelector('[part~="event"] .name')!;
    expect(chip.getAttribute('lang')).toBe('pl');
  });
});

describe('deep links', () => {
  it('opens the month and event named in the hash and keeps the hash in step', async () => {
    const [workshop] = sampleMonth(NOVEMBER);
    history.replaceState(null, '', `#top&calendar=2025-11/${workshop!.id}`);
    const el = await mount(sampleMonth(NOVEMBER), (e) => {
      e.month = '';
      e.setAttribute('deep-link', '');
    });
    await vi.waitFor(() => expect(dialog(el).open).toBe(true));
    expect(el.month).toBe('2025-11');
    expect(text(dialog(el).querySelector('#dialog-title'))).toBe(workshop!.title.pl);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(location.hash).toBe('#top&calendar=2025-11'));
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="1"]')!);
    expect(location.hash).toBe('#top&calendar=2025-12');
    history.replaceState(null, '', '#calendar=2026-03');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.waitFor(() => expect(el.month).toBe('2026-03'));
  });

  it('closes the event and goes back to the current month when Back leaves an entry without the link', async () => {
    const [workshop] = sampleMonth(NOVEMBER);
    const el = await mount(sampleMonth(NOVEMBER), (e) => {
      e.month = '';
      e.setAttribute('deep-link', '');
    });
    // An in-page link to the event (a new history entry), then Back.
    location.hash = `calendar=2025-11/${workshop!.id}`;
    await vi.waitFor(() => expect(dialog(el)?.open).toBe(true));
    expect(el.month).toBe('2025-11');
    history.back();
    await vi.waitFor(() => expect(dialog(el).open).toBe(false));
    expect(location.hash).toBe('');
    const today = monthOf(zonedDay(Date.now(), 'Europe/Warsaw'));
    expect(text(root(el).querySelector('[part~="title"]'))).toBe(
      new Intl.DateTimeFormat('pl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(today.year, today.month - 1, 15)),
    );
  });

  it('ignores a link to a month outside 1970–2999', async () => {
    history.replaceState(null, '', '#calendar=0000-01');
    const el = await mount(sampleMonth(NOVEMBER), (e) => e.setAttribute('deep-link', ''));
    await el.updateComplete;
    expect(el.month).toBe('2025-11');
  });

  it('leaves the hash alone without deep-link', async () => {
    history.replaceState(null, '', '#calendar=2027-01');
    const el = await mount(sampleMonth(NOVEMBER));
    await userEvent.click(root(el).querySelector<HTMLElement>('[data-nav="1"]')!);
    expect(el.month).toBe('2025-12');
    expect(location.hash).toBe('#calendar=2027-01');
  });
});

describe('inline JSON', () => {
  it('reads events from a JSON child and loads no SDK code', async () => {
    const events = sampleMonth(NOVEMBER);
    host.innerHTML = `<razem-event-calendar month="2025-11" time-zone="Europe/Warsaw"><script type="application/json">${JSON.stringify({ data: events })}</script></razem-event-calendar>`;
    const el = host.querySelector('razem-event-calendar')!;
    await vi.waitFor(() => expect(root(el).querySelectorAll('[data-id]').length).toBeGreaterThan(0));
    expect(chipTitles(cell(el, nov(11)))).toHaveLength(2);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((url) => /event-calendar\/load\.ts|\/sdk\/|\/ky\/|zod/.test(url))).toEqual([]);
  });

  it('given `events` and then not, shows its own events again (a framework passing data, then none)', async () => {
    const events = sampleMonth(NOVEMBER);
    const el = await mount(events.slice(0, 1), (e) => {
      e.innerHTML = `<script type="application/json">${JSON.stringify(events)}</script>`;
    });
    expect(all(el, '[role="gridcell"] [part~="event"]').map((c) => c.dataset.id)).toEqual([events[0]!.id]);

    el.events = undefined;
    await vi.waitFor(() => expect(new Set(all(el, '[role="gridcell"] [part~="event"]').map((c) => c.dataset.id)).size).toBe(events.length));
  });

  it('filters by kind and organizer', async () => {
    const el = await mount(sampleMonth(NOVEMBER), (e) => (e.kinds = 'workshop,panel'));
    expect(all(el, '[role="gridcell"] [part~="event"]').map((c) => c.dataset.id)).toEqual([fixtureId(101), fixtureId(105)]);
    el.kinds = '';
    el.organizer = 'klaster-one';
    await el.updateComplete;
    expect(all(el, '[role="gridcell"] [part~="event"]').map((c) => c.dataset.id)).toEqual([fixtureId(103), fixtureId(106)]);
  });
});

describe('accessibility', () => {
  it('has no axe violations in the month grid, the list and the open dialog', async () => {
    const el = await mount([...sampleMonth(NOVEMBER), ...denseMonth(NOVEMBER, 200)], (e) => (e.showFilters = true));
    await expectNoAxeViolations(el);
    await userEvent.click(root(el).querySelector<HTMLElement>('[role="gridcell"] [part~="event"]')!);
    await opened(el);
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Escape}');
    el.view = 'list';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('has no axe violations in the dark theme', async () => {
    const el = await mount(sampleMonth(NOVEMBER), (e) => e.setAttribute('theme', 'dark'));
    await expectNoAxeViolations(el);
  });
});
