/**
 * Valid values generated from the contract's zod/mini schemas themselves: the generator walks a
 * schema's definition (object shapes, optional/default/nullable wrappers, string formats and
 * length checks, number bounds, enums, arrays, records) and builds a fast-check arbitrary. Whole
 * values are finally filtered through the schema, so refinements (`endsAt` after `startsAt`,
 * `necessary` never refused) hold too. The same walk lists every field of a value for mutation.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
  in?: Schema;
  out?: Schema;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number | bigint;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}

const def = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checks = (schema: Schema): CheckDef[] => (def(schema).checks ?? []).map((c) => c._zod.def);

/** Removes optional/default/nullable/pipe wrappers: the schema a present, non-null value meets. */
export function unwrap(schema: Schema): Schema {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') return unwrap(d.innerType!);
  return schema;
}

/** The JSON kind a schema expects (after unwrapping). */
export function kindOf(schema: Schema): 'object' | 'array' | 'string' | 'number' | 'boolean' | 'other' {
  const type = def(unwrap(schema)).type;
  if (type === 'object' || type === 'record') return 'object';
  if (type === 'array') return 'array';
  if (type === 'string' || type === 'enum') return 'string';
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'literal') {
    const value = def(unwrap(schema)).values?.[0];
    return typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : 'other';
  }
  return 'other';
}

const WORDS = ['Bełchatów', 'Kleszczów', 'zielona', 'energia', 'park', 'technologii', 'rowerowa', 'ścieżka', 'młodzież', 'szkoła', 'wodór', 'Żółć'];

/** Human-looking text between `min` and `max` characters, never padded with spaces (fields are trimmed). */
function text(min: number, max: number): fc.Arbitrary<string> {
  const cap = Math.min(max, Math.max(min, 60));
  return fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' })), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join(' ').trim())
    // Cut by code points: half a surrogate pair is not text (the API refuses it, see README).
    .map((s) => Array.from(s.length < min ? s + 'x'.repeat(min - s.length) : s).slice(0, cap).join('').trim())
    .filter((s) => s.length >= min && s.length <= max && s === s.trim() && !s.includes('\u0000'));
}

const isoWithOffset = fc
  .tuple(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('Z', '+01:00', '+02:00', '-05:00'))
  .map(([date, offset]) => {
    if (offset === 'Z') return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const sign = offset.startsWith('-') ? -1 : 1;
    const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    return new Date(date.getTime() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, offset);
  });

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const d = def(schema);
  const format = d.format ?? checks(schema).find((c) => c.check === 'string_format')?.format;
  const pattern = d.pattern ?? checks(schema).find((c) => c.check === 'string_format')?.pattern;
  if (format === 'email') {
    return fc.tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,10}[a-z0-9]$/), fc.constantFrom('example.org', 'frgk.pl', 'kleszczow.pl')).map(([user, host]) => `${user.replace(/\.{2,}/g, '.')}@${host}`);
  }
  if (format === 'url') return fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true });
  if (format === 'uuid' || format === 'guid') return fc.uuid({ version: 4 });
  if (format === 'datetime') return isoWithOffset;
  if (pattern) return fc.stringMatching(pattern);
  let min = 0;
  let max = 200;
  for (const c of checks(schema)) {
    if (c.check === 'min_length') min = c.minimum ?? min;
    if (c.check === 'max_length') max = c.maximum ?? max;
  }
  return text(min, max);
}

function numberArbitrary(schema: Schema): fc.Arbitrary<number> {
  let min = -1_000_000;
  let max = 1_000_000;
  let int = false;
  for (const c of checks(schema)) {
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) int = true;
    if (c.check === 'greater_than') min = Number(c.value) + (c.inclusive ? 0 : 1);
    if (c.check === 'less_than') max = Number(c.value) - (c.inclusive ? 0 : 1);
  }
  max = Math.min(max, min + 10_000_000);
  return int ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary of values the schema accepts. */
export function arbitraryFor<S extends Schema>(schema: S): fc.Arbitrary<z.input<S>> {
  return build(schema).filter((value) => z.safeParse(schema, value).success) as fc.Arbitrary<z.input<S>>;
}

function build(schema: Schema): fc.Arbitrary<unknown> {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return build(d.innerType!);
    case 'nullable':
      return fc.oneof({ weight: 4, arbitrary: build(d.innerType!) }, { weight: 1, arbitrary: fc.constant(null) });
    case 'object': {
      const shape = d.shape ?? {};
      const required = Object.keys(shape).filter((key) => !isOptional(shape[key]!));
      const fields = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, build(value)]));
      return fc.record(fields, { requiredKeys: required });
    }
    case 'string':
      return stringArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(d.values ?? []));
    case 'array': {
      const max = checks(schema).find((c) => c.check === 'max_length')?.maximum ?? 5;
      return fc.array(build(d.element!), { maxLength: Math.min(max, 3) });
    }
    case 'record':
      return fc.dictionary(build(d.keyType!) as fc.Arbitrary<string>, build(d.valueType!), { maxKeys: 4 });
    default:
      throw new Error(`No generator for zod type "${d.type}"`);
  }
}

/** Whether a field of an object may be left out. */
export function isOptional(schema: Schema): boolean {
  const type = def(schema).type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

/** Whether `null` is accepted (PATCH bodies clear optional fields with it). */
export function isNullable(schema: Schema): boolean {
  const d = def(schema);
  if (d.type === 'nullable') return true;
  if (d.type === 'optional' || d.type === 'default') return isNullable(d.innerType!);
  return false;
}

/** One place in a value that a mutation can hit. */
export interface FieldSlot {
  /** Path from the root, e.g. `['address', 'postalCode']` or `['organizerIds', '0']`. */
  path: string[];
  /** Schema of the value at that path. */
  schema: Schema;
  /** The key must be present in its object. */
  required: boolean;
  /** The value is present in the generated value. */
  present: boolean;
}

/** Object paths whose schema refuses unknown keys (strict objects), `[]` for the root. */
export interface ObjectSlot {
  path: string[];
  strict: boolean;
}

/** Every field (present or not) and every object of `value` read through `schema`. */
export function slotsOf(schema: Schema, value: unknown): { fields: FieldSlot[]; objects: ObjectSlot[] } {
  const fields: FieldSlot[] = [];
  const objects: ObjectSlot[] = [];
  const walk = (s: Schema, v: unknown, path: string[]) => {
    const inner = unwrap(s);
    const d = def(inner);
    if (d.type === 'object' && v && typeof v === 'object' && !Array.isArray(v)) {
      objects.push({ path, strict: def(d.catchall ?? inner).type === 'never' });
      for (const [key, child] of Object.entries(d.shape ?? {})) {
        const present = key in (v as object);
        fields.push({ path: [...path, key], schema: child, required: !isOptional(child), present });
        if (present) walk(child, (v as Record<string, unknown>)[key], [...path, key]);
      }
    } else if (d.type === 'array' && Array.isArray(v)) {
      v.forEach((item, i) => {
        fields.push({ path: [...path, String(i)], schema: d.element!, required: true, present: true });
        walk(d.element!, item, [...path, String(i)]);
      });
    } else if (d.type === 'record' && v && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        fields.push({ path: [...path, key], schema: d.valueType!, required: false, present: true });
      }
    }
  };
  walk(schema, value, []);
  return { fields, objects };
}

/** Top-level field names of an object schema. */
export function fieldNames(schema: Schema): string[] {
  return Object.keys(def(unwrap(schema)).shape ?? {});
}
