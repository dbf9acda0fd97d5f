/**
 * Stories of <razem-event-calendar>: both views and every state a designer reviews, each also a
 * Chromium test (apps/storybook/vitest.config.ts, with axe) in every theme and language of the
 * toolbar. The API is answered by MSW from contract-valid fixtures, by the requested range like
 * the real one; the dense months skip the API (`events` property), as the bench does.
 */
import type { ConsortiumEvent, Partner } from '@razem/contract';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { isoMonth, monthOf, shiftMonth } from './dates.js';
import './event-calendar.define.js';
import type { RazemEventCalendar } from './event-calendar.js';
import { denseMonth, fixtureEvent, fixtureId, sampleMonth, zonedIso } from './fixtures.js';
import { zonedDay } from './zones.js';

/** The local API of the docs (see "Embed in two minutes"); MSW answers it in Storybook. */
const API = 'http://127.0.0.1:8787';
const today = zonedDay(Date.now(), 'Europe/Warsaw');
const current = monthOf(today);
const MONTH = isoMonth(current);

/** This month and its neighbours, so navigating and prefetching find events. */
const seed = (): ConsortiumEvent[] => [-1, 0, 1].flatMap((delta) => sampleMonth(shiftMonth(current, delta)).map((e, i) => ({ ...e, id: fixtureId(1000 * (delta + 2) + i) })));

/** Titles as long as real Polish announcements get. */
const longTitles = (): ConsortiumEvent[] =>
  sampleMonth(current).map((event, i) => ({
    ...event,
    title: {
      pl: `${event.title.pl} — spotkanie otwarte dla mieszkańców, samorządowców i przedsiębiorców regionu bełchatowskiego (część ${i + 1})`,
    },
  }));

const PARTNERS: Partner[] = [
  ['bkppt', 'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny Sp. z o.o.', 'BKPPT', 'technology_park', 'coordinator'],
  ['frgk', 'Fundacja Rozwoju Gminy Kleszczów', 'FRGK', 'foundation', 'member'],
  ['arreks', 'Agencja Rozwoju Regionalnego ARREKS S.A.', 'ARREKS', 'development_agency', 'member'],
  ['rig-belchatow', 'Regionalna Izba Gospodarcza w Bełchatowie', 'RIG', 'chamber_of_commerce', 'member'],
  ['klaster-one', 'Stowarzyszenie Klaster Obszaru Nowej Energii', 'Klaster ONE', 'cluster', 'associate'],
  ['gmina-kleszczow', 'Gmina Kleszczów', 'Kleszczów', 'municipality', 'associate'],
].map(([id, name, shortName, kind, role]) => ({
  id: id!,
  name: name!,
  shortName: shortName!,
  kind: kind as Partner['kind'],
  role: role as Partner['role'],
  description: { pl: name! },
  updatedAt: '2026-10-01T08:00:00Z',
}));

type Answer = () => ConsortiumEvent[] | Response | Promise<Response>;

