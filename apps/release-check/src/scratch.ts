/**
 * Scratch projects outside the workspace, the way a partner starts one: a fresh directory with
 * a package.json, the tarballs installed by npm (third-party dependencies from the npm registry),
 * and a static file server on loopback for the pages.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { run } from './workspace.ts';

/** Kept between runs (in this package's node_modules), so repeated installs stay offline. */
export const NPM_CACHE = resolve(import.meta.dirname, '../node_modules/.cache/release-check-npm');

/** A new directory outside the workspace holding a copy of `fixture` and a package.json. */
export function scratchProject(fixture: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `razem-${name}-`));
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);
  return dir;
}

/**
 * `npm install` of `specs` (tarball paths, registry ranges) into `dir`. pnpm's `npm_config_*`
 * variables of the calling script are dropped so npm behaves as on a partner's machine. Machines
 * behind a TLS-inspecting proxy need NODE_EXTRA_CA_CERTS, which turbo.json passes through.
 */
export function npmInstall(dir: string, specs: string[]): void {
  mkdirSync(NPM_CACHE, { recursive: true });
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key)));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', NPM_CACHE, ...specs], {
    cwd: dir,
    env,
    timeout: 300_000,
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A running static server. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `routes` (URL prefix → directory) on 127.0.0.1, port 0. In `.html` files each key of
 * `replace` becomes its value (the API address of this run); `headers` go on every HTML answer
 * (a Content-Security-Policy).
 */
export async function serveStatic(
  routes: Record<string, string>,
  replace: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((candidate) => path.startsWith(candidate));
    const root = prefix === undefined ? undefined : routes[prefix]!;
    let file = root && resolve(root, `.${normalize(`/${path.slice(prefix!.length)}`)}`);
    if (file && !file.startsWith(resolve(root!))) file = undefined;
    try {
      if (file && statSync(file).isDirectory()) file = join(file, 'index.html');
      let body: Buffer | string = readFileSync(file!);
      const type = TYPES[extname(file!)] ?? 'application/octet-stream';
      if (extname(file!) === '.html') {
        body = Object.entries(replace).reduce((text, [key, value]) => text.replaceAll(key, value), body.toString('utf8'));
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      }
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
