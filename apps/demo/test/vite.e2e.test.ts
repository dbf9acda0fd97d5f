/**
 * The page built by Vite from the npm packages (`/vite/`): the same elements and the same
 * consent rules, nothing from the CDN build, and the SDK used directly for the page's own
 * "upcoming events" teaser, which shows what the API lists. On a slow network, the elements'
 * lazily loaded chunks, named by Vite, fail the way the CDN build's do (one check of the calendar).
 */
import { createRazemClient } from '@razem/sdk';
import { expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
import { ABORTED_DOWNLOADS } from './support/chunks.ts';
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

it('on a slow network, the calendar bundled by Vite shows an error for details that failed to download, and Retry opens them', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  // Vite names the calendar's on-demand chunk after its entry module, extras.ts.
  let broken = true;
  await page.route(/\/vite\/assets\/extras-[\w-]+\.js$/, (route) => (broken ? route.abort() : route.continue()));
  await page.goto(`${env.url}/vite/`);
  await decide(page, 'reject');
  const calendar = page.locator('razem-event-calendar');
  const item = calendar.locator('[part~="item"] [data-id]').first();
  await item.waitFor({ timeout: 15_000 });

  await item.click();
  const alert = calendar.getByRole('alert');
  await alert.getByText('Nie udało się wczytać części kalendarza.').waitFor();
  broken = false;
  await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  await calendar.getByRole('dialog').getByRole('heading', { level: 2 }).waitFor();
  expect(await calendar.getByRole('alert').count()).toBe(0);
  visitor.expectNoProblems(ABORTED_DOWNLOADS);
  await context.close();
});
