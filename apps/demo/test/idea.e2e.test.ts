/**
 * A resident sends an idea with the keyboard alone (Tab, typing, Space, Enter): refuses cookies
 * on the banner, jumps to the form from the navigation, meets the error summary, fixes the
 * fields and sends. Consortium staff then find the idea in the admin list through the SDK.
 * On a slow network, a lazily loaded chunk that does not arrive (the status check, the English
 * copy) leaves the form usable and is downloaded again on Retry or the next switch of language.
 */
import { randomUUID } from 'node:crypto';
import { createRazemAdminClient } from '@razem/sdk';
import { expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
import { ABORTED_DOWNLOADS, breakChunk } from './support/chunks.ts';
import { bannerShown, decide } from './support/consent.ts';
import { demoEnv } from './support/env.ts';
import { focused, tabTo } from './support/keyboard.ts';

const env = demoEnv();
const visitors = visitorsInChromium();

it('an idea sent by keyboard alone reaches the admin list', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const unique = randomUUID().slice(0, 8);
  const idea = {
    title: `Ścieżka rowerowa wokół zalewu ${unique}`,
    description:
      'Po rekultywacji odkrywki powstanie zalew. Proponuję ścieżkę rowerową dookoła, z wypożyczalnią rowerów i punktami widokowymi dla mieszkańców i turystów.',
    email: `rowery-${unique}@example.org`,
  };

  await page.goto(`${env.url}/`);
  await bannerShown(page);

  // The banner comes first in the page, so the first Tabs reach it.
  await tabTo(page, (c) => c.host === 'razem-consent-banner' && c.name === 'Odrzuć wszystkie', 'the banner’s “reject all”');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('razem-consent-banner[open]').count()).toBe(0);

  // From the navigation to the form.
  await tabTo(page, (c) => c.tag === 'a' && c.name === 'Zgłoś pomysł', 'the “Zgłoś pomysł” link');
  await page.keyboard.press('Enter');
  await tabTo(page, (c) => c.host === 'razem-idea-form' && c.id === 'title', 'the title field', 10);

  // Enter in an empty one-line field sends the form: the error summary takes focus.
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page))?.name ?? '').toContain('Popraw błędy w formularzu');
  await expectAccessible(page, 'idea form with the error summary');

  // The summary links to each field: its first link leads back to the title.
  await tabTo(page, (c) => c.tag === 'a' && c.name.includes('Wpisz tytuł'), 'the summary’s link to the title', 5);
  await page.keyboard.press('Enter');
  expect((await focused(page))?.id).toBe('title');

  // At a person's pace: a form filled faster than the minimum fill time is stored but marked as
  // suspected spam, which this idea must not be.
  await page.keyboard.type(idea.title, { delay: 20 });
  await page.keyboard.press('Tab');
  expect((await focused(page))?.id).toBe('description');
  await page.keyboard.type(idea.description, { delay: 20 });
  // Typing on a focused select picks the option that starts with what was typed.
  await tabTo(page, (c) => c.id === 'category', 'the category select', 3);
  await page.keyboard.type('Infrastruktura');
  await tabTo(page, (c) => c.id === 'authorRole', 'the role select', 3);
  await page.keyboard.type('Mieszkaniec');
  await tabTo(page, (c) => c.id === 'email', 'the e-mail field', 4);
  await page.keyboard.type(idea.email);
  await tabTo(page, (c) => c.id === 'privacyConsent', 'the consent box', 6);
  await page.keyboard.press('Space');
  await tabTo(page, (c) => c.tag === 'button' && c.name === 'Wyślij pomysł', 'the send button', 3);
  await page.keyboard.press('Enter');

  const code = page.locator('razem-idea-form').locator('[part~="code"]');
  await code.waitFor({ timeout: 30_000 });
  const trackingCode = (await code.textContent())?.trim() ?? '';
  expect(trackingCode).toMatch(/^RZM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await expect.poll(() => page.getByText('Dziękujemy! Otrzymaliśmy Twój pomysł').isVisible()).toBe(true);
  await expectAccessible(page, 'idea form after sending');

  const admin = createRazemAdminClient({ baseUrl: env.apiUrl, secretKey: env.secretKey });
  const found = await admin.ideas.list({ email: idea.email });
  expect(found.data).toHaveLength(1);
  expect(found.data[0]).toMatchObject({
    trackingCode,
    title: idea.title,
    description: idea.description,
    category: 'infrastructure',
    authorRole: 'resident',
    email: idea.email,
    privacyNoticeVersion: 'frgk-2025-01',
    sourceSite: env.site,
    status: 'received',
    // The form waits out its minimum fill time, so a person is never taken for a bot.
    suspectedSpam: false,
  });
  visitor.expectNoProblems();
  await context.close();
});

