/**
 * What every answer of the API must look like, whatever it was sent: never a 5xx, and every 4xx an
 * RFC 9457 problem (`application/problem+json`) with a stable `code`. Validation problems must
 * name, in `errors[].path`, a field the request actually has or the contract defines; mutations
 * that can no longer be valid must be refused naming the field they broke.
 */
import type { Expectation } from './mutations.js';
import type { RawResponse } from './raw-http.js';

interface ProblemShape {
  type?: unknown;
  title?: unknown;
  status?: unknown;
  code?: unknown;
  errors?: { path?: unknown; message?: unknown }[];
}

/** Everything the check needs to know about the request. */
export interface CheckContext {
  /** Printed with any failure: method, path, mutation. */
  label: string;
  /** Names a validation error may start with: contract fields, sent keys, path parameters, headers. */
  fields: ReadonlySet<string>;
  expect: Expectation;
}

const fail = (ctx: CheckContext, res: RawResponse, why: string): never => {
  throw new Error(`${ctx.label}: ${why}\n  → ${res.status} ${String(res.headers['content-type'])} ${res.text.slice(0, 400)}`);
};

/** Throws (with the request and answer) when `res` breaks the rules. */
export function checkAnswer(res: RawResponse, ctx: CheckContext): void {
  if (res.status >= 500 || res.status < 100) fail(ctx, res, `server error ${res.status}`);
  if (res.status >= 400) {
    const type = String(res.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) fail(ctx, res, 'a 4xx that is not application/problem+json');
    const problem = res.json as ProblemShape | undefined;
    if (!problem || typeof problem !== 'object') fail(ctx, res, 'problem body is not a JSON object');
    if (typeof problem!.code !== 'string' || !/^[a-z_]+$/.test(problem!.code)) fail(ctx, res, 'problem without a snake_case code');
    if (problem!.status !== res.status) fail(ctx, res, `problem status ${String(problem!.status)} differs from the HTTP status`);
    if (typeof problem!.type !== 'string' || typeof problem!.title !== 'string') fail(ctx, res, 'problem without type or title');
    if (problem!.code === 'validation_failed') {
      const errors = problem!.errors;
      if (!Array.isArray(errors) || errors.length === 0) fail(ctx, res, 'validation_failed without errors[]');
      for (const error of errors!) {
        if (typeof error.path !== 'string' || typeof error.message !== 'string') fail(ctx, res, 'an error without path or message');
        const head = (error.path as string).split('.')[0]!;
        const rootProblem = error.path === '' && ctx.expect.kind === 'field' && ctx.expect.path === '';
        if (!rootProblem && !ctx.fields.has(head)) fail(ctx, res, `errors[].path "${String(error.path)}" names no field of the request`);
      }
    }
  }
  const expect = ctx.expect;
  if (expect.kind === 'status') {
    const code = (res.json as ProblemShape | undefined)?.code;
    if (res.status !== expect.status || code !== expect.code) fail(ctx, res, `expected ${expect.status} ${expect.code}`);
  } else if (expect.kind === 'field') {
    const problem = res.json as ProblemShape | undefined;
    if ((res.status !== 400 && res.status !== 422) || problem?.code !== 'validation_failed') {
      fail(ctx, res, `expected validation_failed naming "${expect.path}"`);
    }
    const named = problem!.errors!.some((e) => {
      const path = String(e.path);
      return expect.path === '' ? path === '' : path === expect.path || path.startsWith(`${expect.path}.`);
    });
    if (!named) fail(ctx, res, `no errors[].path names "${expect.path}"`);
  }
}
