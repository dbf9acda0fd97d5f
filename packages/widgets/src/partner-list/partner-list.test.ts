import type { Partner } from '@razem/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DEAD_API, LOGO_BASE, testApi } from '../../test/api.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { longNamePartners, seedPartners } from './fixtures.js';
import './partner-list.define.js';
import type { RazemPartnerList } from './partner-list.js';

const seed = seedPartners(LOGO_BASE);
let host: HTMLElement;

beforeEach(() => {
  // Start like a page without `lang` (the test runner's page says `en`).
  document.documentElement.removeAttribute('lang');
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  document.head.querySelectorAll('meta[name^="razem:"]').forEach((m) => m.remove());
  document.documentElement.removeAttribute('lang');
});

/** Puts `markup` in the page and waits until the first <razem-partner-list> shows `done`. */
async function mount(markup: string, done: (el: RazemPartnerList) => boolean = hasItems): Promise<RazemPartnerList> {
  host.innerHTML = markup;
  const element = host.querySelector('razem-partner-list')!;
  await vi.waitFor(() => expect(done(element)).toBe(true), { timeout: 10_000 });
  await element.updateComplete;
  return element;
}

const inline = (partners: unknown, attributes = '') =>
  `<razem-partner-list ${attributes}><script type="application/json">${JSON.stringify(partners)}</script></razem-partner-list>`;
const root = (el: RazemPartnerList) => el.shadowRoot!;
const items = (el: RazemPartnerList) => [...root(el).querySelectorAll<HTMLElement>('[part~="item"]')];
const names = (el: RazemPartnerList) => items(el).map((item) => item.querySelector('[part~="name"]')!.textContent!.trim());
const hasItems = (el: RazemPartnerList) => items(el).length > 0;
const text = (el: RazemPartnerList, part: string) => root(el).querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? '';
/** The visible count of partners found. */
const count = (el: RazemPartnerList) => text(el, 'count');

