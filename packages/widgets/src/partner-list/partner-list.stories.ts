/**
 * Stories of <razem-partner-list>: every state a designer reviews, each also a Chromium test
 * (apps/storybook/vitest.config.ts) with an axe check. The API is answered by MSW with contract-
 * typed fixtures; the toolbar switches language and theme.
 */
import type { Partner } from '@razem/contract';
import { PARTNER_KINDS } from '@razem/contract/enums';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { longNamePartners, manyPartners, seedPartners } from './fixtures.js';
import './partner-list.define.js';
import type { RazemPartnerList } from './partner-list.js';

/** The local API of the docs (see "Embed in two minutes"); MSW answers it in Storybook. */
const API = 'http://127.0.0.1:8787';
const logos = () => `${location.origin}/logos`;

type Answer = () => Partner[] | Response | Promise<Response>;

/**
 * Every mocked state of the API, each under its own path prefix (the SDK accepts a base URL with
 * a path). All handlers are installed for every story: the Docs page renders all stories at once,
 * and MSW keeps only the handlers of the story loaded last.
 */
const SCENARIOS: Record<string, Answer> = {
  seed: () => seedPartners(logos()),
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
  'long-names': () => [...longNamePartners(logos()), ...seedPartners(logos()).slice(0, 2)],
  sixty: () => manyPartners(60, logos()),
  narrow: () => [...longNamePartners(logos()), ...seedPartners(logos())],
};
const handlers = Object.entries(SCENARIOS).map(([name, answer]) =>
  http.get(`${API}/${name}/v1/partners`, async () => {
    const result = await answer();
    return Array.isArray(result) ? HttpResponse.json({ data: result, nextCursor: null }) : result;
  }),
);
/** The API base URL of a scenario. */
const at = (name: keyof typeof SCENARIOS) => `${API}/${name}`;

interface Args {
  apiBase: string;
  layout: 'grid' | 'list' | 'compact';
  showFilters: boolean;
  kind: string;
  search: string;
}

const meta = {
  title: 'Widgets/Partner list',
  component: 'razem-partner-list',
  tags: ['autodocs'],
  args: { apiBase: at('seed'), layout: 'grid', showFilters: false, kind: '', search: '' },
  parameters: { msw: { handlers } },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
    kind: { control: 'select', options: ['', ...PARTNER_KINDS] },
  },
  render: (args) => html`<razem-partner-list
    api-base=${args.apiBase}
    layout=${args.layout}
    kind=${args.kind || nothing}
    search=${args.search || nothing}
    ?show-filters=${args.showFilters}
  ></razem-partner-list>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const list = (canvas: HTMLElement) => canvas.querySelector<RazemPartnerList>('razem-partner-list')!;
const shadow = (canvas: HTMLElement) => list(canvas).shadowRoot!;
const items = (canvas: HTMLElement) => shadow(canvas).querySelectorAll('[part~="item"]');
const shows = async (canvas: HTMLElement, count: number) =>
  waitFor(() => expect(items(canvas)).toHaveLength(count), { timeout: 10_000 });

/** The consortium's partners as cards, coordinator first. */
export const Grid: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, 6);
    const first = items(canvasElement)[0]!;
    await expect(first.querySelector('[part~="name"]')?.textContent).toContain('Bełchatowsko-Kleszczowski');
    await expect(list(canvasElement).querySelector('script[type="application/ld+json"]')).not.toBeNull();
  },
};

/** One partner per row, logo beside the text; stacks on narrow widths. */
export const List: Story = {
  args: { layout: 'list' },
  play: async ({ canvasElement }) => shows(canvasElement, 6),
};

/** Names and logos only, for footers and sidebars. */
export const Compact: Story = {
  args: { layout: 'compact' },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, 6);
    await expect(shadow(canvasElement).querySelector('[part~="description"]')).toBeNull();
  },
};

/** Kind select and search; the count is announced to screen readers. */
export const Filters: Story = {
  args: { showFilters: true },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, 6);
    await userEvent.selectOptions(shadow(canvasElement).querySelector('select')!, 'foundation');
    await shows(canvasElement, 1);
    await expect(shadow(canvasElement).querySelector('[part~="count"]')?.textContent).toMatch(/1/);
    await userEvent.selectOptions(shadow(canvasElement).querySelector('select')!, '');
    await shows(canvasElement, 6);
  },
};

/** Waiting for the API: a skeleton keeps the space and a status region says it is loading. */
export const Loading: Story = {
  args: { apiBase: at('loading') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~="loading"] [role="status"]')?.textContent).toBeTruthy());
  },
};

/** The API has no partners yet. */
export const Empty: Story = {
  args: { apiBase: at('empty') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~="empty"]')).not.toBeNull(), { timeout: 10_000 });
  },
};

/** The API fails (after the SDK's retries): an error with a Retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { apiBase: at('error') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[role="alert"] button')).not.toBeNull(), {
      timeout: 20_000,
    });
  },
};

/** Long Polish names and addresses wrap inside their cards. */
export const LongPolishNames: Story = {
  args: { apiBase: at('long-names') },
  play: async ({ canvasElement }) => shows(canvasElement, 4),
};

/** Sixty partners with filters: the grid and search at scale. */
export const SixtyPartners: Story = {
  args: { apiBase: at('sixty'), showFilters: true },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, 60);
    await userEvent.type(shadow(canvasElement).querySelector('input')!, 'Łódź');
    await shows(canvasElement, 7);
  },
};

/** A static site without the API: the partners come from a JSON script inside the element. */
export const InlineJson: Story = {
  // Built with the DOM: Lit does not bind inside <script>.
  render: (args) => {
    const element = document.createElement('razem-partner-list');
    element.layout = args.layout;
    element.showFilters = args.showFilters;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(seedPartners(logos()).slice(0, 4));
    element.append(script);
    return element;
  },
  play: async ({ canvasElement }) => shows(canvasElement, 4),
};

/** A 320 px phone: one column, nothing overflows. */
export const Narrow320: Story = {
  args: { apiBase: at('narrow'), showFilters: true },
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await shows(canvasElement, 8);
    await expect(list(canvasElement).scrollWidth).toBeLessThanOrEqual(320);
  },
};
