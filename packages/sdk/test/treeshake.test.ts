/**
 * What bundlers keep of the built package: an events-only page must carry no admin code and no
 * other resource, and nothing may need a Node built-in (esbuild fails on one for the browser).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bundle = async (contents: string): Promise<string> => {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
};

const ADMIN = ['v1/admin', 'export.csv', 'Admin calls need a secretKey'];

describe('tree-shaking the built package', () => {
  it('keeps only the events resource in an events-only bundle', async () => {
    const code = await bundle(`
      import { createRazemHttp, EventsResource } from '../dist/index.js';
      const events = new EventsResource(createRazemHttp({ baseUrl: 'https://api.razem.example' }));
      export const page = await events.list();
    `);
    expect(code).toContain('v1/events');
    for (const text of [...ADMIN, 'v1/ideas', 'v1/partners', 'v1/consents']) expect(code).not.toContain(text);
  });

  it('keeps the public resources, and no admin code, for createRazemClient', async () => {
    const code = await bundle(`
      import { createRazemClient } from '../dist/index.js';
      export const razem = createRazemClient({ baseUrl: 'https://api.razem.example' });
    `);
    for (const text of ['v1/events', 'v1/ideas', 'v1/partners', 'v1/consents']) expect(code).toContain(text);
    for (const text of ADMIN) expect(code).not.toContain(text);
  });

  it('would notice admin code: the admin client carries it', async () => {
    const code = await bundle(`
      import { createRazemAdminClient } from '../dist/index.js';
      export const admin = createRazemAdminClient({ baseUrl: 'https://api.razem.example', secretKey: 'rzm_sk_x' });
    `);
    for (const text of ADMIN) expect(code).toContain(text);
  });

  it('leaves the error classes alone when only guards are imported', async () => {
    const code = await bundle(`
      import { isRazemRateLimitError } from '../dist/index.js';
      export const check = isRazemRateLimitError;
    `);
    expect(code).not.toContain('v1/');
    expect(code).not.toContain('retry');
    expect(code.length).toBeLessThan(400);
  });
});