describe('<razem-partner-list> with inline JSON', () => {
  it('lists the partners coordinator first, then members, then associates, by name', async () => {
    const el = await mount(inline(seed));
    expect(names(el)).toEqual([
      'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny Sp. z o.o.',
      'Agencja Rozwoju Regionalnego ARREKS S.A.',
      'Fundacja Rozwoju Gminy Kleszczów',
      'Regionalna Izba Gospodarcza w Bełchatowie',
      'Gmina Kleszczów',
      'Stowarzyszenie Klaster Obszaru Nowej Energii',
    ]);
    expect(text(el, 'role')).toBe('Koordynator');
    expect(text(el, 'kind')).toBe('Park technologiczny');
  });

  it('loads no SDK code', async () => {
    await mount(inline(seed));
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((url) => /partner-list\/load\.ts|\/sdk\/|\/ky\/|zod/.test(url))).toEqual([]);
  });

  it('also reads an API page ({ data: [...] })', async () => {
    const el = await mount(inline({ data: seed.slice(0, 2), nextCursor: null }));
    expect(items(el)).toHaveLength(2);
  });

  it('shows logos with their size, lazily, named after the organisation, keeping their space before loading', async () => {
    const el = await mount(inline(seed));
    const logo = root(el).querySelector<HTMLImageElement>('img[part~="logo"]')!;
    expect(logo.getAttribute('width')).toBe('240');
    expect(logo.getAttribute('height')).toBe('80');
    expect(logo.loading).toBe('lazy');
    expect(logo.decoding).toBe('async');
    expect(logo.alt).toBe(seed.find((p) => p.id === 'bkppt')!.name);
    expect(logo.getBoundingClientRect().height).toBeGreaterThan(0);
    // Partners without a logo have no empty <img>.
    expect(root(el).querySelectorAll('img')).toHaveLength(seed.filter((p) => p.logo).length);
  });

  it('opens websites in a new tab and says so to screen readers', async () => {
    const el = await mount(inline(seed));
    const link = root(el).querySelector<HTMLAnchorElement>('a[href="https://www.bkppt.pl"]')!;
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Strona internetowa: bkppt.pl (otwiera się w nowej karcie)',
    );
    expect(root(el).querySelector('a[href="mailto:biuro@bkppt.pl"]')).not.toBeNull();
    expect(root(el).querySelector('a[href="tel:+48441234567"]')).not.toBeNull();
  });

  it('fills in a JSON-LD placeholder a framework rendered instead of adding its own, and never removes it', async () => {
    const placeholder = '<script type="application/ld+json" data-razem="partner-list"></script>';
    const el = await mount(inline(seed).replace('</razem-partner-list>', `${placeholder}</razem-partner-list>`));
    const scripts = () => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
    const [adopted] = scripts();
    expect(scripts()).toHaveLength(1);
    expect(JSON.parse(adopted!.textContent!)['@graph']).toHaveLength(6);
    el.partners = [];
    await el.updateComplete;
    expect(scripts()).toEqual([adopted]);
    expect(adopted!.textContent).toBe('');
    el.partners = seed.slice(0, 1);
    await el.updateComplete;
    expect(scripts()).toEqual([adopted]);
    expect(JSON.parse(adopted!.textContent!)['@graph'][0].name).toBe(seed[0]!.name);
  });

  it('never renders links or logos with a non-http URL, nor puts them in the JSON-LD', async () => {
    const evil = { ...seed[1]!, website: 'javascript:alert(1)', logo: { url: 'javascript:alert(2)', width: 1, height: 1 } };
    const el = await mount(inline([evil]));
    expect(root(el).querySelector('a[target]')).toBeNull();
    expect(root(el).querySelector('img')).toBeNull();
    const [organization] = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'];
    expect(organization).not.toHaveProperty('url');
    expect(organization).not.toHaveProperty('@id');
    expect(organization).not.toHaveProperty('logo');
  });

  it('leaves out inline logos without a size, which would shift the page as they load', async () => {
    const unsized = { ...seed[1]!, logo: { url: `${LOGO_BASE}/bkppt.svg` } };
    const el = await mount(inline([unsized, seed[0]!]));
    expect(root(el).querySelectorAll('img')).toHaveLength(seed[0]!.logo ? 1 : 0);
    for (const img of root(el).querySelectorAll('img')) expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
  });

  it('names an unknown kind by its value in the filter, and reads kind and role apart', async () => {
    const el = await mount(inline([{ ...seed[1]!, kind: 'think_tank' }, seed[0]!], 'show-filters'));
    const options = [...root(el).querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(options).toContain('think_tank');
    expect(options.every(Boolean)).toBe(true);
    const meta = items(el)[0]!.querySelector('.meta')!;
    expect(meta.textContent!.replace(/\s+/g, ' ').trim()).toBe('think_tank, Koordynator');
  });

  it('renders no empty contact line for partners without contacts', async () => {
    const { website: _w, email: _e, phone: _p, ...quiet } = seed[1]!;
    const el = await mount(inline([quiet]));
    expect(items(el)[0]!.querySelector('.contacts')).toBeNull();
  });

  it('renders names as text, never as markup', async () => {
    const el = await mount(inline([{ ...seed[1]!, name: '<img src=x onerror=alert(1)>Evil' }]));
    expect(names(el)).toEqual(['<img src=x onerror=alert(1)>Evil']);
    expect(root(el).querySelector('img[src="x"]')).toBeNull();
  });

  it('emits schema.org Organization JSON-LD into its light DOM and keeps it up to date', async () => {
    const el = await mount(inline(seed));
    const script = () => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    const graph = () => (JSON.parse(script()!.textContent!) as { '@graph': { name: string; '@type': string }[] })['@graph'];
    expect(el.shadowRoot!.querySelector('script')).toBeNull();
    expect(graph()).toHaveLength(6);
    expect(graph()[0]).toMatchObject({ '@type': 'Organization', name: seed[1]!.name, taxID: '7692220000' });

    el.partners = seed.slice(0, 2);
    await el.updateComplete;
    expect(graph().map((o) => o.name)).toEqual([seed[1]!.name, seed[0]!.name]);
    expect(el.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);

    el.partners = [];
    await el.updateComplete;
    expect(script()).toBeNull();
  });

  it('given `partners` first and then not, shows its own data (a framework passing data, then none)', async () => {
    const el = document.createElement('razem-partner-list');
    el.partners = seed.slice(0, 2);
    el.innerHTML = `<script type="application/json">${JSON.stringify(seed)}</script>`;
    host.append(el);
    await vi.waitFor(() => expect(names(el)).toHaveLength(2));

    el.partners = undefined;
    await vi.waitFor(() => expect(names(el)).toHaveLength(6), { timeout: 5_000 });
  });

  it('fires razem-partners-loaded with the sorted partners', async () => {
    const loaded = vi.fn();
    host.addEventListener('razem-partners-loaded', (e) => loaded((e as CustomEvent).detail));
    await mount(inline(seed.slice(0, 2)));
    expect(loaded).toHaveBeenCalledOnce();
    expect(loaded.mock.calls[0]![0].source).toBe('inline');
    expect(loaded.mock.calls[0]![0].partners.map((p: Partner) => p.id)).toEqual(['bkppt', 'regionalna-izba-gospodarcza']);
  });
});

