/**
 * Helpers of the Chromium tests of <razem-idea-form> (never part of a build): mounting against
 * the real API started by the test setup, filling fields like a person, and a fault injector
 * that cuts connections to the real API at chosen moments.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { testApi } from '../../test/api.js';
import type { IdeaFormValues } from './fields.js';
import type { RazemIdeaForm } from './idea-form.js';
import './idea-form.define.js';

let forms = 0;

/** The page of one test: where forms go, and what to undo after it (cut connections). */
export interface FormPage {
  host: HTMLElement;
  restore?: () => void;
}

/**
 * Registers the set-up the idea-form test files share: each test starts on a page without
 * `lang` with a fresh `host`, and afterwards its `restore` runs, the network is back online, and
 * every stored draft, outbox entry and sent record is gone.
 */
export function usePage(): FormPage {
  const page = {} as FormPage;
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    page.host = document.createElement('div');
    document.body.append(page.host);
  });
  afterEach(() => {
    page.restore?.();
    page.restore = undefined;
    setOnline(true);
    page.host.remove();
    for (const key of Object.keys(localStorage)) if (key.startsWith('razem-idea-form:')) localStorage.removeItem(key);
  });
  return page;
}

/**
 * Puts a form talking to the test API into `host` and waits for its first render. `children`
 * go inside the element (a JSON configuration, a privacy notice). Forms wait no minimum fill
 * time unless `minFillTime` says otherwise (`null`: the element's default, as pages get it).
 */
export async function mount(
  host: HTMLElement,
  attributes = '',
  formId = `test-${Date.now()}-${++forms}`,
  children = '',
  minFillTime: string | null = '0',
): Promise<RazemIdeaForm> {
  const { url, publishableKey } = testApi();
  const fillTime = minFillTime === null ? '' : `min-fill-time="${minFillTime}"`;
  // The test's attributes come first: of repeated attributes, HTML keeps the first.
  host.innerHTML = `<razem-idea-form ${attributes} api-base="${url}" api-key="${publishableKey}" form-id="${formId}" ${fillTime}>${children}</razem-idea-form>`;
  const element = host.querySelector('razem-idea-form')!;
  await vi.waitFor(() => expect(element.shadowRoot?.querySelector('form, [part~="panel"]')).toBeTruthy());
  return element;
}

/** The first match in the element's shadow root. */
export const find = <T extends Element = HTMLElement>(el: RazemIdeaForm, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Trimmed text of the first match, or `''`. */
export const text = (el: RazemIdeaForm, selector: string): string =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Fills fields the way a person would (typing, choosing, ticking). */
export async function fill(el: RazemIdeaForm, values: Partial<IdeaFormValues>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = find<HTMLInputElement>(el, `[name="${name}"]`);
    if (name === 'privacyConsent') {
      if (control.checked !== value) await userEvent.click(control);
    } else if (control.tagName === 'SELECT') {
      await userEvent.selectOptions(control, String(value));
    } else {
      await userEvent.fill(control, String(value));
    }
  }
  await el.updateComplete;
}

/** Waits for the success screen and returns the tracking code it shows. */
export async function trackingCode(el: RazemIdeaForm): Promise<string> {
  await vi.waitFor(() => expect(text(el, '[part~="code"]')).toMatch(/^RZM-/), { timeout: 15_000 });
  return text(el, '[part~="code"]');
}

/** One `POST /v1/ideas` as the page sent it and what the API answered (if the answer got through). */
export interface SentIdea {
  key: string;
  body: Record<string, unknown>;
  status?: number;
  replayed?: boolean;
  trackingCode?: string;
  /** `performance.now()` when the request left. */
  at: number;
}

/**
 * What a connection does to one `POST /v1/ideas`: `pass` it through, let the API receive and
 * store it but `drop-answer` (the connection dies before the answer arrives), `fail` it before
 * it reaches the API (offline), let it be stored but `garble-answer` (a proxy mangles the 201's
 * body), or `rewrite` its body first.
 */
export type Fault =
  | 'pass'
  | 'drop-answer'
  | 'fail'
  | 'garble-answer'
  | ((body: Record<string, unknown>) => Record<string, unknown>);

/**
 * Routes the page's `fetch` through a fault injector for idea submissions (everything else goes
 * straight to the real API). `next` picks the fault of each submission, in order. Restore with
 * the returned function.
 */
export function cutConnections(next: (attempt: number) => Fault): { sent: SentIdea[]; restore: () => void } {
  const realFetch = window.fetch;
  const sent: SentIdea[] = [];
  window.fetch = async (input, init) => {
    let request = new Request(input, init);
    if (request.method !== 'POST' || !request.url.endsWith('/v1/ideas')) return realFetch(request);
    const fault = next(sent.length);
    let body = JSON.parse(await request.clone().text()) as Record<string, unknown>;
    if (typeof fault === 'function') {
      body = fault(body);
      request = new Request(request, { body: JSON.stringify(body) });
    }
    const record: SentIdea = { key: request.headers.get('idempotency-key') ?? '', body, at: performance.now() };
    sent.push(record);
    if (fault === 'fail') throw new TypeError('Failed to fetch');
    const response = await realFetch(request);
    record.status = response.status;
    record.replayed = response.headers.get('idempotent-replayed') === 'true';
    record.trackingCode = ((await response.clone().json()) as { trackingCode?: string }).trackingCode;
    if (fault === 'drop-answer') throw new TypeError('Failed to fetch');
    if (fault === 'garble-answer') return new Response('{"ok":true}', { status: response.status, headers: response.headers });
    return response;
  };
  return { sent, restore: () => (window.fetch = realFetch) };
}

/** The draft or outbox entry stored for `formId` on this page, parsed. */
export const stored = (formId: string, kind: 'draft' | 'outbox'): Record<string, unknown> | null =>
  JSON.parse(localStorage.getItem(`razem-idea-form:${formId}:${location.pathname}:${kind}`) ?? 'null') as Record<string, unknown> | null;

/** Makes `navigator.onLine` say `online` and fires the matching window event. */
export function setOnline(online: boolean): void {
  if (online) delete (navigator as { onLine?: boolean }).onLine;
  else Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** A complete idea as a person would type it. */
export const idea: Partial<IdeaFormValues> = {
  title: 'Zintegrowany city camping',
  description: 'Pole namiotowe z zapleczem przy zalewie Słok, połączone ścieżką rowerową z centrum Bełchatowa.',
  category: 'infrastructure',
  authorRole: 'entrepreneur',
  privacyConsent: true,
};
