/**
 * Under a strict Content-Security-Policy (no `unsafe-eval`) every `new Function` is reported as a
 * violation, even when caught. A fresh Node process stands in for the page: `document` exists and
 * `Function` counts every attempt to compile code, then the built package lists real events and
 * validates them. (zod/mini's objects never compile code; the SDK also sets zod `jitless` in
 * browsers, which keeps any schema built later from probing `new Function`.)
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '@razem/api/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

const prelude = `
  globalThis.document = {};
  let evals = 0;
  const refuse = () => { evals++; throw new EvalError('Refused to evaluate a string as JavaScript (CSP)'); };
  globalThis.Function = new Proxy(Function, { construct: refuse, apply: refuse });
`;

const sdkPage = `${prelude}
  const { createRazemClient } = await import('@razem/sdk');
  const { data } = await createRazemClient({ baseUrl: process.env.RAZEM_API }).events.list();
  const { z } = await import('zod');
  z.object({ later: z.string() }).parse({ later: 'a schema built after the SDK started' });
  console.log(JSON.stringify({ evals, events: data.length }));
`;

// The same page without the SDK's set-up: classic zod objects probe and compile code.
const plainZodPage = `${prelude}
  const { z } = await import('zod');
  z.object({ later: z.string() }).parse({ later: 'x' });
  console.log(JSON.stringify({ evals, events: 0 }));
`;

const run = async (script: string) => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, RAZEM_API: api.url },
  });
  return JSON.parse(stdout) as { evals: number; events: number };
};

it('compiles no code in a browser context, so a strict CSP reports nothing', async () => {
  const { evals, events } = await run(sdkPage);
  expect(events).toBeGreaterThan(0);
  expect(evals).toBe(0);
});

it('would notice code compilation: without the SDK, zod probes `new Function`', async () => {
  expect((await run(plainZodPage)).evals).toBeGreaterThan(0);
});
