import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { config, safeParse } from 'zod/mini';
import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import type { Locale, Problem } from '@razem/contract';
import {
  RazemApiError,
  RazemAuthError,
  RazemConfigError,
  RazemContractError,
  RazemNetworkError,
  RazemNotFoundError,
  RazemRateLimitError,
  RazemTimeoutError,
  isRazemError,
} from './errors.js';

/** How the SDK retries failed attempts. */
export interface RazemRetryOptions {
  /** Retries after the first attempt (default 2). `0` disables retrying. */
  limit?: number;
  /** Upper bound of one backoff delay in ms (default: none; delays start at 300 ms and double). */
  backoffLimit?: number;
  /**
   * Longest `Retry-After` (ms) the SDK waits for (default 60 000). When the API asks for longer,
   * or for longer than what is left of `totalTimeout`, the call fails at once with the API's error
   * (e.g. `RazemRateLimitError` with `retryAfter`) instead of waiting.
   */
  maxRetryAfter?: number;
}

/** Options of {@link createRazemHttp} and the client factories. */
export interface RazemHttpOptions {
  /** Where the consortium API lives, e.g. `https://api.razem.example` (may include a path prefix). */
  baseUrl: string | URL;
  /** `rzm_pk_…`: identifies a partner site; safe in web pages. Needed to submit ideas and consents. */
  publishableKey?: string;
  /** `rzm_sk_…`: admin access. Servers only; refused in browsers unless explicitly allowed. */
  secretKey?: string;
  /** A `fetch` to use instead of the global one (edge runtimes, instrumentation, tests). */
  fetch?: typeof globalThis.fetch;
  /** Timeout of each attempt in ms (default 10 000), `false` for none. */
  timeout?: number | false;
  /** Timeout of a whole call in ms, retries and their delays included (default 30 000), `false` for none. */
  totalTimeout?: number | false;
  /** Retry policy; a number sets `limit`, `false` disables retries. */
  retry?: number | false | RazemRetryOptions;
  /** Preferred language of the answers (`Accept-Language`) and default `lang` of calendar URLs. */
  locale?: Locale;
  /**
   * Allow `secretKey` where a `document` exists. Only for contexts you fully control (tests,
   * desktop shells); a secret key in a web page hands admin access to every visitor.
   */
  dangerouslyAllowSecretKeyInBrowser?: boolean;
}

/** Options every SDK call accepts. */
export interface RazemRequestOptions {
  /** Cancels the call, including pending retries; the promise rejects with `signal.reason`, like `fetch`. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call only (ms). */
  timeout?: number | false;
}

/** Options of calls that change data. */
export interface RazemWriteOptions extends RazemRequestOptions {
  /**
   * `Idempotency-Key` (8–255 characters) for this call. Generated when omitted; pass your own to
   * make a retry of your own (e.g. after a page reload) count as the same request.
   */
  idempotencyKey?: string;
}

/** A query string value; arrays become comma-separated lists, dates ISO 8601 instants. */
export type QueryValue = string | number | boolean | Date | readonly string[] | null | undefined;
/** Query parameters; `undefined`, `null`, `''` and empty arrays are left out. */
export type Query = { [name: string]: QueryValue };

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** What {@link RazemHttp.request} sends and how it reads the answer. */
export interface RazemCallInit extends RazemWriteOptions {
  /** Query parameters. */
  query?: Query;
  /** JSON body. */
  json?: unknown;
}

/**
 * The lean core every resource is built on: one per page or process is enough. It adds the key,
 * language and idempotency key, retries, enforces timeouts, maps failures to `RazemError`s and
 * validates answers against contract schemas.
 */
export interface RazemHttp {
  /** Normalised base URL (always ends with `/`). */
  readonly baseUrl: string;
  /** The `locale` option. */
  readonly locale: Locale | undefined;
  /** Whether a secret key is configured (admin resources need one). */
  readonly hasSecretKey: boolean;
  /** Absolute URL of an API path (`v1/events.ics`) with a query. */
  url(path: string, query?: Query): string;
  /** Calls the API and returns the JSON answer validated by `schema`. */
  request<S extends $ZodType>(method: HttpMethod, path: string, init: RazemCallInit & { schema: S }): Promise<output<S>>;
  /** Calls the API and returns the answer as text (CSV, iCalendar). */
  request(method: HttpMethod, path: string, init: RazemCallInit & { as: 'text' }): Promise<string>;
  /** Calls the API and ignores the (empty) answer, e.g. `204 No Content`. */
  request(method: HttpMethod, path: string, init?: RazemCallInit): Promise<void>;
}

