/**
 * The shipped CDN build (dist/cdn, minified, templates compacted), not the sources: what a
 * partner's script tag loads must behave like the tested element. Needs `pnpm build` first
 * (turbo runs it before `test`).
 */
import { beforeAll, expect, it, vi } from 'vitest';
import { LOGO_BASE, testApi } from '../../test/api.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { seedPartners } from './fixtures.js';

beforeAll(async () => {
  document.documentElement.removeAttribute('lang');
  await import(/* @vite-ignore */ `${location.origin}/dist/cdn/partner-list/define.js`);
});

const items = (el: Element) => el.shadowRoot?.querySelectorAll('[part~="item"]') ?? [];

it('renders inline JSON with the minified bundle', async () => {
  document.body.innerHTML = `<razem-partner-list show-filters layout="list"><script type="application/json">${JSON.stringify(
    seedPartners(LOGO_BASE),
  )}</script></razem-partner-list>`;
  const el = document.querySelector('razem-partner-list')!;
  await vi.waitFor(() => expect(items(el)).toHaveLength(6));
  expect(el.shadowRoot!.querySelector('[part~="count"]')!.textContent).toBe('Znaleziono 6 partnerów');
  const link = el.shadowRoot!.querySelector('a[target="_blank"]')!;
  expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Strona internetowa: bkppt.pl (otwiera się w nowej karcie)');
  await expectNoAxeViolations(el);
});

it('loads from the API with the bundled SDK', async () => {
  document.body.innerHTML = `<razem-partner-list api-base="${testApi().url}"></razem-partner-list>`;
  const el = document.querySelector('razem-partner-list')!;
  await vi.waitFor(() => expect(items(el).length).toBeGreaterThan(3), { timeout: 15_000 });
  expect(el.querySelector('script[type="application/ld+json"]')).not.toBeNull();
});
