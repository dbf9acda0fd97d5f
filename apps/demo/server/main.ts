/**
 * `pnpm run dev` / `pnpm start` in apps/demo: serves the demo on http://127.0.0.1:5173/ (the
 * script-tag page) and /vite/ (the npm + Vite page) against the API in `RAZEM_API_BASE`.
 *
 * Environment: `PORT` (5173), `HOST` (127.0.0.1), `RAZEM_API_BASE` (http://127.0.0.1:8787),
 * `RAZEM_API_KEY` (the local development key from docs/CONVENTIONS.md, which the API accepts
 * only when it runs with `--dev`, as `pnpm start` does).
 */
import { startDemoServer } from './server.ts';

/** The publishable key `razem-api serve --dev` creates (docs/CONVENTIONS.md). */
const DEV_PUBLISHABLE_KEY = 'rzm_pk_local_demo_0000000000000000';

const server = await startDemoServer({
  apiBase: process.env.RAZEM_API_BASE || 'http://127.0.0.1:8787',
  apiKey: process.env.RAZEM_API_KEY || DEV_PUBLISHABLE_KEY,
  port: Number(process.env.PORT || 5173),
  host: process.env.HOST || '127.0.0.1',
});

process.stdout.write(
  [
    `Razem demo (API ${process.env.RAZEM_API_BASE || 'http://127.0.0.1:8787'}):`,
    `  ${server.url}/       partner page, script tags from ${await server.cdnPath()}/`,
    `  ${server.url}/vite/  the same elements from the npm packages, built with Vite`,
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
