/**
 * Hostile content in Chromium: partners, events and ideas whose every text field holds an XSS
 * payload (created through the SDK by the global setup) are rendered by every element that shows
 * them: <razem-partner-list> in its three layouts with its JSON-LD, <razem-event-calendar> month
 * grid, list and every event's details dialog (with its .ics download), and the status view of
 * <razem-idea-form>. No payload may run, nothing may become markup, and every text must show
 * verbatim.
 */
import '@razem/widgets/partner-list/define';
import '@razem/widgets/event-calendar/define';
import '@razem/widgets/idea-form/define';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fit, XSS_PAYLOADS } from '../../src/corpus.js';
import { report } from '../../src/stats.js';
import { arm, scan, textOf, type Caught } from './traps.js';

const { apiUrl, publishableKey, hostile, long } = inject('resilience');
const LANGUAGES = long ? (['pl', 'en', 'uk'] as const) : (['pl'] as const);

let host: HTMLElement;
let traps: ReturnType<typeof arm>;
beforeEach(() => {
  traps = arm();
  host = document.createElement('div');
  host.style.width = '1100px';
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  traps.disarm();
});

/** Nothing ran, nothing became markup, nothing was reported. */
async function expectClean(root: Element, caught: Caught): Promise<void> {
  // Handlers such as onerror and ontoggle fire asynchronously: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(caught.executed, 'payloads that ran').toEqual([]);
  expect(caught.dialogs, 'alert/confirm/prompt').toEqual([]);
  expect(caught.violations, 'CSP violations').toEqual([]);
  expect(caught.errors, 'console errors').toEqual([]);
  expect(scan(root), 'markup made from text').toEqual([]);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the traps themselves', () => {
  it('catch the corpus when it is rendered as HTML, so a clean element means something', async () => {
    const naive = document.createElement('div');
    naive.innerHTML = XSS_PAYLOADS.map((p) => p.text).join('<hr>');
    host.append(naive);
    await vi.waitFor(() => expect(traps.caught.executed.length).toBeGreaterThanOrEqual(3));
    expect(scan(host).length).toBeGreaterThanOrEqual(XSS_PAYLOADS.length / 2);
    naive.remove();
  });
});