/** Every mocked state of the API, each under its own path prefix (see the partner list's stories). */
const SCENARIOS: Record<string, Answer> = {
  seed,
  loading: async () => {
    await delay('infinite');
    return HttpResponse.json({});
  },
  empty: () => [],
  error: () =>
    HttpResponse.json(
      { type: '/problems/internal-error', title: 'Internal error', status: 500, code: 'internal_error' },
      { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
    ),
  'long-titles': longTitles,
};
const overlaps = (event: ConsortiumEvent, from: string | null, to: string | null) =>
  (!from || Date.parse(event.endsAt) > Date.parse(from)) && (!to || Date.parse(event.startsAt) < Date.parse(to));
const handlers = Object.entries(SCENARIOS).flatMap(([name, answer]) => [
  http.get(`${API}/${name}/v1/events`, async ({ request }) => {
    const result = await answer();
    if (!Array.isArray(result)) return result;
    const query = new URL(request.url).searchParams;
    const kinds = query.get('kind')?.split(',');
    const data = result.filter((e) => overlaps(e, query.get('from'), query.get('to')) && (!kinds || kinds.includes(e.kind)));
    return HttpResponse.json({ data, nextCursor: null });
  }),
  http.get(`${API}/${name}/v1/partners`, () => HttpResponse.json({ data: PARTNERS, nextCursor: null })),
]);
/** The API base URL of a scenario. */
const at = (name: keyof typeof SCENARIOS) => `${API}/${name}`;

interface Args {
  apiBase: string;
  view: 'month' | 'list';
  month: string;
  timeZone: string;
  kinds: string;
  showFilters: boolean;
  maxEvents: number;
}

const meta = {
  title: 'Widgets/Event calendar',
  component: 'razem-event-calendar',
  tags: ['autodocs'],
  args: { apiBase: at('seed'), view: 'month', month: MONTH, timeZone: 'Europe/Warsaw', kinds: '', showFilters: false, maxEvents: 3 },
  parameters: { msw: { handlers } },
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'list'] },
    timeZone: { control: 'select', options: ['Europe/Warsaw', 'America/New_York', 'Asia/Tokyo', 'Europe/London'] },
    kinds: { control: 'select', options: ['', 'workshop', 'meeting', 'study_visit', 'online_session', 'conference', 'panel'] },
  },
  render: (args) => html`<razem-event-calendar
    api-base=${args.apiBase}
    view=${args.view}
    month=${args.month || nothing}
    time-zone=${args.timeZone || nothing}
    kinds=${args.kinds || nothing}
    max-events=${args.maxEvents}
    ?show-filters=${args.showFilters}
  ></razem-event-calendar>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const calendar = (canvas: HTMLElement) => canvas.querySelector<RazemEventCalendar>('razem-event-calendar')!;
const shadow = (canvas: HTMLElement, index = 0) => canvas.querySelectorAll<RazemEventCalendar>('razem-event-calendar')[index]!.shadowRoot!;
const events = (canvas: HTMLElement) => shadow(canvas).querySelectorAll<HTMLElement>('[part~="event"]');
const hasEvents = (canvas: HTMLElement) =>
  waitFor(() => expect(events(canvas).length).toBeGreaterThan(0), { timeout: 10_000 });

/** The month grid from the API: six weeks, today marked, a few events a day. */
export const MonthView: Story = {
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    await expect(shadow(canvasElement).querySelectorAll('[role="gridcell"]')).toHaveLength(42);
    await expect(shadow(canvasElement).querySelector('[aria-current="date"]')).not.toBeNull();
  },
};

/** The list: upcoming events of the month, grouped by day. */
export const ListView: Story = {
  args: { view: 'list', month: isoMonth(shiftMonth(current, 1)) },
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    await expect(shadow(canvasElement).querySelector('[part~="list"]')).not.toBeNull();
  },
};

/** An event's details: description, place, organizers, registration, add to calendar, subscribe. */
export const EventDetails: Story = {
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    await userEvent.click(events(canvasElement)[0]!);
    // The dialog loads with its chunk on first use.
    const dialog = () => shadow(canvasElement).querySelector('dialog');
    await waitFor(() => expect(dialog()?.open && dialog()?.querySelector('a[download]')).toBeTruthy(), { timeout: 10_000 });
    await waitFor(() => expect(dialog()?.querySelector('input[readonly]')).not.toBeNull(), { timeout: 10_000 });
  },
};

/** Keyboard: one tab stop on the grid; arrows, Home/End, PageUp/PageDown move between days. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    const root = shadow(canvasElement);
    root.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(calendar(canvasElement).month).toBe(isoMonth(shiftMonth(current, 1))));
    await expect((root.activeElement as HTMLElement | null)?.getAttribute('role')).toBe('gridcell');
  },
};

/** 2,000 events in one month, without the API: three rows a day and "+N more", nothing else in the DOM. */
export const DenseMonth: Story = {
  args: { apiBase: '' },
  render: (args) => html`<razem-event-calendar month=${args.month} time-zone="Europe/Warsaw" .events=${denseMonth(current, 2000)}></razem-event-calendar>`,
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    await expect(events(canvasElement).length).toBeLessThanOrEqual(42 * 3);
    await expect(shadow(canvasElement).querySelectorAll('[part~="more"]').length).toBeGreaterThan(20);
  },
};

/** 10,000 events in one month: the bench's heavy case; the DOM stays the same size. */
export const TenThousandEvents: Story = {
  args: { apiBase: '' },
  render: (args) => html`<razem-event-calendar month=${args.month} time-zone="Europe/Warsaw" .events=${denseMonth(current, 10_000)}></razem-event-calendar>`,
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    await expect(events(canvasElement).length).toBeLessThanOrEqual(42 * 3);
  },
};

/** A month without events: the grid stays, with a message. */
export const EmptyMonth: Story = {
  args: { apiBase: at('empty') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~="empty"]')).not.toBeNull(), { timeout: 10_000 });
  },
};

/** Waiting for the API: the grid keeps its size and says it is loading. */
export const Loading: Story = {
  args: { apiBase: at('loading') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[aria-busy="true"]')).not.toBeNull());
  },
};

/** The API fails (after the SDK's retries): an error with a Retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { apiBase: at('error') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[role="alert"] button')).not.toBeNull(), { timeout: 20_000 });
  },
};

/** No API address anywhere (attribute or meta tag): the error says what the page must add. */
export const NotConfigured: Story = {
  args: { apiBase: '' },
  render: (args) => html`<razem-event-calendar month=${args.month} time-zone="Europe/Warsaw"></razem-event-calendar>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[role="alert"]')?.textContent).toMatch(/api-base/), { timeout: 10_000 });
  },
};

