/**
 * A fault-injecting HTTP proxy on 127.0.0.1 in front of the real API. Each request is forwarded
 * unless a rule says otherwise: hold it past a timeout, drop the connection before or after the API
 * handled it, answer 429/503 with `Retry-After`, or rewrite the JSON the API sent. Every request is
 * recorded (method, path, headers, body, time), so tests can check retries and idempotency keys.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with one request. */
export type Fault =
  /** Forward unchanged. */
  | { kind: 'pass' }
  /**
   * Wait `ms` before forwarding. If the client gave up meanwhile, the request is dropped, or with
   * `evenIfAbandoned` still delivered late (the API stores what the client thinks timed out).
   */
  | { kind: 'delay'; ms: number; evenIfAbandoned?: boolean }
  /** Destroy the connection without forwarding: the API never sees the request. */
  | { kind: 'drop-before' }
  /** Forward, let the API answer in full, then destroy the client connection instead of replying. */
  | { kind: 'drop-after' }
  /**
   * Answer directly, optionally with `Retry-After`: a problem+json body with `code`, or `body` as
   * `text/html` (what a load balancer sends).
   */
  | { kind: 'status'; status: number; retryAfter?: number | string; code?: string; body?: string }
  /** Forward, send the API's status, headers and half its body, then destroy the connection. */
  | { kind: 'truncate' }
  /** Forward, then replace the JSON body of the answer with `rewrite(body)`. */
  | { kind: 'rewrite'; rewrite: (body: unknown) => unknown };

/** Which requests a rule applies to; omitted fields match everything. */
export interface FaultMatch {
  method?: string;
  /** Path (with query) prefix, or a pattern. */
  path?: string | RegExp;
}

/** One request as the proxy received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when it arrived. */
  at: number;
  fault: Fault['kind'];
}

interface Rule {
  fault: Fault;
  match: FaultMatch;
  once: boolean;
}

interface Upstream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A running proxy. */
export interface FaultProxy {
  /** Base URL to give the SDK, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Requests received so far, oldest first. */
  readonly requests: RecordedRequest[];
  /** Applies `fault` to the next matching request only; one-shot rules apply in the order added. */
  next(fault: Fault, match?: FaultMatch): FaultProxy;
  /** Applies `fault` to every matching request until `reset()`. */
  always(fault: Fault, match?: FaultMatch): FaultProxy;
  /** Resolves once every request received so far has been handled (delayed ones delivered or dropped). */
  idle(): Promise<void>;
  /** Forgets all rules and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

const matches = ({ method, path }: FaultMatch, req: IncomingMessage): boolean =>
  (!method || method.toUpperCase() === req.method) &&
  (!path || (typeof path === 'string' ? req.url!.startsWith(path) : path.test(req.url!)));

const readBody = (stream: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

/** Starts a proxy in front of `upstream` (the API's base URL). */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const rules: Rule[] = [];
  const requests: RecordedRequest[] = [];
  const inFlight = new Set<Promise<void>>();

  const forward = (req: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers };
      delete headers.host;
      delete headers.connection;
      const outgoing = httpRequest(new URL(req.url!, upstream), { method: req.method, headers }, async (answer) => {
        try {
          resolve({ status: answer.statusCode!, headers: answer.headers, body: await readBody(answer) });
        } catch (error) {
          reject(error);
        }
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const reply = (res: ServerResponse, { status, headers, body }: Upstream): void => {
    const copy = { ...headers };
    delete copy['transfer-encoding'];
    delete copy.connection;
    delete copy['keep-alive'];
    res.writeHead(status, { ...copy, 'content-length': String(body.length) });
    res.end(body);
  };

  const take = (req: IncomingMessage): Fault => {
    const index = rules.findIndex((rule) => matches(rule.match, req));
    if (index === -1) return { kind: 'pass' };
    const rule = rules[index]!;
    if (rule.once) rules.splice(index, 1);
    return rule.fault;
  };

  const server = createServer((req, res) => {
    // A request body that never fully arrived is the client's own fault: just close the socket.
    const handled = handle(req, res)
      .catch(() => void req.socket.destroy())
      .finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const fault = take(req);
    requests.push({ method: req.method!, path: req.url!, headers: req.headers, body: body.toString('utf8'), at: performance.now(), fault: fault.kind });
    let clientGone = false;
    res.on('close', () => (clientGone = !res.writableFinished));
    try {
      switch (fault.kind) {
        case 'drop-before':
          req.socket.destroy();
          return;
        case 'drop-after':
          await forward(req, body);
          req.socket.destroy();
          return;
        case 'status': {
          const code = fault.code ?? (fault.status === 429 ? 'rate_limited' : 'service_unavailable');
          const problem = { type: `/problems/${code.replaceAll('_', '-')}`, title: code, status: fault.status, code };
          res.writeHead(fault.status, {
            'content-type': fault.body === undefined ? 'application/problem+json' : 'text/html',
            ...(fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }),
          });
          res.end(fault.body ?? JSON.stringify(problem));
          return;
        }
        case 'truncate': {
          const answer = await forward(req, body);
          res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
          res.write(answer.body.subarray(0, answer.body.length >> 1));
          // Let the half body leave before the connection dies.
          setTimeout(() => req.socket.destroy(), 20);
          return;
        }
        case 'rewrite': {
          const answer = await forward(req, body);
          const rewritten = Buffer.from(JSON.stringify(fault.rewrite(JSON.parse(answer.body.toString('utf8')))));
          reply(res, { ...answer, body: rewritten });
          return;
        }
        case 'delay':
          await new Promise((resolve) => setTimeout(resolve, fault.ms));
          if (clientGone && !fault.evenIfAbandoned) return;
          {
            const answer = await forward(req, body);
            if (!clientGone) reply(res, answer);
          }
          return;
        case 'pass':
          reply(res, await forward(req, body));
      }
    } catch (error) {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`fault proxy: ${String(error)}`);
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    requests,
    next(fault, match = {}) {
      // One-shot rules go before persistent ones so a script can interrupt an `always`.
      const firstPersistent = rules.findIndex((rule) => !rule.once);
      rules.splice(firstPersistent === -1 ? rules.length : firstPersistent, 0, { fault, match, once: true });
      return proxy;
    },
    always(fault, match = {}) {
      rules.push({ fault, match, once: false });
      return proxy;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    reset() {
      rules.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return proxy;
}