describe('layouts', () => {
  it('reflects the layout and shows less in compact', async () => {
    const el = await mount(inline(seed, 'layout="compact"'));
    expect(el.getAttribute('layout')).toBe('compact');
    expect(root(el).querySelector('[part~="description"]')).toBeNull();
    expect(root(el).querySelector('a[href^="mailto:"]')).toBeNull();
    el.layout = 'list';
    await el.updateComplete;
    expect(el.getAttribute('layout')).toBe('list');
    expect(root(el).querySelector('[part~="description"]')).not.toBeNull();
  });

  it('puts cards side by side in grid and stacks them in list', async () => {
    host.style.width = '900px';
    const el = await mount(inline(seed));
    const [a, b] = items(el);
    expect(a!.getBoundingClientRect().top).toBe(b!.getBoundingClientRect().top);
    el.layout = 'list';
    await el.updateComplete;
    expect(b!.getBoundingClientRect().top).toBeGreaterThan(a!.getBoundingClientRect().bottom);
  });

  it('fits long Polish names in 320 px without horizontal scrolling', async () => {
    host.style.width = '320px';
    const el = await mount(inline(longNamePartners(LOGO_BASE)));
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    for (const item of items(el)) expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(host.getBoundingClientRect().right);
  });

  it('takes the room it is given in a flex row or an inline-block, instead of collapsing to nothing', async () => {
    for (const display of ['flex', 'inline-block']) {
      host.style.cssText = `display: ${display}; width: 800px`;
      const el = await mount(inline(seed));
      expect(el.getBoundingClientRect().width, display).toBeGreaterThan(300);
      expect(el.getBoundingClientRect().width, display).toBeLessThanOrEqual(800);
    }
  });

  it('puts the list layout\'s text under the logo when narrow, beside it when wide', async () => {
    host.style.width = '900px';
    const el = await mount(inline(seed, 'layout="list"'));
    const withLogo = () => items(el).find((item) => item.querySelector('[part~="logo"]'))!;
    const below = () => {
      const item = withLogo();
      return item.querySelector('.body')!.getBoundingClientRect().top >= item.querySelector('[part~="logo"]')!.getBoundingClientRect().bottom;
    };
    expect(below()).toBe(false);
    host.style.width = '320px';
    await vi.waitFor(() => expect(below()).toBe(true));
  });

  it('uses the heading level the page asks for', async () => {
    const el = await mount(inline(seed, 'heading-level="2"'));
    expect(root(el).querySelector('[part~="name"]')!.getAttribute('aria-level')).toBe('2');
  });
});

describe('filters', () => {
  it('filters by kind and by text, counting with Polish plurals', async () => {
    const changes = vi.fn();
    host.addEventListener('razem-filter-change', (e) => changes((e as CustomEvent).detail));
    const el = await mount(inline(seed, 'show-filters'));
    expect(count(el)).toBe('Znaleziono 6 partnerów');

    await userEvent.selectOptions(root(el).querySelector('select')!, 'foundation');
    await el.updateComplete;
    expect(names(el)).toEqual(['Fundacja Rozwoju Gminy Kleszczów']);
    expect(count(el)).toBe('Znaleziono 1 partnera');
    expect(changes).toHaveBeenLastCalledWith({ kind: 'foundation', search: '', count: 1 });

    await userEvent.selectOptions(root(el).querySelector('select')!, '');
    // Kleszczów as a city, in names and in „Bełchatowsko-Kleszczowski”.
    await userEvent.type(root(el).querySelector('input')!, 'kleszczow');
    await el.updateComplete;
    expect(count(el)).toBe('Znaleziono 5 partnerów');
    await userEvent.type(root(el).querySelector('input')!, ' fundacja');
    await el.updateComplete;
    expect(count(el)).toBe('Znaleziono 1 partnera');
    expect(changes).toHaveBeenLastCalledWith({ kind: '', search: 'kleszczow fundacja', count: 1 });
  });

  it('announces the count to screen readers once, when typing pauses', async () => {
    const el = await mount(inline(seed, 'show-filters'));
    const status = root(el).querySelector('[role="status"]')!;
    // Nothing is announced on load: the count is on the page for anyone reading it.
    expect(status.textContent).toBe('');
    const said: string[] = [];
    new MutationObserver(() => said.push(status.textContent!)).observe(status, { childList: true, subtree: true, characterData: true });
    await userEvent.type(root(el).querySelector('input')!, 'kleszczow fundacja');
    await vi.waitFor(() => expect(status.textContent).toBe('Znaleziono 1 partnera'));
    // Eighteen keystrokes, one announcement.
    expect(said.filter(Boolean)).toEqual(['Znaleziono 1 partnera']);
  });

  it('labels its controls and says when nothing matches', async () => {
    const el = await mount(inline(seed, 'show-filters search="nic takiego"'), (e) => !!e.shadowRoot?.querySelector('select'));
    expect(root(el).querySelector('select')!.labels![0]!.textContent).toContain('Rodzaj instytucji');
    expect(root(el).querySelector('input')!.labels![0]!.textContent).toContain('Szukaj');
    expect(items(el)).toHaveLength(0);
    expect(text(el, 'empty')).toBe('Żaden partner nie pasuje do wybranych filtrów.');
    expect(count(el)).toBe('Znaleziono 0 partnerów');
  });

  it('applies kind and search given as attributes', async () => {
    const el = await mount(inline(seed, 'kind="cluster"'));
    expect(names(el)).toEqual(['Stowarzyszenie Klaster Obszaru Nowej Energii']);
    el.kind = '';
    el.search = 'bełchatów';
    await el.updateComplete;
    expect(items(el)).toHaveLength(2);
  });
});

