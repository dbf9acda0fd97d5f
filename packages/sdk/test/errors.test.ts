/** Error classes, their guards and their JSON form; no network involved. */
import { describe, expect, it } from 'vitest';
import type * as ErrorsModule from '../src/errors.js';
import {
  isRazemApiError,
  isRazemAuthError,
  isRazemConfigError,
  isRazemContractError,
  isRazemError,
  isRazemNetworkError,
  isRazemNotFoundError,
  isRazemRateLimitError,
  isRazemTimeoutError,
  RazemApiError,
  RazemAuthError,
  RazemConfigError,
  RazemContractError,
  RazemError,
  RazemNetworkError,
  RazemNotFoundError,
  RazemRateLimitError,
  RazemTimeoutError,
} from '../src/index.js';

const problem = (status: number, code: string) => ({ type: `/problems/${code}`, title: code, status, code });
const request = 'GET v1/events';

const samples = {
  api: new RazemApiError({ status: 422, problem: { ...problem(422, 'validation_failed'), errors: [{ path: 'title', message: 'Too short' }] }, request }),
  auth: new RazemAuthError({ status: 401, problem: problem(401, 'unauthorized'), request }),
  notFound: new RazemNotFoundError({ status: 404, problem: problem(404, 'not_found'), request }),
  rateLimit: new RazemRateLimitError({ status: 429, problem: problem(429, 'rate_limited'), request, retryAfter: 30 }),
  network: new RazemNetworkError(request, new TypeError('fetch failed')),
  timeout: new RazemTimeoutError(request),
  contract: new RazemContractError(request, { path: 'data.0.kind', expected: 'one of meeting', received: '"party"', issues: [] }),
  config: new RazemConfigError('baseUrl is missing'),
};

const guards = {
  isRazemError,
  isRazemApiError,
  isRazemAuthError,
  isRazemNotFoundError,
  isRazemRateLimitError,
  isRazemNetworkError,
  isRazemTimeoutError,
  isRazemContractError,
  isRazemConfigError,
};

/** Which guards each sample must satisfy: the kind itself, its parents, and the base. */
const expected: Record<keyof typeof samples, (keyof typeof guards)[]> = {
  api: ['isRazemError', 'isRazemApiError'],
  auth: ['isRazemError', 'isRazemApiError', 'isRazemAuthError'],
  notFound: ['isRazemError', 'isRazemApiError', 'isRazemNotFoundError'],
  rateLimit: ['isRazemError', 'isRazemApiError', 'isRazemRateLimitError'],
  network: ['isRazemError', 'isRazemNetworkError'],
  timeout: ['isRazemError', 'isRazemTimeoutError'],
  contract: ['isRazemError', 'isRazemContractError'],
  config: ['isRazemError', 'isRazemConfigError'],
};

describe('type guards', () => {
  it.each(Object.keys(samples) as (keyof typeof samples)[])('recognise exactly the kinds of a %s error', (kind) => {
    const matched = Object.entries(guards)
      .filter(([, guard]) => guard(samples[kind]))
      .map(([name]) => name);
    expect(matched.sort()).toEqual([...expected[kind]].sort());
  });

  it('reject plain errors and non-errors', () => {
    for (const guard of Object.values(guards)) {
      expect(guard(new Error('boom'))).toBe(false);
      expect(guard({ code: 'not_found', status: 404 })).toBe(false);
      expect(guard(null)).toBe(false);
      expect(guard('RazemError')).toBe(false);
    }
  });

  it('recognise errors from another copy of the SDK, where instanceof fails', async () => {
    // A second module instance stands for a duplicated dependency or another bundle on the page.
    const copy = (await import('../src/errors.js?duplicate' as string)) as typeof ErrorsModule;
    const foreign = new copy.RazemRateLimitError({ status: 429, problem: problem(429, 'rate_limited'), request, retryAfter: 5 });
    expect(copy.RazemRateLimitError).not.toBe(RazemRateLimitError);
    expect(foreign).not.toBeInstanceOf(RazemRateLimitError);
    expect(isRazemRateLimitError(foreign)).toBe(true);
    expect(isRazemApiError(foreign)).toBe(true);
    expect(isRazemNotFoundError(foreign)).toBe(false);
  });
});

describe('error classes', () => {
  it('are Errors with a name, a stable code and the request in the message', () => {
    expect(samples.notFound).toBeInstanceOf(Error);
    expect(samples.notFound).toBeInstanceOf(RazemError);
    expect(samples.notFound.name).toBe('RazemNotFoundError');
    expect(samples.notFound.code).toBe('not_found');
    expect(samples.notFound.message).toBe('GET v1/events failed with 404 not_found: not_found');
    expect(samples.api.fieldErrors).toEqual([{ path: 'title', message: 'Too short' }]);
    expect(samples.network.cause).toBeInstanceOf(TypeError);
    expect(String(samples.config)).toBe('RazemConfigError: baseUrl is missing');
  });

  it('serialise to JSON with their typed fields and without the brand', () => {
    expect(JSON.parse(JSON.stringify(samples.rateLimit))).toEqual({
      name: 'RazemRateLimitError',
      code: 'rate_limited',
      message: 'GET v1/events failed with 429 rate_limited: rate_limited',
      status: 429,
      problem: problem(429, 'rate_limited'),
      fieldErrors: [],
      request,
      retryAfter: 30,
    });
    expect(samples.contract.toJSON()).toEqual({
      name: 'RazemContractError',
      code: 'contract_mismatch',
      message: 'GET v1/events: response breaks the contract at data.0.kind: expected one of meeting, received "party"',
      path: 'data.0.kind',
      expected: 'one of meeting',
      received: '"party"',
      issues: [],
    });
    expect(Object.getOwnPropertySymbols(samples.timeout.toJSON())).toEqual([]);
  });
});
