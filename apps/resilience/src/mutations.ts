/**
 * Borderline and malformed request bodies made from valid ones: one mutation per request, each
 * with what the API must answer. Field mutations (wrong type, missing, null, unknown key, huge
 * string, unicode edge cases, deep nesting, numbers at limits, array for object) say which field
 * the problem must name when the body can no longer be valid; body mutations (broken JSON, wrong
 * media type, oversize, not UTF-8, not an object) say the exact status and code.
 */
import fc from 'fast-check';
import { isNullable, kindOf, slotsOf, type FieldSlot } from './contract-arbitrary.js';
import type * as z from 'zod/mini';

/** The API's body limit (64 KiB). */
export const MAX_BODY_BYTES = 64 * 1024;

/** What the API must answer to a mutated request. */
export type Expectation =
  /** A `validation_failed` problem with an error at this dotted path (or below it). */
  | { kind: 'field'; path: string }
  /** Exactly this status and problem code. */
  | { kind: 'status'; status: number; code: string }
  /** Anything but a 5xx, and a well-formed problem if it is an error. */
  | { kind: 'any' };

/** A body to send and what must come back. */
export interface BodyCase {
  /** Which mutation made it, for counters and failure messages. */
  mutation: string;
  contentType: string | null;
  body: string | Buffer;
  expect: Expectation;
}

/** Edge cases of Unicode: NUL, lone surrogates, bidi overrides, BOM, joiners, line separators. */
export const UNICODE_EDGES = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u2066',
  '\u200f',
  '\ufeff',
  '\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '\u2028\u2029',
  '𝕏𝕐',
  '\uffff',
  'ﷺ',
  '\u0007\u001b[31m',
  'Ｚａżółć',
] as const;

/** Numbers at the edges of what JavaScript, JSON and PostgreSQL columns hold. */
export const NUMBER_EDGES = [-1, 0, -0, 0.5, 1e-7, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308] as const;

const MEDIA_TYPES_REFUSED = [
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=razem',
  'text/json',
  'application/jsonx',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/xml',
] as const;

const dotted = (path: readonly string[]) => path.join('.');

function setAt(root: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function deleteAt(root: unknown, path: readonly string[]): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[path.at(-1)!];
  return copy;
}

/** JSON text with a placeholder string replaced by raw JSON (deep nesting JSON.stringify would not survive). */
function withRaw(value: unknown, path: readonly string[], raw: string): string {
  const marker = `__raw_${Math.random().toString(36).slice(2)}__`;
  return JSON.stringify(setAt(value, path, marker)).replace(`"${marker}"`, raw);
}

const json = (body: unknown, mutation: string, expect: Expectation): BodyCase => ({
  mutation,
  contentType: 'application/json',
  body: JSON.stringify(body),
  expect,
});

const OTHER_KINDS: Record<string, unknown[]> = {
  string: [42, true, {}, [], 0],
  number: ['42', true, {}, [], '1e3'],
  boolean: ['true', 1, 0, {}, []],
  object: ['{}', 1, true, 'object'],
  array: ['[]', {}, 1, 'a,b'],
};

