/** Liveness, readiness and the OpenAPI document. */
import type { Hono } from 'hono';
import { buildOpenApiDocument } from '@razem/contract/openapi';
import type { Health } from '@razem/contract';
import { CACHE, cachedJson } from '../http/cache.js';
import type { AppEnv, Deps } from '../http/context.js';

/** The origin clients used: the request URL, or what a trusted proxy says it received. */
function publicOrigin(request: Request, trustProxyHops: number): string {
  const url = new URL(request.url);
  if (trustProxyHops > 0) {
    const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto && /^https?$/.test(proto)) url.protocol = `${proto}:`;
    if (host && /^[\w.-]+(:\d+)?$/.test(host)) url.host = host;
  }
  return url.origin;
}

/** Registers `/health`, `/ready` and `/openapi.json`. */
export function registerOperationRoutes(app: Hono<AppEnv>, deps: Deps, state: { draining: boolean }): void {
  app.get('/health', (c) => {
    const body: Health = { status: 'ok', version: deps.version };
    return c.json(body, 200, { 'Cache-Control': CACHE.none });
  });

  app.get('/ready', async (c) => {
    let database: 'ok' | 'failing' = 'ok';
    try {
      await deps.db.query('SELECT 1');
    } catch {
      database = 'failing';
    }
    // While draining, tell the load balancer to stop sending traffic here.
    const ready = database === 'ok' && !state.draining;
    const body: Health = {
      status: ready ? 'ok' : 'unavailable',
      version: deps.version,
      checks: { database, accepting: state.draining ? 'failing' : 'ok' },
    };
    return c.json(body, ready ? 200 : 503, { 'Cache-Control': CACHE.none });
  });

  app.get('/openapi.json', (c) => {
    const document = buildOpenApiDocument({ version: deps.version, serverUrl: publicOrigin(c.req.raw, deps.trustProxyHops) });
    return cachedJson(c.req.raw, document, CACHE.public);
  });
}
