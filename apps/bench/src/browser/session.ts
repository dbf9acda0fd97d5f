/**
 * A Chromium session for the browser sections: builds and serves the page harness, opens a
 * fresh context per sample (a first-time visitor: empty cache, cookies and storage), and runs
 * page calls under a time cap. A page that blows the cap may be stuck in a long task; its
 * context is closed, and if even that hangs, Chromium is restarted.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildHarness, HARNESS_DIR, type PageName } from './build.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './serve.ts';

/** How a capped call ended. */
export type Capped<T> = { ok: true; value: T } | { ok: false; reason: 'cap' | 'crash'; message: string };

/** One open page of the harness. */
export interface HarnessPage {
  page: Page;
  /** Runs `fn(arg)` in the page (`fn` is serialised: no closures); gives up after `capMs`. */
  run<T, A = undefined>(fn: (arg: A) => Promise<T>, arg: A, capMs: number): Promise<Capped<T>>;
  close(): Promise<void>;
}

/** The browser, the harness server and a way to open pages. */
export class BrowserSession {
  private browser!: Browser;
  private server!: StaticServer;

  /** Builds the harness and starts Chromium and the file server. */
  static async start(): Promise<BrowserSession> {
    await buildHarness();
    const session = new BrowserSession();
    session.server = await serveStatic(HARNESS_DIR);
    session.browser = await launchChromium();
    return session;
  }

  /** Opens `name` in a new context (Warsaw time, 1100×900) and waits for its load event. */
  async open(name: PageName): Promise<HarnessPage> {
    const context: BrowserContext = await this.browser.newContext({
      timezoneId: 'Europe/Warsaw',
      locale: 'pl-PL',
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.goto(`${this.server.url}/${name}/`, { waitUntil: 'load', timeout: 60_000 });
    return {
      page,
      run: async <T, A>(fn: (arg: A) => Promise<T>, arg: A, capMs: number): Promise<Capped<T>> => {
        let timer: NodeJS.Timeout | undefined;
        const cap = new Promise<'cap'>((resolve) => (timer = setTimeout(() => resolve('cap'), capMs)));
        try {
          const outcome = await Promise.race([page.evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown), cap]);
          if (outcome === 'cap') return { ok: false, reason: 'cap', message: `a page call took over the ${capMs / 1000} s cap` };
          return { ok: true, value: outcome as T };
        } catch (error) {
          const message = [(error as Error).message.split('\n')[0], ...errors].join('; ');
          return { ok: false, reason: 'crash', message: crashed ? `page crashed: ${message}` : message };
        } finally {
          clearTimeout(timer);
        }
      },
      close: () => this.closeContext(context),
    };
  }

  private async closeContext(context: BrowserContext): Promise<void> {
    const closed = await Promise.race([
      context.close().then(() => true, () => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    if (!closed) {
      // The renderer is stuck in a long task and did not let go: start Chromium over.
      await this.browser.close().catch(() => {});
      this.browser = await launchChromium();
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.server.close();
  }
}
