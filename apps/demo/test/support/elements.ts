/** Waiting for the demo pages' elements as a visitor sees them. */
import type { Page } from 'playwright-core';

/** Resolves once the partner list, the calendar (grid or list) and the idea form show content. */
export async function elementsRendered(page: Page): Promise<void> {
  await page.locator('razem-partner-list').getByRole('heading', { level: 3 }).first().waitFor();
  await page.locator('razem-event-calendar').locator('[part~="event"], [part~="item"]').first().waitFor();
  await page.locator('razem-idea-form').locator('input').first().waitFor();
}
