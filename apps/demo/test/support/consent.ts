/**
 * The consent banner as a visitor meets it, and what the page's gated parts show about it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the banner is shown (first visit, or the policy changed). */
export async function bannerShown(page: Page): Promise<void> {
  await page.locator('razem-consent-banner[open]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Odrzuć wszystkie' }).waitFor({ state: 'visible' });
}

/** Decides on the first layer with a click, as most visitors do, and waits for the banner to go. */
export async function decide(page: Page, choice: 'accept' | 'reject'): Promise<void> {
  await bannerShown(page);
  await page.getByRole('button', { name: choice === 'accept' ? 'Akceptuj wszystkie' : 'Odrzuć wszystkie' }).click();
  await expect.poll(() => page.locator('razem-consent-banner[open]').count()).toBe(0);
}

/** How many times the gated analytics snippet ran on this page load (0 when never). */
export function analyticsRuns(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { frgkStats?: number }).frgkStats ?? 0);
}
