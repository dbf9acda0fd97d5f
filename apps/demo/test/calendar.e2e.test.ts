/**
 * The event calendar by keyboard, after the APG grid pattern: focus the grid, PageDown to the
 * next month (the heading and the live region say which), arrows to a day with events, Enter for
 * the day, Enter again for one event's details, Escape back to the same day. On a slow network,
 * a lazily loaded chunk that does not arrive (the API code, the dialog) gives an error with Retry.
 */
import { expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { visitorsInChromium } from './support/browser.ts';
import type { Page } from 'playwright-core';
import { ABORTED_DOWNLOADS, breakChunk, type ChunkFault } from './support/chunks.ts';
import { decide } from './support/consent.ts';
import { demoEnv } from './support/env.ts';
import { focused } from './support/keyboard.ts';

const env = demoEnv();
const visitors = visitorsInChromium();

/** The month after the current one in Warsaw: its name as a title ("grudzień 2026") and in dates ("grudnia 2026"). */
function nextMonth(): { title: string; inDates: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const middle = new Date(Date.UTC(month === 12 ? year + 1 : year, month % 12, 15, 12));
  const title = new Intl.DateTimeFormat('pl', { month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(middle);
  const inDates = new Intl.DateTimeFormat('pl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' })
    .format(middle)
    .replace(/^\d+\s+/, '');
  return { title: title.toLowerCase(), inDates };
}

it('moves to the next month with PageDown and opens an event with arrows and Enter', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  await page.goto(`${env.url}/#kalendarz`);
  await decide(page, 'reject');
  const calendar = page.locator('razem-event-calendar');
  await calendar.getByRole('gridcell').first().waitFor();
  await expectAccessible(page, 'calendar, current month');

  // The grid is one tab stop: its focusable cell is today's.
  await calendar.locator('[role="gridcell"][tabindex="0"]').focus();
  expect((await focused(page))?.role).toBe('gridcell');

  const expected = nextMonth();
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await calendar.locator('[part~="title"]').textContent())?.trim().toLowerCase()).toBe(expected.title);
  await expect.poll(async () => (await calendar.getByRole('status').allTextContents()).map((t) => t.trim().toLowerCase())).toContain(expected.title);
  expect((await focused(page))?.name).toContain(expected.inDates);

  // Wait for the month's events, then pick the first day of this month that has any.
  await expect.poll(() => calendar.locator('[role="gridcell"] [part~="event"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const cells = await calendar.getByRole('gridcell').evaluateAll((elements) =>
    elements.map((cell) => ({
      name: cell.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      focused: cell.getAttribute('tabindex') === '0',
      events: [...cell.querySelectorAll('[part~="event"]')].map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    })),
  );
  const from = cells.findIndex((c) => c.focused);
  const to = cells.findIndex((c) => c.name.includes(expected.inDates) && c.events.length > 0);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to, 'a day of next month with events (the seed plans events 9 months ahead)').toBeGreaterThanOrEqual(0);

  // Weeks first, then days: every step stays inside the month.
  const delta = to - from;
  const weeks = Math.trunc(delta / 7);
  for (let i = 0; i < Math.abs(weeks); i++) await page.keyboard.press(weeks > 0 ? 'ArrowDown' : 'ArrowUp');
  const days = delta - weeks * 7;
  for (let i = 0; i < Math.abs(days); i++) await page.keyboard.press(days > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect.poll(async () => (await focused(page))?.name).toBe(cells[to]!.name);

  // Enter opens the day; its events are buttons in the dialog.
  await page.keyboard.press('Enter');
  const dialog = calendar.getByRole('dialog');
  await dialog.waitFor();
  const firstEvent = dialog.locator('[part~="event"]').first();
  await firstEvent.waitFor();
  const eventTitle = (await firstEvent.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
  for (let i = 0; i < 10 && (await focused(page))?.name !== eventTitle; i++) await page.keyboard.press('Tab');
  expect((await focused(page))?.name).toBe(eventTitle);
  await page.keyboard.press('Enter');

  await expect.poll(async () => (await dialog.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe(eventTitle);
  expect(cells[to]!.events.some((chip) => chip.includes(eventTitle))).toBe(true);
  await expectAccessible(page, 'calendar, event details open');

  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect((await focused(page))?.role).toBe('gridcell');
  await expectAccessible(page, 'calendar, next month after closing the details');
  visitor.expectNoProblems();
  await context.close();
});

it('names the clock of its Warsaw times for a visitor in New York, and stays quiet for one in Warsaw', async () => {
  for (const [timezoneId, named] of [
    ['Europe/Warsaw', false],
    ['America/New_York', true],
  ] as const) {
    const visitor = await visitors.open({ timezoneId });
    await visitor.page.goto(`${env.url}/#kalendarz`);
    await decide(visitor.page, 'reject');
    const calendar = visitor.page.locator('razem-event-calendar');
    await calendar.getByRole('gridcell').first().waitFor();
    const note = calendar.locator('[part~="zone"]');
    if (named) {
      await expect
        .poll(async () => (await note.textContent())?.trim())
        .toMatch(/^Godziny według strefy: czas środkowoeuropejski \(GMT\+[12]( → GMT\+[12])?\)$/);
    } else {
      expect(await note.count()).toBe(0);
    }
    visitor.expectNoProblems();
    await visitor.context.close();
  }
});

/** A visitor on the demo's calendar section, whose chunk holding `module` fails until healed. */
async function calendarWithBrokenChunk(module: string) {
  const visitor = await visitors.open();
  const fault = await breakChunk(visitor.page, `widgets/src/event-calendar/${module}`);
  await visitor.page.goto(`${env.url}/#kalendarz`);
  await decide(visitor.page, 'reject');
  return { visitor, page: visitor.page, context: visitor.context, fault, calendar: visitor.page.locator('razem-event-calendar') };
}

it('on a slow network, events whose loading code failed to download show an error, and Retry loads them', async () => {
  const { visitor, context, fault: load, calendar } = await calendarWithBrokenChunk('load.ts');

  // Not a skeleton for ever: the visitor is told, in the page's language, and can try again.
  await calendar.getByRole('alert').getByText('Nie udało się wczytać wydarzeń.').waitFor();
  load.heal();
  await calendar.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  load.deliver();
  await expect.poll(() => calendar.locator('[part~="event"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await calendar.getByRole('alert').count()).toBe(0);
  visitor.expectNoProblems([...ABORTED_DOWNLOADS, /\[razem-event-calendar\]/]);
  await context.close();
});

it('on a slow network, an event whose details failed to download shows an error, and Retry opens its details', async () => {
  const { visitor, context, fault: extras, calendar } = await calendarWithBrokenChunk('extras.ts');
  const chip = calendar.locator('[role="gridcell"] [part~="event"]').first();
  await chip.waitFor({ timeout: 15_000 });
  const title = (await chip.locator('.name').textContent())?.trim() ?? '';

  // A click that cannot open the details says so, rather than doing nothing.
  await chip.click();
  const alert = calendar.getByRole('alert');
  await alert.getByText('Nie udało się wczytać części kalendarza.').waitFor();
  expect(await calendar.getByRole('dialog').count()).toBe(0);
  extras.heal();
  await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  extras.deliver();
  const dialog = calendar.getByRole('dialog');
  await dialog.waitFor();
  await expect.poll(async () => (await dialog.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe(title);
  // The filters of `show-filters`, from the same chunk, are there too; the error is gone.
  await calendar.getByRole('combobox', { name: 'Rodzaj' }).waitFor({ state: 'attached' });
  expect(await calendar.getByRole('alert').count()).toBe(0);
  visitor.expectNoProblems(ABORTED_DOWNLOADS);
  await context.close();
});

it('on a slow network, a calendar with deep links whose code failed to download shows an error, and Retry shows the month', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const extras = await breakChunk(page, 'widgets/src/event-calendar/extras.ts');
  await page.goto(`${env.url}/`);
  await decide(page, 'reject');
  // The page's calendar as a partner with shareable event links would embed it.
  await page.evaluate(() => {
    const calendar = document.createElement('razem-event-calendar');
    calendar.id = 'linked';
    calendar.setAttribute('deep-link', '');
    document.querySelector('razem-event-calendar')!.replaceWith(calendar);
  });
  const calendar = page.locator('#linked');

  // It waits for the month its link names; not for ever.
  await calendar.getByRole('alert').getByText('Nie udało się wczytać części kalendarza.').waitFor();
  extras.heal();
  await calendar.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  extras.deliver();
  await expect.poll(() => calendar.locator('[part~="event"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await calendar.getByRole('alert').count()).toBe(0);
  visitor.expectNoProblems(ABORTED_DOWNLOADS);
  await context.close();
});

it('on a slow network, an event clicked while its details download says it is loading; clicked twice, it opens once, and is reported once', async () => {
  const visitor = await visitors.open();
  const { page, context } = visitor;
  const extras = await breakChunk(page, 'widgets/src/event-calendar/extras.ts');
  extras.heal(); // it arrives, but only when the test lets it
  await page.goto(`${env.url}/#kalendarz`);
  await decide(page, 'reject');
  await page.evaluate(() => {
    const opened: string[] = ((window as unknown as { opened: string[] }).opened = []);
    document.addEventListener('razem-event-open', (event) => opened.push((event as CustomEvent<{ id: string }>).detail.id));
  });
  const calendar = page.locator('razem-event-calendar');
  const chip = calendar.locator('[role="gridcell"] [part~="event"]').first();
  await chip.waitFor({ timeout: 15_000 });
  const id = await chip.getAttribute('data-id');
  const title = (await chip.locator('.name').textContent())?.trim() ?? '';

  // The calendar says it is loading, yet the visitor clicks again.
  await chip.click();
  const loading = calendar.locator('[part~="loading"]').getByRole('status');
  await expect.poll(() => loading.textContent()).toBe('Wczytywanie wydarzeń…');
  await chip.click();
  await page.evaluate(() => new Promise(requestAnimationFrame)); // the second click's render
  expect(await loading.count()).toBe(1); // still there: no flicker
  extras.deliver();
  const dialog = calendar.getByRole('dialog');
  await dialog.waitFor();
  expect(await loading.count()).toBe(0);
  expect((await dialog.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe(title);
  expect(await page.evaluate(() => (window as unknown as { opened: string[] }).opened)).toEqual([id]);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(await chip.evaluate((element) => element.getRootNode() instanceof ShadowRoot && (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
  visitor.expectNoProblems();
  await context.close();
});

/**
 * A keyboard user presses the calendar's Retry under `message` while `fault` still fails: the
 * error comes back, and so must the focus, to the new Retry (not to the toolbar).
 */
async function retryStillBroken(page: Page, fault: ChunkFault, message: string): Promise<void> {
  const alert = page.locator('razem-event-calendar').getByRole('alert');
  await alert.getByText(message).waitFor({ timeout: 15_000 });
  await alert.getByRole('button', { name: 'Spróbuj ponownie' }).focus();
  const before = fault.downloads;
  await page.keyboard.press('Enter');
  await expect.poll(() => fault.downloads).toBeGreaterThan(before);
  await alert.getByText(message).waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ host: 'razem-event-calendar', tag: 'button', name: 'Spróbuj ponownie' });
}

it('on a slow network, Retry of calendar code that fails to download again leaves the focus on the new Retry', async () => {
  const { visitor, page, context, fault: extras } = await calendarWithBrokenChunk('extras.ts');
  await retryStillBroken(page, extras, 'Nie udało się wczytać części kalendarza.');
  visitor.expectNoProblems(ABORTED_DOWNLOADS);
  await context.close();
});

it('on a slow network, Retry of events that fail again keeps the focus on Retry, and once they load, on the month', async () => {
  const { visitor, page, context, fault: load } = await calendarWithBrokenChunk('load.ts');
  await retryStillBroken(page, load, 'Nie udało się wczytać wydarzeń.');

  // Back online: the focus lands in the month grid, where the arrows work.
  load.heal();
  await page.keyboard.press('Enter');
  load.deliver();
  await expect.poll(() => page.locator('razem-event-calendar').locator('[part~="event"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await focused(page))?.role).toBe('gridcell');
  visitor.expectNoProblems([...ABORTED_DOWNLOADS, /\[razem-event-calendar\]/]);
  await context.close();
});

it('on a slow network, the subscription whose code failed to download shows an error, and Retry shows the feed address', async () => {
  const { visitor, page, context, fault: load, calendar } = await calendarWithBrokenChunk('load.ts');
  await calendar.getByRole('alert').getByText('Nie udało się wczytać wydarzeń.').waitFor({ timeout: 15_000 });

  // Not "loading" for ever: the dialog says what went wrong and offers Retry.
  await calendar.getByRole('button', { name: 'Subskrybuj kalendarz' }).click();
  const dialog = calendar.getByRole('dialog');
  await dialog.getByRole('alert').getByText('Nie udało się wczytać części kalendarza.').waitFor();
  // Still down: a second failure is shown again, with the focus on its Retry.
  const before = load.downloads;
  await dialog.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  await expect.poll(() => load.downloads).toBeGreaterThan(before);
  await dialog.getByRole('alert').getByText('Nie udało się wczytać części kalendarza.').waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ host: 'razem-event-calendar', tag: 'button', name: 'Spróbuj ponownie' });

  load.heal();
  await page.keyboard.press('Enter');
  load.deliver();
  const feed = dialog.getByRole('textbox');
  await feed.waitFor();
  expect(await feed.inputValue()).toMatch(/^https?:\/\/.*\/v1\/events\.ics/);
  expect(await dialog.getByRole('alert').count()).toBe(0);
  visitor.expectNoProblems([...ABORTED_DOWNLOADS, /\[razem-event-calendar\]/]);
  await context.close();
});
