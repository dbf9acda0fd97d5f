/**
 * A partner page goes quiet once Razem has rendered: no element keeps re-rendering in the
 * background (which would burn the visitor's CPU and battery and block input on slow phones).
 */
import { expect, it } from 'vitest';
import { visitorsInChromium } from './support/browser.ts';
import { decide } from './support/consent.ts';
import { elementsRendered } from './support/elements.ts';
import { demoEnv } from './support/env.ts';

const env = demoEnv();
const visitors = visitorsInChromium();

it.each(['/', '/vite/'])('%s: after loading, the elements render at most a few more times a second', async (path) => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  await page.goto(env.url + path);
  await decide(page, 'reject');
  await elementsRendered(page);
  // Let the idle-time work (the calendar's prefetch of the neighbouring months) land first.
  await page.waitForTimeout(1_000);
  const renders = await page.evaluate(async () => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll<HTMLElement & { update(changed: unknown): void }>('razem-partner-list, razem-event-calendar, razem-idea-form, razem-consent-banner, razem-consent-settings')) {
      // Not upgraded (its code is only loaded when needed): it cannot render either.
      if (typeof el.update !== 'function') continue;
      const tag = el.localName;
      counts[tag] ??= 0;
      const update = el.update.bind(el);
      el.update = (changed) => {
        counts[tag]! += 1;
        update(changed);
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return counts;
  });
  expect(Object.keys(renders)).toEqual(expect.arrayContaining(['razem-partner-list', 'razem-event-calendar', 'razem-idea-form']));
  // A render loop does thousands a second; a late prefetch answer may honestly cause one or two.
  for (const [tag, count] of Object.entries(renders)) expect(count, tag).toBeLessThanOrEqual(3);
  visitor.expectNoProblems();
  await context.close();
});