type Init = RazemCallInit & { schema?: $ZodType; as?: 'text'; again?: number };

const RETRY_METHODS = ['get', 'post', 'patch', 'delete'];

/**
 * Seconds of a `Retry-After` header. The contract sends delay seconds; waiting itself is ky's job,
 * which also understands HTTP dates.
 */
const retryAfterSeconds = (value: string | null): number | undefined => {
  const seconds = Number(value || NaN);
  return Number.isFinite(seconds) ? seconds : undefined;
};

/**
 * 128 random bits for an idempotency key. `getRandomValues` rather than `randomUUID`: the latter is
 * missing on plain-http pages, which some partner sites still are.
 */
const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36).padStart(7, '0')).join('');

/** The received value as shortened JSON, for error messages. */
const preview = (value: unknown): string => (JSON.stringify(value) ?? String(value)).slice(0, 80);

/** What an issue says was expected: a type, a string format, or a list of allowed values. */
const expectation = (issue: $ZodIssue): string => {
  const { expected, format, values } = issue as { expected?: string; format?: string; values?: unknown[] };
  return expected ?? format ?? (values ? `one of ${values.join(', ')}` : issue.message);
};

const validate = <S extends $ZodType>(schema: S, data: unknown, request: string): output<S> => {
  const result = safeParse(schema, data);
  if (result.success) return result.data;
  const { issues } = result.error;
  const first = issues[0]!;
  throw new RazemContractError(request, {
    path: first.path.join('.'),
    expected: expectation(first),
    received: preview(first.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)?.[key], data)),
    issues,
  });
};

const apiError = (response: Response, data: unknown, request: string): RazemApiError => {
  const { status } = response;
  // Problem details are checked by shape rather than with the contract's Problem schema: they only
  // feed the error, and the schema's number checks would cost browsers ~0.8 KB. A proxy or load
  // balancer may answer with HTML or nothing; then the status stays and the details are made up.
  const problem: Problem =
    typeof (data as Problem | undefined)?.code === 'string' && typeof (data as Problem).title === 'string'
      ? (data as Problem)
      : { type: 'about:blank', title: response.statusText || `HTTP ${status}`, status, code: `http_${status}` };
  const init = { status, problem, request };
  return status === 401 || status === 403
    ? new RazemAuthError(init)
    : status === 404
      ? new RazemNotFoundError(init)
      : status === 429
        ? new RazemRateLimitError({ ...init, retryAfter: retryAfterSeconds(response.headers.get('retry-after')) })
        : new RazemApiError(init);
};

const toRazemError = (error: unknown, request: string, signal: AbortSignal | undefined, reading: boolean): unknown => {
  if (isRazemError(error)) return error;
  // Cancellation is the caller's decision, not a failure: reject with their reason, like fetch.
  if (signal?.aborted) return signal.reason;
  if (isHTTPError(error)) return apiError(error.response, error.data, request);
  if (isTimeoutError(error)) return new RazemTimeoutError(request, error);
  if (error instanceof SyntaxError) {
    return new RazemContractError(request, { path: '', expected: 'JSON', received: 'a body that is not JSON', issues: [] });
  }
  // A body cut off mid-read surfaces as a bare TypeError ("terminated") that ky does not wrap;
  // before that point a TypeError is a mistake in the call, not the network.
  if (isNetworkError(error) || (reading && error instanceof TypeError)) return new RazemNetworkError(request, error);
  return error;
};

const configError = (message: string): never => {
  throw new RazemConfigError(message);
};

/**
 * Creates the core HTTP layer. Resources (`new EventsResource(http)`, …) take it; the client
 * factories create one for you.
 *
 * @throws {RazemConfigError} for a missing or relative `baseUrl`, or a secret key in a browser.
 */