/** Arbitrary field mutations of `valid` (read through `schema`). */
export function fieldMutation(schema: z.core.$ZodType, valid: unknown): fc.Arbitrary<BodyCase> {
  const { fields, objects } = slotsOf(schema, valid);
  const present = fields.filter((f) => f.present);
  const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
  const options: fc.Arbitrary<BodyCase>[] = [];

  const wrongType = (slot: FieldSlot) => {
    const kind = kindOf(slot.schema);
    const pool = OTHER_KINDS[kind];
    if (!pool) return null;
    return pick(pool).map((other) => json(setAt(valid, slot.path, other), 'wrong-type', { kind: 'field', path: dotted(slot.path) }));
  };
  if (present.length) {
    options.push(pick(present).chain((slot) => wrongType(slot) ?? fc.constant(json(valid, 'unchanged', { kind: 'any' }))));
    options.push(
      pick(present).map((slot) =>
        json(setAt(valid, slot.path, null), 'null', isNullable(slot.schema) ? { kind: 'any' } : { kind: 'field', path: dotted(slot.path) }),
      ),
    );
    options.push(
      fc.tuple(pick(present), fc.integer({ min: 10_001, max: 25_000 }), fc.constantFrom('x', 'ż', '<script>', '\u202e')).map(([slot, length, unit]) => {
        const sample = json(setAt(valid, slot.path, unit.repeat(Math.ceil(length / unit.length)).slice(0, length)), 'huge-string', hugeExpectation(slot));
        // Multi-byte text can push the whole body past the API's 64 KiB limit: then size wins.
        const tooLarge = Buffer.byteLength(sample.body) > MAX_BODY_BYTES;
        return tooLarge ? { ...sample, expect: { kind: 'status', status: 413, code: 'payload_too_large' } as Expectation } : sample;
      }),
    );
    options.push(
      fc.tuple(pick(present), pick(UNICODE_EDGES), fc.constantFrom('prefix', 'suffix', 'alone')).map(([slot, edge, where]) => {
        const current = (() => {
          let node: unknown = valid;
          for (const key of slot.path) node = (node as Record<string, unknown>)[key];
          return typeof node === 'string' ? node : 'Tekst pomysłu';
        })();
        const value = where === 'alone' ? edge : where === 'prefix' ? `${edge}${current}` : `${current}${edge}`;
        return json(setAt(valid, slot.path, value), 'unicode', { kind: 'any' });
      }),
    );
    options.push(
      fc.tuple(pick(present), fc.integer({ min: 20, max: 3000 }), fc.boolean()).map(([slot, depth, arrays]) => {
        const raw = arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
        const kind = kindOf(slot.schema);
        // Nested arrays fail at the field (or, in an array field, its first element). Nested
        // objects are stripped as unknown keys by the contract's non-strict objects.
        const expect: Expectation =
          kind === 'other' || (kind === 'object' && !arrays) ? { kind: 'any' } : { kind: 'field', path: dotted(slot.path) };
        return { mutation: 'deep-nesting', contentType: 'application/json', body: withRaw(valid, slot.path, raw), expect };
      }),
    );
    options.push(
      fc.tuple(pick(present), pick(NUMBER_EDGES)).map(([slot, n]) =>
        json(setAt(valid, slot.path, n), 'number-limit', kindOf(slot.schema) === 'number' ? { kind: 'any' } : { kind: 'field', path: dotted(slot.path) }),
      ),
    );
    const objectsPresent = present.filter((slot) => kindOf(slot.schema) === 'object');
    if (objectsPresent.length) {
      options.push(
        pick(objectsPresent).map((slot) => {
          let node: unknown = valid;
          for (const key of slot.path) node = (node as Record<string, unknown>)[key];
          return json(setAt(valid, slot.path, [node]), 'array-for-object', { kind: 'field', path: dotted(slot.path) });
        }),
      );
    }
  }
  const removable = present.filter((f) => f.required);
  if (removable.length) {
    options.push(pick(removable).map((slot) => json(deleteAt(valid, slot.path), 'missing-required', { kind: 'field', path: dotted(slot.path) })));
  }
  options.push(
    fc.tuple(pick(objects), fc.constantFrom('admin', '__proto__', 'constructor', 'isAdmin', 'role_', 'zzż', 'x'.repeat(300))).map(([object, key]) => {
      let node: unknown = valid;
      for (const part of object.path) node = (node as Record<string, unknown>)[part];
      // JSON.parse makes "__proto__" an own key; build the text so it is sent verbatim.
      const copy = { ...(node as object) } as Record<string, unknown>;
      const body =
        object.path.length === 0
          ? JSON.stringify(valid).replace(/^\{/, `{${JSON.stringify(key)}:true${Object.keys(copy).length ? ',' : ''}`)
          : withRaw(valid, object.path, JSON.stringify(copy).replace(/^\{/, `{${JSON.stringify(key)}:true${Object.keys(copy).length ? ',' : ''}`));
      const expect: Expectation = object.strict ? { kind: 'field', path: dotted([...object.path, key]) } : { kind: 'any' };
      return { mutation: 'unknown-field', contentType: 'application/json', body, expect };
    }),
  );
  return fc.oneof(...options);
}

function hugeExpectation(slot: FieldSlot): Expectation {
  // No text of the contract may exceed 10,000 characters, and nothing else is a string.
  return kindOf(slot.schema) === 'other' ? { kind: 'any' } : { kind: 'field', path: dotted(slot.path) };
}

/** Arbitrary whole-body mutations of `valid`: syntax, media type, size, encoding, root type. */
export function bodyMutation(valid: unknown, maxBytes = MAX_BODY_BYTES): fc.Arbitrary<BodyCase> {
  const text = JSON.stringify(valid);
  const invalid = (mutation: string, body: string | Buffer): BodyCase => ({
    mutation,
    contentType: 'application/json',
    body,
    expect: { kind: 'status', status: 400, code: 'invalid_json' },
  });
  return fc.oneof(
    fc.integer({ min: 1, max: Math.max(1, text.length - 1) }).map((cut) => invalid('truncated-json', text.slice(0, cut))),
    fc.constantFrom(`${text},`, text.replace('"', "'"), text.replace(/:/, ':NaN,"x":'), `\uFEFF\uFEFF${text}`, `${text}}`, '{', 'nul', '"').map((body) =>
      invalid('invalid-json', body),
    ),
    fc.constant(invalid('empty-body', '')),
    fc.constant(invalid('not-utf8', Buffer.concat([Buffer.from(text.slice(0, -2)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(text.slice(-2))]))),
    fc.constantFrom(...MEDIA_TYPES_REFUSED).map(
      (contentType): BodyCase => ({ mutation: 'media-type', contentType, body: text, expect: { kind: 'status', status: 415, code: 'unsupported_media_type' } }),
    ),
    fc.integer({ min: maxBytes + 1, max: maxBytes * 4 }).map(
      (size): BodyCase => ({
        mutation: 'oversized',
        contentType: 'application/json',
        body: JSON.stringify({ ...(valid as object), pad: 'x'.repeat(size) }),
        expect: { kind: 'status', status: 413, code: 'payload_too_large' },
      }),
    ),
    fc.constantFrom<unknown>([], [valid], 'text', 42, null, true).map((root) => json(root, 'root-type', { kind: 'field', path: '' })),
    fc.constant(
      json(valid, 'duplicate-keys', { kind: 'any' }),
    ).map((c) => ({ ...c, body: (c.body as string).replace(/^\{/, '{"title":"x",') })),
  );
}