describe('languages', () => {
  it('follows the lang of an ancestor, loading English copy on demand', async () => {
    host.lang = 'en-GB';
    const el = await mount(inline(seed, 'show-filters'));
    expect(text(el, 'role')).toBe('Coordinator');
    expect(count(el)).toBe('6 partners found');
    // Missing translations fall back to Polish, marked as Polish for screen readers.
    const arreks = items(el)[1]!.querySelector('[part~="description"]')!;
    expect(arreks.getAttribute('lang')).toBe('pl');
  });

  it('switches language when lang changes anywhere above it', async () => {
    document.documentElement.lang = 'pl';
    const el = await mount(inline(seed, 'show-filters'));
    expect(text(el, 'role')).toBe('Koordynator');
    document.documentElement.lang = 'uk-UA';
    await vi.waitFor(() => expect(text(el, 'role')).toBe('Координатор'));
    expect(count(el)).toBe('Знайдено 6 партнерів');
    el.lang = 'en';
    await vi.waitFor(() => expect(text(el, 'role')).toBe('Coordinator'));
  });

  it('uses Ukrainian few-forms and Polish for unsupported languages', async () => {
    host.lang = 'uk';
    const el = await mount(inline(seed.slice(0, 3), 'show-filters'));
    await vi.waitFor(() => expect(count(el)).toBe('Знайдено 3 партнери'));
    host.lang = 'de';
    await vi.waitFor(() => expect(count(el)).toBe('Znaleziono 3 partnerów'));
  });

  it('lets the page replace any text', async () => {
    const el = await mount(inline(seed, 'show-filters'));
    el.strings = { searchLabel: 'Wyszukaj instytucję', roles: { coordinator: 'Lider', member: 'Członek', associate: 'Wspiera' } };
    await el.updateComplete;
    expect(root(el).querySelector('input')!.labels![0]!.textContent).toContain('Wyszukaj instytucję');
    expect(text(el, 'role')).toBe('Lider');
  });
});

