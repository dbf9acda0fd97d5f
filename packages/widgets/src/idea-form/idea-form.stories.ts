/**
 * Stories of <razem-idea-form>: every state a designer reviews, each also a Chromium test
 * (apps/storybook/vitest.config.ts) with an axe check in every theme and language. MSW answers
 * the API with contract-typed bodies; the toolbar switches language and theme.
 */
import type { IdeaPublicStatus, IdeaReceipt, Problem } from '@razem/contract';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { sampleIdea } from './fixtures.js';
import './idea-form.define.js';
import type { RazemIdeaForm } from './idea-form.js';

/** The local API of the docs (see "Embed in two minutes"); MSW answers it in Storybook. */
const API = 'http://127.0.0.1:8787';
const KEY = 'rzm_pk_local_demo_0000000000000000';

const receipt: IdeaReceipt = { trackingCode: 'RZM-7K3Q-9XTB', status: 'received', receivedAt: '2026-11-23T09:15:00Z' };
const status: IdeaPublicStatus = {
  trackingCode: 'RZM-7K3Q-9XTB',
  title: 'Opera na odkrywce',
  category: 'culture',
  status: 'accepted',
  publicNote:
    'Pomysł wpisano do projektu „Energopolis” jako propozycję na lata 2027–2029. Partnerzy przygotują studium wykonalności razem z gminą Kleszczów.',
  receivedAt: '2026-11-23T09:15:00Z',
  updatedAt: '2026-12-04T13:40:00Z',
};

const problem = (status: number, code: string, extra: Partial<Problem> = {}) =>
  HttpResponse.json(
    { type: `/problems/${code.replaceAll('_', '-')}`, title: code, status, code, ...extra } satisfies Problem,
    { status, headers: { 'Content-Type': 'application/problem+json', ...(status === 429 ? { 'Retry-After': '600' } : {}) } },
  );

const answers = (submit: Parameters<typeof http.post>[1]) => ({
  handlers: [
    http.post(`${API}/v1/ideas`, submit),
    http.get(`${API}/v1/ideas/status/:code`, ({ params }) =>
      params.code === status.trackingCode ? HttpResponse.json(status) : problem(404, 'not_found'),
    ),
  ],
});

interface Args {
  mode: 'form' | 'status';
  privacyNoticeUrl: string;
  trackingCode: string;
  /** `min-fill-time`; `default` leaves it out (3 s, as pages get it). Stories wait none. */
  minFillTime: string;
}

