/**
 * The demo's web server (node:http, nothing else): the partner page with the script-tag build,
 * the page built by Vite from the npm packages, the privacy policy and the embedded map, each with
 * a fresh CSP nonce per response; the widgets' CDN build under a versioned path with immutable
 * caching; and two small endpoints of its own: CSP reports and the self-hosted visit counter.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CSP_REPORT_PATH, contentSecurityPolicy, createNonce } from './csp.ts';
import { CdnBuild } from './cdn.ts';
import { compress, negotiate } from './compress.ts';
import { readStatic, type StaticFile } from './files.ts';
import { append, parseCspReports, type DemoLog } from './log.ts';
import { renderPage, scriptJson, type PageValues } from './render.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the demo's own files are; tests and `main.ts` rarely need to change these. */
export const DEMO_PATHS = {
  pages: here('../pages/'),
  assets: here('../assets/'),
  vite: here('../dist/vite/'),
  cdn: here('../node_modules/@razem/widgets/dist/cdn/'),
  widgetsPackage: here('../node_modules/@razem/widgets/package.json'),
};

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** Base URL of the Razem API the pages talk to, e.g. `http://127.0.0.1:8787`. */
  apiBase: string;
  /** Publishable key written into the pages (`rzm_pk_…`). */
  apiKey: string;
  /** Default 5173; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** The widgets' CDN build; default `@razem/widgets/dist/cdn`. */
  cdnDir?: string;
  /** The Vite build of `vite/`; default `dist/vite`. */
  viteDir?: string;
}

/** A running demo server. */
export interface DemoServer {
  /** e.g. `http://127.0.0.1:5173` (no trailing slash). */
  url: string;
  /** Path prefix of the current CDN build, e.g. `/cdn/widgets/0.1.0-3f9a0c1b2d`. */
  cdnPath(): Promise<string>;
  /** CSP reports and visit-counter hits so far. */
  log(): DemoLog;
  close(): Promise<void>;
}

