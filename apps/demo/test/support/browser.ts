/**
 * Chromium for the end-to-end tests (playwright-core, the system browser) and pages that watch
 * for everything a visitor must never get: console errors, uncaught exceptions, CSP violations
 * and requests to anywhere but this machine.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared.ts';
import { expectNoCspReports } from './demo-log.ts';

/** The system Chromium, headless, quiet and offline, with `extraArgs`. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ headless: true, ...chromiumLaunchOptions(extraArgs) });
}

/**
 * One Chromium for the tests of the calling file or `describe` block: launched before them and
 * closed after them, when the demo server must also have received no CSP report. `open` gives
 * each test a new visitor.
 */
export function visitorsInChromium(): { open(options?: BrowserContextOptions): Promise<WatchedContext> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await expectNoCspReports();
  });
  return { open: (options) => openWatched(browser!, options) };
}

/** A browser context whose pages are watched. */
export interface WatchedContext {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations and off-machine requests, as they came. */
  problems: string[];
  /** Every http(s) URL requested in this context, in order. */
  requests: string[];
  /** Fails the test when {@link problems} has anything not matched by `expected`. */
  expectNoProblems(expected?: RegExp[]): void;
}

const LOOPBACK = /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

/** A fresh context (own cookies and storage, like a new visitor) with one watched page. */
export async function openWatched(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedContext> {
  const context = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw', ...options });
  const problems: string[] = [];
  const requests: string[] = [];
  // A binding rather than a page-side array: it survives navigations and sees every frame.
  await context.exposeBinding('__demoCspViolation', (_source, text: string) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __demoCspViolation(text: string): void }).__demoCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample} in ${event.documentURI}`);
    });
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    requests.push(url);
    if (!LOOPBACK.test(url)) problems.push(`request off this machine: ${url}`);
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  });
  const page = await context.newPage();
  return {
    context,
    page,
    problems,
    requests,
    expectNoProblems(expected = []) {
      expect(problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)))).toEqual([]);
    },
  };
}
