/**
 * The page built by Vite from the npm packages (`/vite/`): the same elements and the same
 * consent rules, nothing from the CDN build, and the SDK used directly for the page's own
 * "upcoming events" teaser, which shows what the API lists.
 */
import { createRazemClient } from '@razem/sdk';
import { expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
import { analyticsRuns, bannerShown, decide } from './support/consent.ts';
import { statsHits } from './support/demo-log.ts';
import { demoEnv } from './support/env.ts';

const env = demoEnv();
const visitors = visitorsInChromium();

it('renders every element from the npm build, with consent and the SDK teaser', async () => {
  const upcoming = (await createRazemClient({ baseUrl: env.apiUrl }).events.list({ limit: 3, status: 'scheduled' })).data;
  expect(upcoming).toHaveLength(3);
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const hitsBefore = await statsHits();

  await page.goto(`${env.url}/vite/`);
  await bannerShown(page);
  expect(await analyticsRuns(page)).toBe(0);

  // The teaser: three cards with the API's next three events, in the page's own markup.
  const teaser = page.locator('#najblizsze');
  await expect.poll(() => teaser.getAttribute('aria-busy')).toBeNull();
  expect((await teaser.locator('li strong').allTextContents()).map((t) => t.trim())).toEqual(upcoming.map((e) => e.title.pl));
  expect(await teaser.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).toEqual(
    upcoming.map((e) => e.startsAt),
  );

  // The elements: calendar as a list, partners as rows, the idea status check.
  await page.locator('razem-event-calendar').locator('[part~="item"]').first().waitFor();
  await page.locator('razem-partner-list').getByRole('heading', { level: 3 }).first().waitFor();
  await page.locator('razem-idea-form').getByRole('button', { name: 'Sprawdź' }).waitFor();
  await expectAccessible(page, 'Vite page, first visit');

  await decide(page, 'accept');
  await expect.poll(() => analyticsRuns(page)).toBe(1);
  await expect.poll(() => statsHits()).toBe(hitsBefore + 1);
  await expectAccessible(page, 'Vite page after accepting');

  // Built from npm: scripts come from Vite's output, none from the CDN build.
  expect(visitor.requests.some((url) => url.includes('/vite/assets/') && url.endsWith('.js'))).toBe(true);
  expect(visitor.requests.filter((url) => url.includes('/cdn/'))).toEqual([]);
  visitor.expectNoProblems();
  await context.close();
});
