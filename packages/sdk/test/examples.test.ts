/**
 * The README's examples, run as written against the real API: the Node example as a child
 * process of the built package, the browser example bundled for browsers and run with a minimal
 * DOM. The README must contain both files verbatim, so what is tested is what integrators read.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '@razem/api/testing';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFile(new URL(`../${path}`, import.meta.url), 'utf8');

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

describe('README', () => {
  it.each(['examples/node.mjs', 'examples/browser.js'])('contains %s verbatim', async (file) => {
    expect(await read('README.md')).toContain((await read(file)).trim());
  });
});

describe('Node example', () => {
  it('lists events, stores a resent idea once and prints typed errors', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['examples/node.mjs'], {
      cwd: root,
      env: { ...process.env, RAZEM_API_URL: api.url, RAZEM_PUBLISHABLE_KEY: api.publishableKey },
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\d+ upcoming events$/);
    expect(Number.parseInt(lines[0]!, 10)).toBeGreaterThan(0);
    const sent = stdout.match(/tracking code (RZM-\S+), resent: (RZM-\S+)/);
    expect(sent?.[1]).toBe(sent?.[2]);
    const { rows } = await api.database.query('SELECT 1 FROM ideas WHERE tracking_code = $1', [sent?.[1]]);
    expect(rows).toHaveLength(1);
    expect(stdout).toContain('status: received');
    expect(stdout).toContain('422 validation_failed: title, email');
    expect(stdout).toContain('401 unauthorized');
    expect(stdout).toContain('timeout: GET v1/events timed out');
  });
});

/** Just enough DOM for the browser example: elements that keep their text and children. */
const domScript = `{
  const elements = new Map();
  class Element {
    constructor(tag) { this.tag = tag; this.children = []; this.textContent = ''; this.listeners = {}; this.hidden = false; }
    append(...nodes) { this.children.push(...nodes); }
    replaceChildren(...nodes) { this.children = nodes; }
    addEventListener(type, fn) { this.listeners[type] = fn; }
  }
  globalThis.document = {
    querySelector: (selector) => elements.get(selector) ?? elements.set(selector, new Element(selector)).get(selector),
    createElement: (tag) => new Element(tag),
  };
  globalThis.FormData = class { constructor(form) { this.form = form; } get(name) { return form[name]; } };
  const form = {
    title: 'Ławki i zieleń przy rynku w Kleszczowie',
    description: 'Więcej cienia i miejsc do siedzenia przy rynku, zwłaszcza dla seniorów w upalne dni.',
    email: '',
    consent: 'on',
  };
  globalThis.__dom = elements;
}`;

describe('browser example', () => {
  it('renders events and submits the form through the browser build', async () => {
    const source = (await read('examples/browser.js'))
      .replace('https://api.razem.example', api.url)
      .replace('rzm_pk_your_site_key', api.publishableKey);
    const bundled = await build({
      stdin: { contents: source, resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      alias: { '@razem/sdk': `${root}dist/index.js` },
      logLevel: 'silent',
    });
    // The example's top-level loop has rendered every event by the time this runs.
    const check = `{
      const dom = globalThis.__dom;
      const list = dom.get('#events');
      const form = dom.get('#idea');
      await form.listeners.submit({ preventDefault() {}, target: form });
      console.log(JSON.stringify({
        events: list.children.map((item) => item.textContent),
        status: dom.get('#idea-status').textContent,
      }));
    }`;
    const dir = await mkdtemp(join(tmpdir(), 'razem-browser-example-'));
    const page = join(dir, 'page.mjs');
    await writeFile(page, `${domScript}\n${bundled.outputFiles[0]!.text}\n${check}`);
    const { stdout } = await promisify(execFile)(process.execPath, [page]).finally(() => rm(dir, { recursive: true }));
    const { events, status } = JSON.parse(stdout) as { events: string[]; status: string };
    expect(events.length).toBeGreaterThan(0);
    for (const line of events) expect(line).toMatch(/^.+ — .+$/);
    expect(status).toMatch(/^Dziękujemy! Numer zgłoszenia: RZM-/);
  });
});