const meta = {
  title: 'Widgets/Idea form',
  component: 'razem-idea-form',
  tags: ['autodocs'],
  args: { mode: 'form', privacyNoticeUrl: 'https://bkppt.pl/polityka-prywatnosci', trackingCode: '', minFillTime: '0' },
  argTypes: { mode: { control: 'inline-radio', options: ['form', 'status'] } },
  parameters: { msw: answers(() => HttpResponse.json(receipt, { status: 201 })) },
  // Drafts and outboxes live in localStorage: every story starts without them.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('razem-idea-form:')) localStorage.removeItem(key);
  },
  render: (args, { id }) => html`<razem-idea-form
    api-base=${API}
    api-key=${KEY}
    form-id=${id}
    min-fill-time=${args.minFillTime === 'default' ? nothing : args.minFillTime}
    mode=${args.mode}
    privacy-notice-url=${args.privacyNoticeUrl || nothing}
    tracking-code=${args.trackingCode || nothing}
  ></razem-idea-form>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector<RazemIdeaForm>('razem-idea-form')!;
const $ = <T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string) =>
  form(canvas).shadowRoot!.querySelector<T>(selector)!;
const shows = (canvas: HTMLElement, selector: string) =>
  waitFor(() => expect(form(canvas).shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout: 15_000 });

/** Types a complete idea, ticks consent and presses Send. */
async function fillAndSend(canvas: HTMLElement): Promise<void> {
  await shows(canvas, '#title');
  await userEvent.type($(canvas, '#title'), sampleIdea.title);
  await userEvent.type($(canvas, '#description'), sampleIdea.description);
  await userEvent.selectOptions($(canvas, '#category'), sampleIdea.category);
  await userEvent.selectOptions($(canvas, '#authorRole'), sampleIdea.authorRole);
  await userEvent.type($(canvas, '#email'), sampleIdea.email);
  await userEvent.click($(canvas, '#privacyConsent'));
  await userEvent.click($(canvas, '[type="submit"]'));
}

/** What a visitor sees first: nothing chosen, consent not ticked, no errors. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '#title');
    await expect($<HTMLInputElement>(canvasElement, '#privacyConsent').checked).toBe(false);
    await expect(form(canvasElement).shadowRoot!.querySelector('[part~="error"]')).toBeNull();
  },
};

/** A draft typed earlier and restored after a reload (consent is always given again). */
export const Filled: Story = {
  beforeEach: ({ id }) => {
    const { privacyConsent: _consent, ...values } = sampleIdea;
    const draft = { v: 1, values, key: 'story-draft-key-0001', savedAt: Date.now() };
    localStorage.setItem(`razem-idea-form:${id}:${location.pathname}:draft`, JSON.stringify(draft));
  },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="notice"]');
    await expect($<HTMLInputElement>(canvasElement, '#title').value).toBe(sampleIdea.title);
    await expect($<HTMLInputElement>(canvasElement, '#privacyConsent').checked).toBe(false);
  },
};

/** Send pressed on an empty form: the error summary takes focus and links to each field. */
export const ClientErrors: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '#title');
    await userEvent.type($(canvasElement, '#title'), 'Park');
    await userEvent.click($(canvasElement, '[type="submit"]'));
    await shows(canvasElement, '[part~="summary"]');
    await waitFor(() => expect(form(canvasElement).shadowRoot!.activeElement).toBe($(canvasElement, '[part~="summary"]')));
    await expect(form(canvasElement).shadowRoot!.querySelectorAll('[part~="summary"] a')).toHaveLength(5);
  },
};

/** The API refused fields the browser accepted: its errors land in the same summary and fields. */
export const ServerErrors: Story = {
  parameters: {
    msw: answers(() =>
      problem(422, 'validation_failed', {
        errors: [
          { path: 'email', message: 'The domain does not receive e-mail', code: 'invalid_format' },
          { path: 'municipality', message: 'Not a municipality of the region', code: 'custom' },
        ],
      }),
    ),
  },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement);
    await shows(canvasElement, '#email-error');
    await shows(canvasElement, '#municipality-error');
  },
};

/** The connection dropped: the idea waits on the device and is sent when the browser is back online. */
export const OfflineQueued: Story = {
  parameters: { msw: answers(() => HttpResponse.error()) },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => void delete (navigator as { onLine?: boolean }).onLine;
  },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement);
    await shows(canvasElement, '[part~="queued"]');
  },
};

/** Waiting for the API: the button shows progress and ignores further presses. */
export const Sending: Story = {
  parameters: {
    msw: answers(async () => {
      await delay('infinite');
      return HttpResponse.json(receipt, { status: 201 });
    }),
  },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement);
    await waitFor(() => expect($(canvasElement, '[type="submit"]').getAttribute('aria-disabled')).toBe('true'));
  },
};

/** Too many ideas from one connection: kept, and sent when the API allows while the page is open. */
export const RateLimited: Story = {
  parameters: { msw: answers(() => problem(429, 'rate_limited')) },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement);
    await shows(canvasElement, '[part~="queued"]');
    await expect($(canvasElement, '#queued-message').textContent).toMatch(/10/);
  },
};

/**
 * The draft was already sent from another tab (the API answers `409 idempotency_conflict` for
 * its key): said in words, text kept, and sent as a new idea only on request.
 */
export const SentElsewhereConflict: Story = {
  parameters: { msw: answers(() => problem(409, 'idempotency_conflict')) },
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement);
    await shows(canvasElement, '[part~="notice"] button');
    await expect($<HTMLInputElement>(canvasElement, '#title').value).toBe(sampleIdea.title);
  },
};

/** "Clear form" pressed: said politely below the buttons, with a way to undo it until the next edit. */
export const ClearedWithUndo: Story = {
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '#title');
    await userEvent.type($(canvasElement, '#title'), sampleIdea.title);
    await userEvent.click($(canvasElement, '.actions [part~="secondary"]'));
    await shows(canvasElement, '.cleared button');
    await expect($<HTMLInputElement>(canvasElement, '#title').value).toBe('');
  },
};

/** An idea that waited in the outbox over 7 days: back in the form, not sent on its own. */
export const ExpiredOutbox: Story = {
  beforeEach: ({ id }) => {
    const { privacyConsent: _consent, name: _name, email: _email, municipality: _municipality, ...idea } = sampleIdea;
    const submission = { ...idea, privacyNoticeVersion: 'razem-default-1', privacyConsent: true };
    const entry = { v: 1, key: 'story-outbox-key-0001', submission, queuedAt: Date.now() - 8 * 24 * 60 * 60 * 1000, attempts: 12 };
    localStorage.setItem(`razem-idea-form:${id}:${location.pathname}:outbox`, JSON.stringify(entry));
  },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="notice"]');
    await expect($<HTMLInputElement>(canvasElement, '#title').value).toBe(sampleIdea.title);
  },
};

/** The last body the API answered in a story, for checking what the form sent. */
let lastBody: { spam?: { fillTimeMs?: number } } = {};
const remember = async ({ request }: { request: Request }) => {
  lastBody = (await request.json()) as typeof lastBody;
  return HttpResponse.json(receipt, { status: 201 });
};

/**
 * The default minimum fill time (3 s, no `min-fill-time`): an idea typed faster is not refused,
 * it waits out the rest of the minimum and is sent.
 */
export const DefaultMinimumFillTime: Story = {
  args: { minFillTime: 'default' },
  parameters: { msw: answers(remember) },
  play: async ({ canvasElement }) => {
    const loaded = performance.now();
    await fillAndSend(canvasElement);
    await shows(canvasElement, '[part~="success"]');
    await expect(performance.now() - loaded).toBeGreaterThanOrEqual(3000);
  },
};

/**
 * A draft started an hour ago, restored and sent at once with the default minimum fill time:
 * its fill time counts from when it was started, so it is neither held back nor reported fast.
 */
export const RestoredDraftSentAtOnce: Story = {
  args: { minFillTime: 'default' },
  parameters: { msw: answers(remember) },
  beforeEach: ({ id }) => {
    const { privacyConsent: _consent, ...values } = sampleIdea;
    const hourAgo = Date.now() - 60 * 60 * 1000;
    const draft = { v: 1, values, key: 'story-draft-key-0002', savedAt: hourAgo + 60_000, startedAt: hourAgo };
    localStorage.setItem(`razem-idea-form:${id}:${location.pathname}:draft`, JSON.stringify(draft));
  },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="notice"]');
    await userEvent.click($(canvasElement, '#privacyConsent'));
    await userEvent.click($(canvasElement, '[type="submit"]'));
    await shows(canvasElement, '[part~="success"]');
    await expect(lastBody.spam?.fillTimeMs).toBeGreaterThanOrEqual(60 * 60 * 1000);
  },
};

/** Stored: the tracking code to keep, and a way to check the idea's status. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    await fillAndSend(canvasElement);
    await shows(canvasElement, '[part~="success"]');
    await expect($(canvasElement, '[part~="code"]').textContent).toBe(receipt.trackingCode);
  },
};

/** `mode="status"`: an idea's status and the consortium's public note, from its tracking code. */
export const StatusView: Story = {
  args: { mode: 'status', trackingCode: status.trackingCode },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '[part~="status"]');
    await expect($(canvasElement, '[part~="status"]').textContent).toContain(status.publicNote);
  },
};

/** The status check with a code nobody was given. */
export const StatusNotFound: Story = {
  args: { mode: 'status', trackingCode: 'RZM-0000-0000' },
  play: async ({ canvasElement }) => shows(canvasElement, '#code-error'),
};

/** A consortium offering three categories with its own names, configured with a JSON child. */
export const ConfiguredCategories: Story = {
  // Built with the DOM: Lit does not bind inside <script>.
  render: (_args, { id }) => {
    const element = document.createElement('razem-idea-form');
    element.setAttribute('api-base', API);
    element.setAttribute('api-key', KEY);
    element.setAttribute('form-id', id);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      categories: ['business', { value: 'environment', label: { pl: 'Zielona transformacja', en: 'Green transition', uk: 'Зелена трансформація' } }, 'social'],
      roles: ['resident', 'entrepreneur', 'youth', 'senior'],
    });
    element.append(script);
    return element;
  },
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '#category');
    await expect($<HTMLSelectElement>(canvasElement, '#category').options).toHaveLength(4);
    await expect($<HTMLSelectElement>(canvasElement, '#authorRole').options).toHaveLength(5);
  },
};

/** A 320 px phone: one column, nothing overflows, errors included. */
export const Narrow320: Story = {
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await shows(canvasElement, '#title');
    await userEvent.click($(canvasElement, '[type="submit"]'));
    await shows(canvasElement, '[part~="summary"]');
    await expect(form(canvasElement).scrollWidth).toBeLessThanOrEqual(320);
  },
};
