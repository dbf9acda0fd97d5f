/**
 * Both pages at the narrowest width a designer checks (320 CSS pixels): nothing pushes the page
 * sideways once every element has rendered, and axe finds nothing there either. And the privacy
 * policy, where the withdrawal button sits in the text.
 */
import { expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
import { decide } from './support/consent.ts';
import { elementsRendered } from './support/elements.ts';
import { demoEnv } from './support/env.ts';

const env = demoEnv();
const visitors = visitorsInChromium();

it.each(['/', '/vite/'])('%s fits a 320 px wide screen', async (path) => {
  const visitor = await visitors.open({ viewport: { width: 320, height: 640 } });
  const { page, context } = visitor;
  await page.goto(env.url + path);
  await decide(page, 'reject');
  await elementsRendered(page);
  const widths = await page.evaluate(() => ({ viewport: document.documentElement.clientWidth, content: document.documentElement.scrollWidth }));
  expect(widths.content).toBeLessThanOrEqual(widths.viewport);
  await expectAccessible(page, `${path} at 320 px`);
  visitor.expectNoProblems();
  await context.close();
});

it('the privacy policy explains the cookies and offers withdrawal', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  await page.goto(`${env.url}/polityka-prywatnosci`);
  await decide(page, 'accept');
  expect(await page.getByRole('cell', { name: '_ga_demo' }).count()).toBe(1);
  await page.getByRole('button', { name: 'Zmień ustawienia plików cookie' }).click();
  await page.getByRole('button', { name: 'Zapisz wybór' }).waitFor();
  await expectAccessible(page, 'privacy policy with the settings layer open');
  visitor.expectNoProblems();
  await context.close();
});
