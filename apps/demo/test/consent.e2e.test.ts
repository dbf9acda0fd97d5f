/**
 * Cookie consent on the script-tag page, as a visitor lives it: the first visit asks; refusing
 * runs nothing gated and clears what the category had left; accepting runs the analytics snippet
 * exactly once and loads the map; a returning visitor sees no banner and downloads none of its
 * code; the footer link withdraws consent as easily. Each decision is recorded as proof.
 */
import { createRazemAdminClient } from '@razem/sdk';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
import { analyticsRuns, bannerShown, decide } from './support/consent.ts';
import { statsHits } from './support/demo-log.ts';
import { demoEnv } from './support/env.ts';

const env = demoEnv();
const admin = createRazemAdminClient({ baseUrl: env.apiUrl, secretKey: env.secretKey });
const visitors = visitorsInChromium();

/** The consent id the page's core keeps (anonymous, random). */
const consentIdOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { razemConsent: { get(): { consentId: string } } }).razemConsent.get().consentId);

describe('consent on the script-tag page', () => {
  it('first visit → reject: nothing gated ran, the analytics cookies are gone, the refusal is recorded', async () => {
    const visitor = await visitors.open();
    const { page, context } = visitor;
    // Cookies an earlier analytics setup left behind: refusing must clear them.
    await context.addCookies([
      { name: '_ga_demo', value: 'GS1.1.old', url: env.url },
      { name: '_ga', value: 'GA1.1.123.456', url: env.url },
    ]);
    const hitsBefore = await statsHits();

    await page.goto(`${env.url}/`);
    await bannerShown(page);
    await expectAccessible(page, 'first visit, banner open');

    await decide(page, 'reject');
    await expect.poll(async () => (await context.cookies()).map((c) => c.name).sort()).toEqual(['razem_consent']);
    expect(await analyticsRuns(page)).toBe(0);
    // Still the inert placeholder: never turned into a script.
    expect(await page.locator('script[data-razem-consent="analytics"]').getAttribute('type')).toBe('text/plain');
    // The map stays blocked behind its placeholder.
    expect(await page.locator('iframe[data-razem-consent="media"]').getAttribute('src')).toBeNull();
    await expect.poll(() => page.getByRole('button', { name: 'Wczytaj tę treść' }).isVisible()).toBe(true);
    await expectAccessible(page, 'after rejecting');

    const consentId = await consentIdOf(page);
    await expect.poll(async () => (await admin.consents.list(consentId)).map((r) => r.method)).toEqual(['reject_all']);
    const [record] = await admin.consents.list(consentId);
    expect(record).toMatchObject({ site: env.site, policyRevision: 1, language: 'pl', choices: { necessary: true, analytics: false, media: false } });
    expect(await statsHits()).toBe(hitsBefore);
    visitor.expectNoProblems();
    await context.close();
  });

  it('accept → the analytics snippet runs exactly once; reload → no banner and no banner code', async () => {
    const visitor = await visitors.open();
    const { page, context } = visitor;
    const hitsBefore = await statsHits();

    await page.goto(`${env.url}/`);
    await decide(page, 'accept');
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    await expect.poll(() => statsHits()).toBe(hitsBefore + 1);
    expect((await context.cookies()).map((c) => c.name)).toContain('_ga_demo');
    // The map is released: the iframe gets its address and is shown.
    await expect.poll(() => page.locator('iframe[data-razem-consent="media"]').getAttribute('src')).toBe('/osadzenia/mapa');
    await expect.poll(() => page.locator('iframe[data-razem-consent="media"]').isVisible()).toBe(true);
    // Given time to misbehave, it still ran once.
    await page.waitForTimeout(500);
    expect(await analyticsRuns(page)).toBe(1);
    await expectAccessible(page, 'after accepting, map loaded');

    const consentId = await consentIdOf(page);
    await expect.poll(async () => (await admin.consents.list(consentId)).map((r) => r.method)).toEqual(['accept_all']);

    // The first visit did fetch the banner: the pattern below names what a reload must not fetch.
    expect(visitor.requests.some((url) => /consent-banner/.test(url))).toBe(true);
    const requestsBefore = visitor.requests.length;
    await page.reload({ waitUntil: 'load' });
    await page.locator('razem-partner-list').getByRole('heading', { level: 3 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const reloadRequests = visitor.requests.slice(requestsBefore);
    expect(await page.locator('razem-consent-banner').count()).toBe(0);
    expect(reloadRequests.filter((url) => /consent-banner|settings-layer/.test(url))).toEqual([]);
    // The stored decision is applied on load: the snippet runs once on this page too.
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    await expect.poll(() => statsHits()).toBe(hitsBefore + 2);
    await expectAccessible(page, 'returning visitor after accepting');
    // Applying a stored decision is not a new decision: nothing more is recorded.
    expect((await admin.consents.list(consentId)).length).toBe(1);
    visitor.expectNoProblems();
    await context.close();
  });

  it('withdrawal through the footer link is as easy: analytics off, its cookie cleared', async () => {
    const visitor = await visitors.open();
    const { page, context } = visitor;
    await page.goto(`${env.url}/`);
    await decide(page, 'accept');
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toContain('_ga_demo');

    await page.getByRole('button', { name: 'Ustawienia plików cookie' }).click();
    const analytics = page.getByRole('switch', { name: /analityczne/i });
    await analytics.waitFor();
    expect(await analytics.isChecked()).toBe(true);
    await expectAccessible(page, 'settings layer open');
    await analytics.uncheck();
    await page.getByRole('button', { name: 'Zapisz wybór' }).click();

    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).not.toContain('_ga_demo');
    const consentId = await consentIdOf(page);
    await expect.poll(async () => (await admin.consents.list(consentId)).map((r) => r.method)).toEqual(['accept_all', 'custom']);
    const records = await admin.consents.list(consentId);
    expect(records[1]?.choices).toMatchObject({ analytics: false, media: true });
    visitor.expectNoProblems();
    await context.close();
  });

  it('on a slow network, settings reopened right after a decision stay open when the decision’s effects arrive', async () => {
    const visitor = await visitors.open();
    const { page, context } = visitor;
    // The chunk that stores a decision arrives a second after it is asked for, as on a slow
    // connection; the visitor opens the settings meanwhile.
    let effectsArrived = false;
    await page.route(/\/effects-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
      effectsArrived = true;
    });
    await page.goto(`${env.url}/`);
    await decide(page, 'accept');
    await page.getByRole('button', { name: 'Ustawienia plików cookie' }).click();
    const analytics = page.getByRole('switch', { name: /analityczne/i });
    await analytics.waitFor();
    expect(effectsArrived).toBe(false);

    // Stored (the effects ran), and the settings are still there to change.
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toContain('razem_consent');
    expect(effectsArrived).toBe(true);
    await page.waitForTimeout(200);
    expect(await analytics.isVisible()).toBe(true);
    expect(await analytics.isChecked()).toBe(true);
    await analytics.uncheck();
    await page.getByRole('button', { name: 'Zapisz wybór' }).click();
    await expect.poll(async () => (await admin.consents.list(await consentIdOf(page))).map((r) => r.method)).toEqual(['accept_all', 'custom']);
    visitor.expectNoProblems();
    await context.close();
  });
});