/** Pages rendered from `pages/`, by path. The map is framed by the home page, so it allows that. */
const PAGES: Record<string, { file: string; framed?: boolean }> = {
  '/': { file: 'index.html' },
  '/polityka-prywatnosci': { file: 'polityka-prywatnosci.html' },
  '/osadzenia/mapa': { file: 'mapa.html', framed: true },
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Where the widgets' CDN build is served: `/cdn/widgets/<version>-<digest>/…`. */
const CDN_PREFIX = '/cdn/widgets/';
/** Revalidate every time: the demo's own files change while someone works on it. */
const REVALIDATE = 'no-cache';
const MAX_BODY = 64 * 1024;
/** A `Host` header we are willing to echo into a page (the privacy link must be absolute). */
const SAFE_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Starts the server; resolves once it listens. */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const apiOrigin = new URL(options.apiBase).origin;
  const cdnDir = options.cdnDir ?? DEMO_PATHS.cdn;
  const viteDir = options.viteDir ?? DEMO_PATHS.vite;
  const { version } = JSON.parse(readFileSync(DEMO_PATHS.widgetsPackage, 'utf8')) as { version: string };
  const cdn = await CdnBuild.open(cdnDir, version);
  // One consent configuration for every page: the same categories everywhere, or a decision
  // made on one page would look incomplete on another and the visitor would be asked again.
  const consentConfig = scriptJson(JSON.parse(readFileSync(`${DEMO_PATHS.pages}consent-config.json`, 'utf8')));
  const log: DemoLog = { cspReports: [], statsHits: [] };
  let ownOrigin = '';

  const htmlHeaders = (res: ServerResponse, nonce: string, framed = false) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy({ nonce, apiOrigin, frameAncestors: framed ? "'self'" : "'none'" }));
    // The nonce is per response: a cached copy must never be reused without asking again.
    res.setHeader('Cache-Control', REVALIDATE);
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (!framed) res.setHeader('X-Frame-Options', 'DENY');
  };

  const values = async (req: IncomingMessage, nonce: string): Promise<PageValues> => {
    const host = req.headers.host;
    return {
      nonce,
      apiBase: options.apiBase,
      apiKey: options.apiKey,
      cdn: `${CDN_PREFIX}${(await cdn.latest()).id}`,
      origin: host && SAFE_HOST.test(host) ? `http://${host}` : ownOrigin,
    };
  };

  const sendPage = async (req: IncomingMessage, res: ServerResponse, template: string, framed = false, status = 200) => {
    const nonce = createNonce();
    const body = renderPage(template, await values(req, nonce), { consentConfig });
    htmlHeaders(res, nonce, framed);
    res.statusCode = status;
    sendBody(req, res, Buffer.from(body), 'text/html; charset=utf-8');
  };

  /** Ends the response with `body`, compressed when the client and the type allow. */
  const sendBody = (req: IncomingMessage, res: ServerResponse, body: Buffer, type: string, cacheKey?: string) => {
    const encoding = negotiate(req.headers['accept-encoding']);
    const encoded = compress(body, type, encoding, cacheKey);
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoded && encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', (encoded ?? body).length);
    res.end(req.method === 'HEAD' ? undefined : (encoded ?? body));
  };

  const sendFile = async (req: IncomingMessage, res: ServerResponse, root: string, path: string, cache: string) =>
    send(req, res, await readStatic(root, path), cache);

  const send = async (req: IncomingMessage, res: ServerResponse, file: StaticFile | undefined, cache: string) => {
    if (!file) return notFound(req, res);
    res.setHeader('Content-Type', file.type);
    res.setHeader('Cache-Control', cache);
    res.setHeader('ETag', file.etag);
    if (req.headers['if-none-match'] === file.etag) {
      res.statusCode = 304;
      return res.end();
    }
    sendBody(req, res, file.body, file.type, file.etag);
  };

  const notFound = async (req: IncomingMessage, res: ServerResponse) =>
    sendPage(req, res, await readFile(`${DEMO_PATHS.pages}404.html`, 'utf8'), false, 404);

  const readBody = (req: IncomingMessage) =>
    new Promise<string | undefined>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) resolve(undefined);
        else chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;

    if (req.method === 'POST' && (path === CSP_REPORT_PATH || path === '/stats/hit')) {
      const body = await readBody(req);
      if (body === undefined) {
        res.statusCode = 413;
        return res.end();
      }
      if (path === CSP_REPORT_PATH) {
        const reports = parseCspReports(String(req.headers['content-type'] ?? ''), body);
        append(log.cspReports, reports);
        for (const r of reports) console.warn(`[demo] CSP violation (${r.via}): ${r.directive} ${r.blocked} ${r.sample}`);
      } else {
        let page = '';
        try {
          page = String((JSON.parse(body) as { path?: unknown }).path ?? '').slice(0, 200);
        } catch {
          // a hit without a readable path still counts
        }
        append(log.statsHits, [{ path: page, at: new Date().toISOString() }]);
      }
      res.statusCode = 204;
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      return res.end();
    }

    const page = PAGES[path];
    if (page) return sendPage(req, res, await readFile(DEMO_PATHS.pages + page.file, 'utf8'), page.framed);
    if (path === '/__demo/log') {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      return res.end(JSON.stringify(log));
    }
    if (path === '/vite') {
      res.statusCode = 308;
      res.setHeader('Location', '/vite/');
      return res.end();
    }
    if (path === '/vite/') {
      let template: string;
      try {
        template = await readFile(`${viteDir}index.html`, 'utf8');
      } catch {
        res.statusCode = 503;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        return res.end('The Vite page is not built yet: run `pnpm run build` in apps/demo.\n');
      }
      return sendPage(req, res, template);
    }
    if (path.startsWith('/vite/assets/')) return sendFile(req, res, viteDir, path.slice('/vite'.length), IMMUTABLE);
    if (path.startsWith(CDN_PREFIX)) {
      const [id = '', ...rest] = path.slice(CDN_PREFIX.length).split('/');
      return send(req, res, cdn.find(id)?.files.get(`/${rest.join('/')}`), IMMUTABLE);
    }
    if (path.startsWith('/assets/')) return sendFile(req, res, DEMO_PATHS.assets, path.slice('/assets'.length), REVALIDATE);
    if (path === '/favicon.ico') return sendFile(req, res, DEMO_PATHS.assets, '/favicon.svg', REVALIDATE);
    if (path === '/robots.txt') {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      return res.end('User-agent: *\nAllow: /\n');
    }
    return notFound(req, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[demo]', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  ownOrigin = `http://${host}:${address.port}`;

  return {
    url: ownOrigin,
    cdnPath: async () => `${CDN_PREFIX}${(await cdn.latest()).id}`,
    log: () => structuredClone(log),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
