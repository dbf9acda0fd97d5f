/**
 * A tiny static server for the CDN tests (cdn-loader.unit.test.ts): serves `dist/cdn` under
 * `/razem/` as a partner's server would (immutable caching for hashed files), test logos, and HTML pages
 * with a strict Content-Security-Policy and a fresh nonce per response. Binds 127.0.0.1, port 0.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';

/** A running server. */
export interface CdnTestServer {
  /** e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Paths requested so far, in order (`/razem/loader.js`, …). */
  requests: string[];
  /** Serves `body` instead of the built file at `path` (below dist/cdn) until `restore()`. */
  tamper(path: string, body: string): void;
  restore(): void;
  close(): Promise<void>;
}

/** What a test page is made of. `{{nonce}}` in the HTML becomes the response's nonce. */
export interface TestPage {
  html: string;
  /** Extra `connect-src` origins (the API). */
  connect?: string[];
}

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', map: 'application/json' };

/** The CSP of every page: no inline script without the nonce, no eval, nothing from elsewhere. */
export function strictCsp(nonce: string, connect: string[] = []): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "img-src 'self' data:",
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Starts a server for `cdnDir` (at `/razem/`), `logoDir` (at `/logos/`) and `pages` (by path). */
export async function startCdnTestServer(
  cdnDir: string,
  logoDir: string,
  pages: Record<string, TestPage>,
): Promise<CdnTestServer> {
  const requests: string[] = [];
  const tampered = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const page = pages[path];
    if (page) {
      const nonce = randomBytes(16).toString('base64');
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': strictCsp(nonce, page.connect),
        'cache-control': 'no-store',
      });
      res.end(page.html.replaceAll('{{nonce}}', nonce));
      return;
    }
    if (path.startsWith('/logos/')) {
      readFile(resolve(logoDir, path.slice('/logos/'.length).replace(/[^\w.-]/g, ''))).then(
        (body) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(body),
        () => res.writeHead(404).end(),
      );
      return;
    }
    if (!path.startsWith('/razem/')) {
      res.writeHead(404).end();
      return;
    }
    const file = path.slice('/razem/'.length);
    const served = tampered.has(file) ? Promise.resolve(tampered.get(file)!) : readFile(resolve(cdnDir, file));
    served.then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[file.split('.').pop()!] ?? 'application/octet-stream',
          // The caching story of the README: hashed names forever, the few stable entries revalidated.
          'cache-control': /-[\w-]{8,}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tamper: (path, body) => tampered.set(path, body),
    restore: () => tampered.clear(),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