export function createRazemHttp(options: RazemHttpOptions): RazemHttp {
  const { publishableKey, secretKey, locale } = options;
  let baseUrl = '';
  try {
    baseUrl = new URL(options.baseUrl).href.replace(/\/?$/, '/');
  } catch {
    // reported below
  }
  if (!/^https?:/.test(baseUrl)) {
    configError(`baseUrl must be an absolute http(s) URL, got "${String(options.baseUrl)}"`);
  }
  const browser = typeof document !== 'undefined';
  // zod otherwise probes `new Function`, which a strict Content-Security-Policy reports.
  if (browser) config({ jitless: true });
  if (secretKey && browser && !options.dangerouslyAllowSecretKeyInBrowser) {
    configError(
      'Secret keys (rzm_sk_…) grant admin access to personal data, and anyone can read them in a web page ' +
        '(the API refuses them from browsers). Use a publishableKey, or set dangerouslyAllowSecretKeyInBrowser ' +
        'in a context you fully control.',
    );
  }
  // `false` → 0 retries, a number → that many, nothing → ky's default of 2.
  const retry = typeof options.retry === 'object' ? options.retry : { limit: +(options.retry ?? 2) };
  const maxRetryAfter = retry.maxRetryAfter ?? 60_000;
  const totalTimeout = options.totalTimeout ?? 30_000;

  const url = (path: string, query: Query = {}): string => {
    const target = new URL(path, baseUrl);
    for (const [name, value] of Object.entries(query)) {
      // String() joins arrays with commas, which is how the API takes lists (`kind=workshop,panel`).
      const text = value instanceof Date ? value.toISOString() : String(value ?? '');
      if (text) target.searchParams.set(name, text);
    }
    return target.href;
  };

  async function request(method: HttpMethod, path: string, init: Init = {}): Promise<unknown> {
    const where = `${method} ${path}`;
    const { signal } = init;
    const deadline = totalTimeout === false ? Infinity : Date.now() + totalTimeout;
    const headers: Record<string, string> = {};
    if (locale) headers['accept-language'] = locale;
    // Public reads need no key; leaving it off keeps browser GETs free of a CORS preflight.
    const key = secretKey ?? (method === 'GET' ? undefined : publishableKey);
    if (key) headers.authorization = `Bearer ${key}`;
    // The same key on every attempt is what lets the API store a retried write exactly once.
    if (method !== 'GET') headers['idempotency-key'] = init.idempotencyKey ?? newIdempotencyKey();
    let body: unknown;
    let reading = false;
    try {
      const response = ky(url(path, init.query), {
        method,
        headers,
        json: init.json,
        signal,
        fetch: options.fetch,
        timeout: init.timeout ?? options.timeout,
        totalTimeout,
        // ky's defaults otherwise: 2 retries, exponential delays from 300 ms, Retry-After honoured for
        // 413/429/503, retried statuses 408, 413 (with Retry-After), 429, 500, 502, 503, 504.
        retry: {
          ...retry,
          methods: RETRY_METHODS,
          retryOnTimeout: true,
          jitter: true,
          shouldRetry: ({ error }) => {
            if (!isHTTPError(error)) return undefined;
            // The first attempt with this key outlived its timeout and is still running on the
            // server: asking again soon returns its answer.
            if ((error.data as Problem | undefined)?.code === 'idempotency_in_progress') return true;
            // Do not sit out a Retry-After longer than the caller is willing to wait.
            const after = retryAfterSeconds(error.response.headers.get('retry-after'));
            return after !== undefined && after * 1000 > Math.min(maxRetryAfter, deadline - Date.now()) ? false : undefined;
          },
        },
      });
      await response;
      reading = true;
      if (init.schema) body = await response.json();
      else if (init.as) return await response.text();
    } catch (error) {
      // The answer was cut off mid-body, after ky's retries: ask again with the same key, which
      // returns a stored write's answer instead of writing twice. Cut-offs count against the
      // same retry limit as other network failures, so a flaky line gets every retry it was given.
      const again = init.again ?? 0;
      if (reading && error instanceof TypeError && again < Math.max(1, retry.limit ?? 2)) {
        return request(method, path, { ...init, idempotencyKey: headers['idempotency-key'], again: again + 1 });
      }
      throw toRazemError(error, where, signal, reading);
    }
    return init.schema && validate(init.schema, body, where);
  }

  return { baseUrl, locale, hasSecretKey: !!secretKey, url, request: request as RazemHttp['request'] };
}
