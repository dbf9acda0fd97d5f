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

type Init = RazemCallInit & { schema?: $ZodType; as?: 'text' };

/** Statuses worth asking again: the API, or a proxy in front of it, could not answer just now. */
const RETRY_STATUSES = [408, 413, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` the SDK honours (413 is retried only when it has one). */
const RETRY_AFTER_STATUSES = [413, 429, 503];

/** Seconds of a `Retry-After` header as the API sends it (delay seconds), for `RazemRateLimitError`. */
const retryAfterSeconds = (value: string | null): number | undefined => {
  const seconds = Number(value || NaN);
  return Number.isFinite(seconds) ? seconds : undefined;
};

/** Milliseconds a `Retry-After` header asks to wait: delay seconds, or an HTTP date (some proxies send those). */
const retryAfterMs = (value: string | null): number | undefined => {
  const seconds = retryAfterSeconds(value);
  const ms = seconds === undefined ? Date.parse(value ?? '') - Date.now() : seconds * 1000;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
};

/** Waits `ms`, or rejects with the abort reason as soon as `signal` aborts. */
const sleep = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    const stop = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });

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
  // `false` → 0 retries, a number → that many, nothing → 2.
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

  /** Exponential backoff from 300 ms with full jitter, so clients that failed together do not return together. */
  const backoff = (attempt: number): number => Math.min(300 * 2 ** attempt, retry.backoffLimit ?? Infinity) * Math.random();

  /** Milliseconds before asking again after an error answer, or `undefined` when asking again cannot help. */
  const retryDelay = (response: Response, data: unknown, attempt: number, deadline: number): number | undefined => {
    const { status } = response;
    const after = RETRY_AFTER_STATUSES.includes(status) ? retryAfterMs(response.headers.get('retry-after')) : undefined;
    // The first attempt with this key outlived its timeout and is still running on the server:
    // asking again soon returns its answer.
    const inProgress = (data as Problem | undefined)?.code === 'idempotency_in_progress';
    if (!inProgress && !(RETRY_STATUSES.includes(status) && (status !== 413 || after !== undefined))) return undefined;
    if (after === undefined) return backoff(attempt);
    // Do not sit out a Retry-After longer than the caller is willing to wait.
    return after > Math.min(maxRetryAfter, deadline - Date.now()) ? undefined : after;
  };

  async function request(method: HttpMethod, path: string, init: Init = {}): Promise<unknown> {
    const where = `${method} ${path}`;
    const { signal } = init;
    const limit = retry.limit ?? 2;
    if (!Number.isInteger(limit) || limit < 0) throw new TypeError(`retry limit must be a whole number from 0, got ${limit}`);
    const deadline = totalTimeout === false ? Infinity : Date.now() + totalTimeout;
    const attemptTimeout = init.timeout ?? options.timeout ?? 10_000;
    const headers: Record<string, string> = {};
    if (locale) headers['accept-language'] = locale;
    // Public reads need no key; leaving it off keeps browser GETs free of a CORS preflight.
    const key = secretKey ?? (method === 'GET' ? undefined : publishableKey);
    if (key) headers.authorization = `Bearer ${key}`;
    // The same key on every attempt is what lets the API store a retried write exactly once.
    if (method !== 'GET') headers['idempotency-key'] = init.idempotencyKey ?? newIdempotencyKey();
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const body = init.json === undefined ? undefined : JSON.stringify(init.json);
    const target = url(path, init.query);
    // Looked up per call, so a fetch patched after the client was made (instrumentation) is used.
    const send = options.fetch ?? fetch;

    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      // One controller per attempt: the caller's signal cancels it, and so does the attempt's
      // timeout, which never outlives the whole call's.
      const controller = new AbortController();
      const cancel = (): void => controller.abort(signal!.reason);
      signal?.addEventListener('abort', cancel);
      const timeLeft = Math.min(attemptTimeout === false ? Infinity : attemptTimeout, deadline - Date.now());
      let timedOut = false;
      const timer =
        timeLeft < Infinity
          ? setTimeout(() => {
              timedOut = true;
              controller.abort();
            }, timeLeft)
          : undefined;
      // Built outside the try: a Request that cannot be built is a mistake in the call, not the network.
      const pending = new Request(target, { method, headers, body, signal: controller.signal });
      let retryIn: number | undefined;
      try {
        const response = await send(pending);
        if (!response.ok) {
          const data: unknown = await response.json().catch(() => undefined);
          retryIn = retryDelay(response, data, attempt, deadline);
          throw apiError(response, data, where);
        }
        // Bodies are read within the attempt: one cut off mid-way is asked for again with the same
        // key, which returns a stored write's answer instead of writing twice.
        if (init.schema) return validate(init.schema, await response.json(), where);
        if (init.as) return await response.text();
        // An answer nobody reads (204, or a body the call ignores) frees its connection now.
        await response.body?.cancel().catch(() => {});
        return undefined;
      } catch (caught) {
        // Cancellation is the caller's decision, not a failure: reject with their reason, like fetch.
        if (signal?.aborted) throw signal.reason;
        let error = caught;
        if (timedOut) error = new RazemTimeoutError(where, caught);
        // fetch rejects with a TypeError when no answer (or only part of one) arrives.
        else if (caught instanceof TypeError) error = new RazemNetworkError(where, caught);
        else if (caught instanceof SyntaxError) {
          error = new RazemContractError(where, { path: '', expected: 'JSON', received: 'a body that is not JSON', issues: [] });
        }
        if (error instanceof RazemTimeoutError || error instanceof RazemNetworkError) retryIn = backoff(attempt);
        // No time left for another attempt: the last failure is the answer.
        if (retryIn === undefined || attempt >= limit || Date.now() + retryIn >= deadline) throw error;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      }
      await sleep(retryIn!, signal);
    }
  }

  return { baseUrl, locale, hasSecretKey: !!secretKey, url, request: request as RazemHttp['request'] };
}
