/**
 * One resident, two tabs of the partner page, one idea draft (typed in the first tab, restored in
 * the second). Whichever tab sends it, the consortium gets one idea, and the other tab says so in
 * words and with the tracking code instead of keeping an already sent draft alive. A second idea
 * is stored only when the person asks for one.
 */
import { randomUUID } from 'node:crypto';
import { createRazemAdminClient } from '@razem/sdk';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { visitorsInChromium, type WatchedContext } from './support/browser.ts';
import { decide } from './support/consent.ts';
import { demoEnv } from './support/env.ts';

const env = demoEnv();
const visitors = visitorsInChromium();
const admin = () => createRazemAdminClient({ baseUrl: env.apiUrl, secretKey: env.secretKey });

const form = (page: Page) => page.locator('razem-idea-form');
const codeOn = async (page: Page) => ((await form(page).locator('[part~="code"]').textContent({ timeout: 30_000 })) ?? '').trim();

/** Tab A with a typed draft, and tab B that restored it. */
async function twoTabsWithOneDraft(email: string): Promise<{ visitor: WatchedContext; a: Page; b: Page }> {
  const visitor = await visitors.open();
  const a = visitor.page;
  await a.goto(`${env.url}/`);
  await decide(a, 'reject');
  await form(a).locator('#title').fill('Wypożyczalnia rowerów przy zalewie');
  await form(a).locator('#description').fill('Rowery miejskie i cargo do wypożyczenia przy zalewie, z ładowarkami zasilanymi z paneli.');
  await form(a).locator('#category').selectOption('infrastructure');
  await form(a).locator('#authorRole').selectOption('resident');
  await form(a).locator('#email').fill(email);
  // Saved once typing pauses.
  await expect
    .poll(() => a.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':draft')).length), { timeout: 5000 })
    .toBe(1);
  const b = await visitor.context.newPage();
  await b.goto(`${env.url}/`);
  await form(b).getByText('Przywróciliśmy wersję roboczą').waitFor();
  return { visitor, a, b };
}

async function send(page: Page): Promise<void> {
  await form(page).locator('#privacyConsent').check();
  await form(page).getByRole('button', { name: 'Wyślij pomysł' }).click();
}

it('the same draft in two tabs is stored once; the other tab shows its tracking code', async () => {
  const email = `dwie-karty-${randomUUID().slice(0, 8)}@example.org`;
  const { visitor, a, b } = await twoTabsWithOneDraft(email);
  await send(a);
  const code = await codeOn(a);
  expect(code).toMatch(/^RZM-/);

  // Tab B, untouched since it restored the draft, shows the same idea as sent.
  expect(await codeOn(b)).toBe(code);
  await form(b).getByText('Ten pomysł został wysłany w innej karcie lub innym oknie.').waitFor();
  expect(await b.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':draft')))).toEqual([]);
  expect((await admin().ideas.list({ email })).data).toHaveLength(1);
  visitor.expectNoProblems();
  await visitor.context.close();
});

it('changes made in the other tab are not sent silently: it says why, and sends them as a new idea on request', async () => {
  const email = `zmiany-${randomUUID().slice(0, 8)}@example.org`;
  const { visitor, a, b } = await twoTabsWithOneDraft(email);
  const edited = 'Rowery miejskie i cargo przy zalewie, z ładowarkami z paneli i stojakami dla dzieci.';
  await form(b).locator('#description').fill(edited);
  await send(a);
  const code = await codeOn(a);

  const notice = form(b).locator('[part~="notice"]');
  await notice.getByText('Twoje zmiany nie zostały wysłane').waitFor();
  expect(await notice.textContent()).toContain(`Kod zgłoszenia: ${code}.`);
  expect(await form(b).locator('#description').inputValue()).toBe(edited);

  // Send on the same draft is refused by the API (409) and explained the same way: still one idea.
  const refused = b.waitForResponse((response) => response.url().endsWith('/v1/ideas') && response.status() === 409);
  await send(b);
  await refused;
  await notice.getByText('Twoje zmiany nie zostały wysłane').waitFor();
  expect((await admin().ideas.list({ email })).data).toHaveLength(1);

  await form(b).getByRole('button', { name: 'Wyślij jako nowy pomysł' }).click();
  const second = await codeOn(b);
  expect(second).toMatch(/^RZM-/);
  expect(second).not.toBe(code);
  const ideas = (await admin().ideas.list({ email })).data;
  expect(ideas.map((idea) => idea.description).sort()).toEqual(
    ['Rowery miejskie i cargo do wypożyczenia przy zalewie, z ładowarkami zasilanymi z paneli.', edited].sort(),
  );
  // The 409 is a refusal the page hears about; nothing else went wrong.
  visitor.expectNoProblems([/409/]);
  await visitor.context.close();
});