describe('<razem-partner-list>', () => {
  for (const layout of ['grid', 'list', 'compact'] as const) {
    for (const lang of LANGUAGES) {
      it(`shows every hostile name${layout === 'compact' ? '' : ' and description'} verbatim (${layout}, ${lang}), and a JSON-LD that no </script> can end`, async ({ task }) => {
        host.lang = lang;
        const el = document.createElement('razem-partner-list');
        el.setAttribute('api-base', apiUrl);
        el.setAttribute('layout', layout);
        el.setAttribute('kind', 'ngo');
        host.append(el);
        await vi.waitFor(() => expect(el.shadowRoot?.querySelectorAll('[part~="item"]').length).toBeGreaterThanOrEqual(hostile.partners.length), { timeout: 20_000 });
        const items = [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
        for (const partner of hostile.partners) {
          const item = items.find((i) => textOf(i.querySelector('[part~="name"]')) === partner.name);
          expect(item, `no item named ${JSON.stringify(partner.name)}`).toBeDefined();
          if (layout !== 'compact') {
            const description = partner.description[lang] ?? partner.description.pl;
            expect(squash(textOf(item!.querySelector('[part~="description"]')))).toBe(squash(description));
          }
        }
        // The JSON-LD, as the page holds it and as a CMS that serializes the page would re-read it.
        const scripts = el.querySelectorAll('script');
        expect(scripts).toHaveLength(1);
        const graph = (JSON.parse(scripts[0]!.textContent!) as { '@graph': { name: string; alternateName?: string; address?: { streetAddress: string } }[] })['@graph'];
        const reparsed = new DOMParser().parseFromString(`<!doctype html><body>${el.outerHTML}`, 'text/html');
        expect(reparsed.querySelectorAll('script')).toHaveLength(1);
        expect(JSON.parse(reparsed.querySelector('script')!.textContent!)).toEqual(JSON.parse(scripts[0]!.textContent!));
        for (const partner of hostile.partners) {
          const node = graph.find((n) => n.name === partner.name);
          expect(node?.address?.streetAddress).toBe(partner.address!.street);
        }
        await expectClean(host, traps.caught);
        report(task.meta, { 'hostile content': { 'payloads × elements rendered': { 'partner-list': hostile.partners.length } } });
      });
    }
  }
});

describe('<razem-event-calendar>', () => {
  const mount = async (view: 'month' | 'list', lang: string) => {
    host.lang = lang;
    const el = document.createElement('razem-event-calendar');
    el.setAttribute('api-base', apiUrl);
    el.setAttribute('month', hostile.month);
    el.setAttribute('time-zone', 'Europe/Warsaw');
    el.setAttribute('view', view);
    host.append(el);
    const selector = view === 'month' ? '[role="gridcell"] [part~="event"]' : '[part~="item"]';
    await vi.waitFor(() => expect(el.shadowRoot?.querySelectorAll(selector).length).toBeGreaterThanOrEqual(hostile.events.length), { timeout: 20_000 });
    await el.updateComplete;
    return el;
  };

  for (const lang of LANGUAGES) {
    it(`shows every hostile title in the month grid and opens each event's details with every text verbatim (${lang})`, async ({ task }) => {
      const el = await mount('month', lang);
      const root = el.shadowRoot!;
      let dialogs = 0;
      for (const [i, event] of hostile.events.entries()) {
        const title = event.title[lang as 'pl' | 'en'] ?? event.title.pl;
        const chip = root.querySelector<HTMLElement>(`[role="gridcell"] [part~="event"][data-id="${event.id}"]`);
        expect(squash(textOf(chip))).toContain(squash(title));
        chip!.click();
        await el.updateComplete;
        // The details dialog is loaded on first use and fills in after the click: wait for this
        // event's title, not just any open dialog.
        const dialog = await vi.waitFor(() => {
          const opened = root.querySelector('dialog');
          expect(opened?.open).toBe(true);
          expect(squash(textOf(opened!.querySelector('#dialog-title')))).toBe(squash(title));
          return opened!;
        }, 10_000);
        const body = squash(textOf(dialog));
        for (const text of [event.description!.pl, event.location!.venue!, event.location!.address!.street, hostile.partners[i]!.name]) {
          expect(body).toContain(squash(text));
        }
        // Every link stays a web link; the download is iCalendar that reads back verbatim.
        for (const a of dialog.querySelectorAll('a')) expect(a.href).toMatch(/^(https?:|webcal:|data:text\/calendar)/);
        const ics = decodeURIComponent(dialog.querySelector<HTMLAnchorElement>('a[download]')!.href.split(',').slice(1).join(','));
        const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
        expect(vevents).toHaveLength(1);
        expect(vevents[0]!.getFirstPropertyValue('summary')).toBe(title);
        dialog.close();
        await el.updateComplete;
        dialogs += 1;
      }
      await expectClean(host, traps.caught);
      report(task.meta, { 'hostile content': { 'payloads × elements rendered': { 'event-calendar month': hostile.events.length, 'event-calendar dialog': dialogs } } });
    });

    it(`lists every hostile title and place verbatim (${lang})`, async ({ task }) => {
      const el = await mount('list', lang);
      const text = squash(textOf(el.shadowRoot));
      for (const event of hostile.events) {
        expect(text).toContain(squash(event.title[lang as 'pl' | 'en'] ?? event.title.pl));
        expect(text).toContain(squash(event.location!.venue!));
      }
      await expectClean(host, traps.caught);
      report(task.meta, { 'hostile content': { 'payloads × elements rendered': { 'event-calendar list': hostile.events.length } } });
    });
  }
});

describe('<razem-idea-form> status view', () => {
  it('shows every hostile title and public note verbatim', async ({ task }) => {
    for (const idea of hostile.ideas) {
      const el = document.createElement('razem-idea-form');
      el.setAttribute('api-base', apiUrl);
      el.setAttribute('api-key', publishableKey);
      el.setAttribute('mode', 'status');
      el.setAttribute('tracking-code', idea.receipt.trackingCode);
      host.append(el);
      await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[part~="status"]')).toBeTruthy(), { timeout: 20_000 });
      const status = squash(textOf(el.shadowRoot!.querySelector('[part~="status"]')));
      expect(status).toContain(squash(idea.title));
      expect(status).toContain(squash(idea.publicNote));
      expect(scan(host)).toEqual([]);
      el.remove();
    }
    await expectClean(host, traps.caught);
    report(task.meta, { 'hostile content': { 'payloads × elements rendered': { 'idea-form status': hostile.ideas.length } } });
  });
});

describe('<razem-idea-form> form view', () => {
  it('keeps hostile text verbatim in its fields, in the restored draft and in the idea it sends', async ({ task }) => {
    const payloads = long ? XSS_PAYLOADS : XSS_PAYLOADS.filter((p) => [1, 2, 6, 12, 15, 22].includes(p.id));
    for (const payload of payloads) {
      const formId = `hostile-${payload.id}-${Date.now()}`;
      const mount = async () => {
        host.innerHTML = `<razem-idea-form api-base="${apiUrl}" api-key="${publishableKey}" form-id="${formId}" min-fill-time="0"></razem-idea-form>`;
        const el = host.querySelector('razem-idea-form')!;
        await vi.waitFor(() => expect(el.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 20_000 });
        return el;
      };
      const field = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      const typed = {
        title: fit(payload.text, 150, 5, 'Tytuł zastępczy'),
        description: `${payload.text} — opis pomysłu`,
        name: fit(payload.text, 120),
        municipality: fit(payload.text, 120),
      };
      let el = await mount();
      for (const [name, value] of Object.entries(typed)) await userEvent.fill(field(el, name), value);
      // Leaving the page keeps a draft; the next visit restores it as text.
      el.remove();
      el = await mount();
      for (const [name, value] of Object.entries(typed)) expect(field(el, name).value).toBe(value);
      await userEvent.selectOptions(field(el, 'category'), 'culture');
      await userEvent.selectOptions(field(el, 'authorRole'), 'youth');
      field(el, 'privacyConsent').focus();
      await userEvent.keyboard(' ');
      field(el, 'privacyConsent').form!.requestSubmit();
      await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[part~="code"]')?.textContent).toMatch(/RZM-/), { timeout: 20_000 });
      const code = el.shadowRoot!.querySelector('[part~="code"]')!.textContent!.trim();
      const status = (await (await fetch(`${apiUrl}/v1/ideas/status/${code}`)).json()) as { title: string };
      expect(status.title).toBe(typed.title.trim());
      expect(scan(host)).toEqual([]);
    }
    await expectClean(host, traps.caught);
    report(task.meta, { 'hostile content': { 'payloads × elements rendered': { 'idea-form fields and draft': payloads.length } } });
  });
});

interface FrameWindow extends Window {
  executed?: number[];
  violations?: string[];
}

describe('under a strict Content-Security-Policy', () => {
  it('renders every hostile record with no CSP violation and nothing run', async ({ task }) => {
    const idea = hostile.ideas[0]!;
    const csp = [
      "default-src 'none'",
      "script-src 'self' 'nonce-r4z3m'",
      `connect-src 'self' ${apiUrl}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-src 'none'",
      "object-src 'none'",
    ].join('; ');
    const frame = document.createElement('iframe');
    // The test server wraps dynamic imports in a hook of its runner; a bare frame needs a stand-in.
    frame.srcdoc = `<!doctype html><html lang="pl"><head>
      <meta http-equiv="Content-Security-Policy" content="${csp}">
      <script nonce="r4z3m">
        window.__vitest_browser_runner__ = { wrapDynamicImport: (load) => load() };
        window.executed = []; window.violations = [];
        window.__xss = (id) => window.executed.push(id);
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
      </script>
      <script type="module" nonce="r4z3m" src="/test/browser/fixtures/csp-page.ts"></script>
      </head><body>
      <razem-partner-list api-base="${apiUrl}" kind="ngo" layout="list"></razem-partner-list>
      <razem-event-calendar api-base="${apiUrl}" month="${hostile.month}" time-zone="Europe/Warsaw"></razem-event-calendar>
      <razem-idea-form api-base="${apiUrl}" api-key="${publishableKey}" mode="status" tracking-code="${idea.receipt.trackingCode}"></razem-idea-form>
      </body></html>`;
    frame.style.width = '1100px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    host.append(frame);
    await loaded;
    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    await vi.waitFor(
      () => {
        expect(doc.querySelector('razem-partner-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length).toBeGreaterThanOrEqual(hostile.partners.length);
        expect(doc.querySelector('razem-event-calendar')?.shadowRoot?.querySelectorAll('[role="gridcell"] [part~="event"]').length).toBeGreaterThanOrEqual(hostile.events.length);
        expect(doc.querySelector('razem-idea-form')?.shadowRoot?.querySelector('[part~="status"]')).toBeTruthy();
      },
      { timeout: 30_000 },
    );
    // Open one event's details too: the dialog renders the most fields.
    const chip = doc.querySelector('razem-event-calendar')!.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"] [part~="event"]')!;
    chip.click();
    await vi.waitFor(() => expect(doc.querySelector('razem-event-calendar')!.shadowRoot!.querySelector('dialog')?.open).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.violations).toEqual([]);
    expect(win.executed).toEqual([]);
    expect(scan(doc.body)).toEqual([]);
    // Control: the same payload put into the page as HTML is caught by the policy.
    doc.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="__xss(99)">');
    await vi.waitFor(() => expect(win.violations!.length).toBeGreaterThan(0));
    expect(win.executed).toEqual([]);
    report(task.meta, { 'hostile content': { 'payloads × elements rendered': { 'strict-CSP page': hostile.partners.length + hostile.events.length + 1 } } });
  });
});
