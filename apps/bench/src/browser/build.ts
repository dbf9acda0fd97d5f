/**
 * Builds the static page harness: one page per library and scenario, each its own esbuild
 * bundle (ESM, minified, production), so no library's code or CSS reaches another's page.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** Where the pages are written (served by serve.ts). */
export const HARNESS_DIR = resolve(import.meta.dirname, '../../.harness');

/** The pages: name → entry module under src/browser/pages. */
export const PAGES = {
  'calendar-razem': 'calendar-razem.ts',
  'calendar-fullcalendar': 'calendar-fullcalendar.ts',
  'calendar-event-calendar': 'calendar-event-calendar.ts',
  'consent-razem': 'consent-razem.ts',
  'consent-cookieconsent': 'consent-cookieconsent.ts',
} as const;
export type PageName = keyof typeof PAGES;

/** Markup around a page's bundle; `head` is inserted before the bundle's stylesheet. */
const html = (title: string, css: boolean, head: string, body: string) => `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${title}</title>
${head}${css ? '<link rel="stylesheet" href="main.css">\n' : ''}<style>body{margin:0;font:15px/1.4 system-ui,sans-serif}#host{width:1000px;margin:16px}</style>
<script type="module" src="main.js"></script>
</head>
<body>
${body}
</body>
</html>
`;

/** Extra markup per page: consent pages mark script start and carry their configuration. */
const EXTRA: Partial<Record<PageName, { head: string; body: string }>> = {
  // The classic inline script runs while the head is parsed, before the module is fetched.
  'consent-razem': {
    head: '<script>window.__benchStart=performance.now()</script>\n',
    body: '<script type="application/json" id="razem-consent-config">{"revision":1}</script>\n<main><h1>Strona partnera</h1><p>Treść strony.</p></main>',
  },
  'consent-cookieconsent': {
    head: '<script>window.__benchStart=performance.now()</script>\n',
    body: '<main><h1>Strona partnera</h1><p>Treść strony.</p></main>',
  },
};

/** Builds every page into HARNESS_DIR (from nothing). */
export async function buildHarness(): Promise<void> {
  rmSync(HARNESS_DIR, { recursive: true, force: true });
  for (const [name, entry] of Object.entries(PAGES) as [PageName, string][]) {
    const outdir = join(HARNESS_DIR, name);
    mkdirSync(outdir, { recursive: true });
    await build({
      entryPoints: { main: resolve(import.meta.dirname, 'pages', entry) },
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // BENCH_MINIFY=0 keeps names readable for a profiler; measurements use minified pages.
      minify: process.env.BENCH_MINIFY !== '0',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const extra = EXTRA[name] ?? { head: '', body: '<div id="host"></div>' };
    writeFileSync(join(outdir, 'index.html'), html(name, existsSync(join(outdir, 'main.css')), extra.head, extra.body));
  }
}
