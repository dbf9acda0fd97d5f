/**
 * The partner list filtered the way visitors filter it: by kind, then by a search word; the
 * count is announced and the list shows exactly the partners the API has for that filter.
 */
import { createRazemClient } from '@razem/sdk';
import { expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
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