it('on a slow network, the status check whose code failed to download shows an error, and Retry checks the code', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const admin = createRazemAdminClient({ baseUrl: env.apiUrl, secretKey: env.secretKey });
  const [known] = (await admin.ideas.list({ limit: 1 })).data;
  const chunk = await breakChunk(page, 'widgets/src/idea-form/status-view.ts');
  await page.goto(`${env.url}/`);
  await decide(page, 'reject');
  // As a partner's "check your idea" page with the code from an e-mail would have it.
  await page.evaluate((code) => {
    const form = document.createElement('razem-idea-form');
    form.id = 'status-check';
    form.setAttribute('mode', 'status');
    form.setAttribute('tracking-code', code);
    document.querySelector('#pomysl .panel')!.append(form);
  }, known!.trackingCode);
  const status = page.locator('#status-check');

  await status.getByRole('alert').getByText('Nie udało się sprawdzić statusu.').waitFor();
  chunk.heal();
  await status.getByRole('button', { name: 'Sprawdź' }).click();
  // While the retry downloads, the visitor sees it working, not the same error as before.
  await status.locator('[part~="loading"]').getByRole('status').getByText('Sprawdzanie…').waitFor();
  expect(await status.getByRole('alert').count()).toBe(0);
  chunk.deliver();

  await status.getByText(known!.title).waitFor();
  expect(await status.locator('[part~="status"]').getByText(known!.trackingCode).isVisible()).toBe(true);
  expect(chunk.downloads).toBe(2);
  // The focus stayed in the form: on the status heading the retry led to.
  expect(await status.evaluate((el) => el.shadowRoot!.activeElement?.id)).toBe('status-title');
  visitor.expectNoProblems(ABORTED_DOWNLOADS);
  await context.close();
});

it('on a slow network, switching the language keeps the form, what was typed and the focus until the new copy is there', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const english = await breakChunk(page, 'widgets/src/idea-form/locales-en.ts');
  english.heal(); // downloads arrive, but only when the test lets them through
  await page.goto(`${env.url}/`);
  await decide(page, 'reject');
  const form = page.locator('razem-idea-form');
  const title = form.locator('#title');
  await title.click();
  await page.keyboard.type('Ławki');
  const titleFocused = () => title.evaluate((input) => (input.getRootNode() as ShadowRoot).activeElement === input);

  await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  await expect.poll(() => english.downloads).toBe(1);
  // While English downloads: the same form, in Polish, still taking keystrokes.
  expect(await form.getByRole('button', { name: 'Wyślij pomysł' }).isVisible()).toBe(true);
  expect(await titleFocused()).toBe(true);
  await page.keyboard.type(' w parku');

  english.deliver();
  await form.getByRole('button', { name: 'Send idea' }).waitFor();
  expect(await title.inputValue()).toBe('Ławki w parku');
  expect(await titleFocused()).toBe(true);
  visitor.expectNoProblems();
  await context.close();
});

it('on a slow network, English copy that failed to download shows Polish, and the next switch to English tries again', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const english = await breakChunk(page, 'widgets/src/idea-form/locales-en.ts');
  await page.goto(`${env.url}/`);
  await decide(page, 'reject');
  const form = page.locator('razem-idea-form');
  await form.locator('#title').fill('Ławki w parku');
  const setLang = (lang: string) => page.evaluate((value) => document.documentElement.setAttribute('lang', value), lang);

  // The page switches to English while the connection is down: the form stays usable, in Polish.
  await setLang('en');
  await expect.poll(() => english.downloads).toBe(1);
  await form.getByRole('button', { name: 'Wyślij pomysł' }).waitFor();
  english.heal();
  english.deliver();
  // Back to Polish and to English again (as a language switcher would): now it is English.
  await setLang('pl');
  await setLang('en');
  await form.getByRole('button', { name: 'Send idea' }).waitFor();
  expect(english.downloads).toBe(2);
  // What the visitor typed survived both switches.
  expect(await form.locator('#title').inputValue()).toBe('Ławki w parku');
  visitor.expectNoProblems(ABORTED_DOWNLOADS);
  await context.close();
});
