/**
 * The partner list filtered the way visitors filter it: by kind, then by a search word; the
 * count is announced and the list shows exactly the partners the API has for that filter.
 * On a slow network, the element's own file that failed to download is downloaded again by the
 * loader, without a reload, and again when the browser comes back online.
 */
import { createRazemClient } from '@razem/sdk';
import { expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
import { ABORTED_DOWNLOADS, breakChunk } from './support/chunks.ts';
import { decide } from './support/consent.ts';
import { demoEnv } from './support/env.ts';

const env = demoEnv();
const visitors = visitorsInChromium();

it('filters partners by kind and by search, announcing the count', async () => {
  const partners = (await createRazemClient({ baseUrl: env.apiUrl }).partners.list()).data;
  const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'pl'));
  const visitor = await visitors.open();
  const { page, context } = visitor;
  await page.goto(`${env.url}/#partnerzy`);
  await decide(page, 'reject');

  const list = page.locator('razem-partner-list');
  const names = async () => sorted((await list.getByRole('heading', { level: 3 }).allTextContents()).map((t) => t.trim()));
  await expect.poll(names).toEqual(sorted(partners.map((p) => p.name)));
  await expectAccessible(page, 'partner list, all partners');

  await list.getByLabel('Rodzaj instytucji').selectOption({ label: 'Fundacja' });
  const foundations = partners.filter((p) => p.kind === 'foundation').map((p) => p.name);
  expect(foundations.length).toBeGreaterThan(0);
  await expect.poll(names).toEqual(sorted(foundations));
  await expect.poll(() => list.getByText(/^Znaleziono \d+ partner/).textContent()).toContain(String(foundations.length));
  await expectAccessible(page, 'partner list filtered by kind');

  await list.getByLabel('Rodzaj instytucji').selectOption({ label: 'Wszystkie rodzaje' });
  await list.getByLabel('Szukaj').fill('Płock');
  const inPlock = partners
    .filter((p) => [p.name, p.shortName, p.address?.city ?? '', p.description.pl].some((text) => text.toLowerCase().includes('płock')))
    .map((p) => p.name);
  expect(inPlock.length).toBeGreaterThan(0);
  expect(inPlock.length).toBeLessThan(partners.length);
  await expect.poll(names).toEqual(sorted(inPlock));
  await expectAccessible(page, 'partner list filtered by search');

  await list.getByLabel('Szukaj').fill('nie ma takiej instytucji');
  await expect.poll(() => list.getByText('Żaden partner nie pasuje do wybranych filtrów.').isVisible()).toBe(true);
  await expectAccessible(page, 'partner list, no match');
  visitor.expectNoProblems();
  await context.close();
});

it('on a slow network, a partner list whose code failed to download is loaded again and shows the partners', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const define = await breakChunk(page, 'widgets/src/partner-list/partner-list.ts');
  await page.goto(`${env.url}/#partnerzy`);
  await decide(page, 'reject');
  await expect.poll(() => define.downloads, { timeout: 15_000 }).toBeGreaterThan(0);
  // What a partner may write inside the tag shows until the element is there.
  const list = page.locator('razem-partner-list');
  await list.evaluate((element) => (element.innerHTML = '<p>Partnerzy porozumienia: <a href="/partnerzy">pełna lista</a></p>'));
  const fallback = page.getByRole('link', { name: 'pełna lista' });
  expect(await fallback.isVisible()).toBe(true);

  // The connection recovers: the list appears without a reload (it stayed an empty box before).
  define.heal();
  define.deliver();
  await expect.poll(() => list.getByRole('heading', { level: 3 }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  expect(await fallback.isVisible()).toBe(false);
  expect(await page.locator('razem-event-calendar').evaluate((element) => element.matches(':defined'))).toBe(true);
  visitor.expectNoProblems([...ABORTED_DOWNLOADS, /\[razem\] could not load partner-list\//]);
  await context.close();
});

it('after its timed retries are used up, a file that failed to download is loaded when the browser is back online', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  // The loader's retry timers run on a clock the test moves: 2, 8 and 32 s pass in no time.
  await page.clock.install();
  const define = await breakChunk(page, 'widgets/src/partner-list/partner-list.ts');
  await page.goto(`${env.url}/#partnerzy`);
  await decide(page, 'reject');
  for (const [wait, downloads] of [[0, 1], [2_000, 2], [8_000, 3], [32_000, 4]] as const) {
    await page.clock.runFor(wait);
    await expect.poll(() => define.downloads, { timeout: 15_000 }).toBe(downloads);
  }
  await page.clock.runFor(10 * 60_000);
  expect(define.downloads).toBe(4);

  define.heal();
  define.deliver();
  await context.setOffline(true);
  await context.setOffline(false);
  const list = page.locator('razem-partner-list');
  await expect.poll(() => list.getByRole('heading', { level: 3 }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(define.downloads).toBe(5);
  visitor.expectNoProblems([...ABORTED_DOWNLOADS, /\[razem\] could not load partner-list\//]);
  await context.close();
});