describe('states', () => {
  it('shows the empty state, replaceable through the empty slot', async () => {
    const el = await mount(inline([]), (e) => !!e.shadowRoot?.querySelector('[part~="empty"]'));
    expect(text(el, 'empty')).toBe('Nie ma jeszcze partnerów do pokazania.');
    const custom = await mount(
      `<razem-partner-list><script type="application/json">[]</script><p slot="empty">Wkrótce!</p></razem-partner-list>`,
      (e) => !!e.shadowRoot?.querySelector('[part~="empty"]'),
    );
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).toBe('Wkrótce!');
  });

  it('shows an error with Retry for broken inline JSON', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(
      `<razem-partner-list><script type="application/json">{oops</script></razem-partner-list>`,
      (e) => !!e.shadowRoot?.querySelector('[part~="error"]'),
    );
    expect(root(el).querySelector('[role="alert"]')!.textContent).toContain('Nie udało się wczytać listy partnerów.');
    el.querySelector('script')!.textContent = JSON.stringify(seed);
    await userEvent.click(root(el).querySelector('button')!);
    await vi.waitFor(() => expect(items(el)).toHaveLength(6));
  });

  it('keeps the keyboard focus in the element through Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(
      `<razem-partner-list><script type="application/json">{oops</script></razem-partner-list>`,
      (e) => !!e.shadowRoot?.querySelector('[part~="error"]'),
    );
    // Still broken: the focus moves to the new Retry button.
    root(el).querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(root(el).activeElement?.textContent?.trim()).toBe('Spróbuj ponownie'));
    // Fixed: the focus moves to the list that replaced the error.
    el.querySelector('script')!.textContent = JSON.stringify(seed);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(root(el).activeElement?.getAttribute('part')).toBe('list'));
  });

  it('explains a missing API address', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount('<razem-partner-list></razem-partner-list>', (e) => !!e.shadowRoot?.querySelector('[part~="error"]'));
    expect(text(el, 'error')).toContain('api-base');
  });

  it('reserves space and says it is loading', async () => {
    host.innerHTML = `<razem-partner-list api-base="${testApi().url}"></razem-partner-list>`;
    const el = host.querySelector('razem-partner-list')!;
    await el.updateComplete;
    const loading = root(el).querySelector('[part~="loading"]')!;
    expect(loading.querySelector('[role="status"]')!.textContent).toBe('Wczytywanie partnerów…');
    expect(loading.getBoundingClientRect().height).toBeGreaterThan(100);
  });
});

describe('<razem-partner-list> with the API', () => {
  it('loads the partners through the SDK', async () => {
    const loaded = vi.fn();
    host.addEventListener('razem-partners-loaded', (e) => loaded((e as CustomEvent).detail.source));
    const { url, publishableKey } = testApi();
    const el = await mount(`<razem-partner-list api-base="${url}" api-key="${publishableKey}"></razem-partner-list>`);
    expect(names(el)[0]).toBe('Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny Sp. z o.o.');
    expect(items(el).length).toBeGreaterThanOrEqual(4);
    expect(loaded).toHaveBeenCalledWith('api');
    const graph = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'];
    expect(graph).toHaveLength(items(el).length);
  });

  it('reads the API address once per page from meta tags', async () => {
    const meta = document.createElement('meta');
    meta.name = 'razem:api-base';
    meta.content = testApi().url;
    document.head.append(meta);
    const el = await mount('<razem-partner-list layout="compact"></razem-partner-list><razem-partner-list></razem-partner-list>');
    const second = host.querySelectorAll('razem-partner-list')[1]!;
    await vi.waitFor(() => expect(items(second).length).toBe(items(el).length));
  });

  it('shows an error when the API is unreachable, and loads once the page fixes its address', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = vi.fn();
    host.addEventListener('razem-load-failed', failed);
    const el = await mount(`<razem-partner-list api-base="${DEAD_API}"></razem-partner-list>`, (e) =>
      !!e.shadowRoot?.querySelector('[part~="error"]'),
    );
    expect(failed).toHaveBeenCalledOnce();
    expect(root(el).querySelector('[role="alert"]')!.textContent).toContain('Nie udało się wczytać listy partnerów.');
    el.setAttribute('api-base', testApi().url);
    await vi.waitFor(() => expect(items(el).length).toBeGreaterThan(0), { timeout: 15_000 });
  }, 40_000);

  it('replaces what it showed with the error when a new address fails, JSON-LD included', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(`<razem-partner-list api-base="${testApi().url}"></razem-partner-list>`);
    expect(el.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    el.setAttribute('api-base', DEAD_API);
    await vi.waitFor(() => expect(root(el).querySelector('[part~="error"]')).not.toBeNull(), { timeout: 15_000 });
    expect(items(el)).toHaveLength(0);
    expect(el.querySelector('script[type="application/ld+json"]')).toBeNull();
  }, 40_000);
});

describe('accessibility (axe)', () => {
  it.each([
    ['grid with filters', inline(seed, 'show-filters'), hasItems],
    ['list', inline(seed, 'layout="list"'), hasItems],
    ['compact', inline(longNamePartners(LOGO_BASE), 'layout="compact"'), hasItems],
    ['dark theme', inline(seed, 'theme="dark" show-filters'), hasItems],
    ['empty', inline([]), (e: RazemPartnerList) => !!e.shadowRoot?.querySelector('[part~="empty"]')],
  ])('%s has no violations', async (_name, markup, done) => {
    const el = await mount(markup, done);
    await expectNoAxeViolations(el);
  });

  it('error state has no violations', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount('<razem-partner-list></razem-partner-list>', (e) => !!e.shadowRoot?.querySelector('[part~="error"]'));
    await expectNoAxeViolations(el);
  });
});
