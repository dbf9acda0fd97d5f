/**
 * Runs the contract's zod schemas over bodies, queries and path parameters and turns their issues
 * into problem `errors`: dotted paths, and one entry per unknown field naming it.
 */
import * as z from 'zod/mini';
import type { FieldError } from '@razem/contract';
import { ApiError } from './problem.js';

type Issue = z.core.$ZodIssue;

/** Flattens zod issues into problem field errors. */
export function issuesToErrors(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: dotted([...base, key]), message: `Unknown field "${key}"`, code: 'unknown_field' });
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      errors.push(...issuesToErrors(issue.errors.flat(), base));
    } else {
      errors.push({ path: dotted(base), message: issue.message, code: issue.code });
    }
  }
  return errors;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Where the invalid input came from; decides the status (400 for the URL, 422 for the body). */
export type InputPart = 'body' | 'query' | 'path' | 'header';

// A UTF-16 half without its partner: not Unicode text, and PostgreSQL refuses it in jsonb.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text PostgreSQL cannot store (NUL anywhere, unpaired surrogates in jsonb) would otherwise fail
 * in the database as a 400 that names no field. Walks the parsed value, whose depth the schema
 * bounds (unknown keys are refused or stripped), without recursion.
 */
export function unstorableText(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);
  const message = 'Remove the NUL character or unpaired surrogate from this text';
  const stack: [unknown, PropertyKey[]][] = [[value, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (bad(node)) errors.push({ path: dotted(path), message, code: 'invalid_characters' });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (bad(key)) errors.push({ path: dotted([...path, key]), message, code: 'invalid_characters' });
        stack.push([child, [...path, key]]);
      }
    }
  }
  return errors;
}

/** Parses `input` with `schema` or throws a `validation_failed` problem naming each field. */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, part: InputPart): z.output<S> {
  const result = z.safeParse(schema, input);
  const errors = result.success ? unstorableText(result.data) : issuesToErrors(result.error.issues);
  if (result.success && errors.length === 0) return result.data;
  const where = part === 'body' ? 'body' : part === 'query' ? 'query string' : part === 'path' ? 'URL' : 'headers';
  const detail = `The ${where} has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors
    .map((e) => `${e.path || '(root)'} (${e.message})`)
    .join('; ')}`;
  throw new ApiError(part === 'body' ? 422 : 400, 'validation_failed', detail, { errors });
}