/** A crowded day from the keyboard: Enter on the cell lists all its events in the dialog. */
export const CrowdedDay: Story = {
  args: { apiBase: '' },
  render: (args) => html`<razem-event-calendar month=${args.month} time-zone="Europe/Warsaw" .events=${denseMonth(current, 300)}></razem-event-calendar>`,
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    const root = shadow(canvasElement);
    const more = root.querySelector<HTMLElement>('[part~="more"]')!;
    more.closest<HTMLElement>('[role="gridcell"]')!.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = () => root.querySelector('dialog');
    await waitFor(() => expect(dialog()?.open).toBe(true), { timeout: 10_000 });
    // Every event of the day, more than the cell could show.
    await waitFor(() => expect(dialog()!.querySelectorAll('[part~="event"]').length).toBeGreaterThan(3));
  },
};

/** Long Polish titles: cut with an ellipsis in cells, whole in the list and the dialog. */
export const LongPolishTitles: Story = {
  args: { apiBase: at('long-titles') },
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    const chip = events(canvasElement)[0]!;
    await expect(chip.scrollWidth).toBeGreaterThan(chip.clientWidth);
  },
};

/** A 320 px phone: the element switches itself to the list. */
export const Narrow320: Story = {
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  args: { month: isoMonth(shiftMonth(current, 1)) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~="list"]')).not.toBeNull(), { timeout: 10_000 });
    await expect(shadow(canvasElement).querySelector('[role="grid"]')).toBeNull();
    await expect(calendar(canvasElement).scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** A visitor in New York: times converted, the zone named above the grid and in the details. */
export const OtherTimeZone: Story = {
  args: { timeZone: 'America/New_York' },
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    await expect(shadow(canvasElement).querySelector('[part~="zone"]')).not.toBeNull();
  },
};

/** Kind and organizer selects. */
export const Filters: Story = {
  args: { showFilters: true },
  play: async ({ canvasElement }) => {
    await hasEvents(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).querySelector('select')).not.toBeNull());
    await userEvent.selectOptions(shadow(canvasElement).querySelector('select')!, 'workshop');
    await waitFor(() => expect(calendar(canvasElement).kinds).toBe('workshop'));
  },
};

/** Dark theme on the element itself (the toolbar also switches the page's). */
export const DarkTheme: Story = {
  render: (args) => html`<razem-event-calendar theme="dark" api-base=${args.apiBase} month=${args.month} time-zone="Europe/Warsaw"></razem-event-calendar>`,
  decorators: [(story) => html`<div style="background: #0d1117; padding: 1rem">${story()}</div>`],
  play: async ({ canvasElement }) => hasEvents(canvasElement),
};

/** `calendar` once per language (Polish, British English, Ukrainian), whatever the toolbar says. */
const inThreeLanguages = (calendar: () => unknown) =>
  html`${['pl', 'en-GB', 'uk'].map((lang) => html`<div lang=${lang} style="margin-bottom: 2rem">${calendar()}</div>`)}`;

/** Waits until each of the three calendars shows at least one `part`. */
const eachShows = async (canvas: HTMLElement, part: string) => {
  for (const index of [0, 1, 2]) {
    await waitFor(() => expect(shadow(canvas, index).querySelectorAll(`[part~="${part}"]`).length).toBeGreaterThan(0), { timeout: 10_000 });
  }
};

/** The month grid in three languages: week starts, weekday names, "+N more". */
export const ThreeLanguagesMonth: Story = {
  args: { apiBase: '' },
  render: (args) =>
    inThreeLanguages(() => html`<razem-event-calendar month=${args.month} time-zone="Europe/Warsaw" .events=${denseMonth(current, 200)}></razem-event-calendar>`),
  play: ({ canvasElement }) => eachShows(canvasElement, 'more'),
};

/** The list in three languages side by side. */
export const ThreeLanguages: Story = {
  args: { view: 'list', month: isoMonth(shiftMonth(current, 1)) },
  render: (args) =>
    inThreeLanguages(() => html`<razem-event-calendar api-base=${args.apiBase} view="list" month=${args.month} time-zone="Europe/Warsaw"></razem-event-calendar>`),
  play: ({ canvasElement }) => eachShows(canvasElement, 'event'),
};

/** A static site without the API: the events come from a JSON script inside the element. */
export const InlineJson: Story = {
  // Built with the DOM: Lit does not bind inside <script>.
  render: (args) => {
    const element = document.createElement('razem-event-calendar');
    element.month = args.month;
    element.timeZone = 'Europe/Warsaw';
    const script = document.createElement('script');
    script.type = 'application/json';
    const allDay = fixtureEvent({ id: fixtureId(9), allDay: true, startsAt: zonedIso(today, 0), endsAt: zonedIso(today + 2, 0) });
    script.textContent = JSON.stringify([...sampleMonth(current), allDay]);
    element.append(script);
    return element;
  },
  play: async ({ canvasElement }) => hasEvents(canvasElement),
};
