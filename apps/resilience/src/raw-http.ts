/**
 * A bare HTTP/1.1 client for hostile requests that `fetch` would refuse or tidy up: raw
 * percent-encodings in the path, bytes that are not UTF-8, any header value, any content type.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

/** One request exactly as it goes on the wire (the path is not normalised). */
export interface RawRequest {
  method: string;
  /** Path and query as sent, e.g. `/v1/events?from=%ZZ`. */
  path: string;
  headers?: Record<string, string | Buffer>;
  body?: string | Buffer;
}

/** The answer; `json` when the body parsed as JSON. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: unknown;
}

/** Sends raw requests to one server over a small keep-alive pool. */
export interface RawClient {
  send(req: RawRequest): Promise<RawResponse>;
  close(): void;
}

/** A client for `baseUrl` (`http://127.0.0.1:port`). */
export function rawClient(baseUrl: string): RawClient {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const send = (req: RawRequest): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers ?? {})) {
        // Buffers let tests send header bytes that are not Latin-1 text.
        headers[name] = Buffer.isBuffer(value) ? value.toString('latin1') : value;
      }
      if (body) headers['content-length'] = String(body.length);
      const outgoing = request(
        { host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent, insecureHTTPParser: true },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json: unknown = undefined;
            try {
              json = text ? JSON.parse(text) : undefined;
            } catch {
              // not JSON: the checks report it
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  return { send, close: () => agent.destroy() };
}
