/**
 * Hostile URLs and headers: query strings (unknown, repeated and array-style parameters, garbage
 * and huge values, broken percent-encoding, limits at their edges), path parameters (raw bytes,
 * dot segments, encoded slashes, NUL, huge) and header values (idempotency keys, authorization,
 * origins, request ids that try to reach the logs).
 */
import fc from 'fast-check';
import type { Endpoint, KnownIds } from './endpoints.js';
import type { Expectation } from './mutations.js';

/** A query string as encoded pairs, with what must come back. */
export interface QueryCase {
  mutation: string;
  pairs: [string, string][];
  expect: Expectation;
}

/** Percent-encodings a decoder may choke on. */
export const BAD_ESCAPES = ['%', '%zz', '%C0%AF', '%00', '%FF%FE', '%E2%80%AE', '%ED%A0%80', '%25%32%35', '%2e%2e%2f', '%u0041', '%%'] as const;

const LIMIT_EDGES = ['0', '-1', '101', '1e308', 'NaN', '0x10', '1.5', '', '%201', 'Infinity', '9007199254740993', '1e2'] as const;

const enc = encodeURIComponent;

/** Raw percent-encoded bytes (often not UTF-8). */
export const rawBytes = fc
  .uint8Array({ minLength: 1, maxLength: 24 })
  .map((bytes) => Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join(''));

/** Well-formed Unicode text, percent-encoded. */
export const encodedText = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).map(enc);

/** Mutated query strings of `endpoint`. */
export function queryCase(endpoint: Endpoint, known: KnownIds): fc.Arbitrary<QueryCase> {
  const fields = endpoint.queryFields ?? [];
  const valid = endpoint.query ? endpoint.query(known) : fc.constant({} as Record<string, string>);
  return valid.chain((query) => {
    const base: [string, string][] = Object.entries(query).map(([k, v]) => [enc(k), enc(v)]);
    const options: fc.Arbitrary<QueryCase>[] = [
      fc.constant({ mutation: 'valid', pairs: base, expect: { kind: 'any' } as Expectation }),
      fc.constantFrom('admin', 'sort', 'page', 'constructor', 'zzż', 'x'.repeat(300), 'kind[]', 'limit[0]').map((name) => ({
        mutation: 'unknown-param',
        pairs: [...base, [enc(name), '1']] as [string, string][],
        expect: { kind: 'field', path: name } as Expectation,
      })),
      fc.tuple(encodedText, rawBytes).map(([value, bytes]) => ({
        mutation: 'garbage-value',
        pairs: [...base, ['zz', value], ['q', bytes]] as [string, string][],
        expect: { kind: 'any' } as Expectation,
      })),
    ];
    if (fields.length) {
      const field = fc.constantFrom(...fields);
      options.push(
        field.map((name) => ({
          mutation: 'repeated-param',
          pairs: [...base.filter(([k]) => k !== name), [name, 'a'], [name, 'b']] as [string, string][],
          expect: { kind: 'field', path: name } as Expectation,
        })),
        fc.tuple(field, fc.oneof(encodedText, rawBytes, fc.constantFrom(...BAD_ESCAPES), fc.integer({ min: 2000, max: 6000 }).map((n) => 'x'.repeat(n)))).map(
          ([name, value]) => ({
            mutation: 'bad-value',
            pairs: [...base.filter(([k]) => k !== name), [name, value]] as [string, string][],
            expect: { kind: 'any' } as Expectation,
          }),
        ),
      );
      if (fields.includes('limit')) {
        options.push(
          fc.constantFrom(...LIMIT_EDGES).map((value) => ({
            mutation: 'limit-edge',
            pairs: [...base.filter(([k]) => k !== 'limit'), ['limit', value]] as [string, string][],
            expect: { kind: 'any' } as Expectation,
          })),
        );
      }
      if (endpoint.route === '/v1/admin/consents') {
        options.push(fc.constant({ mutation: 'missing-required', pairs: [], expect: { kind: 'field', path: 'consentId' } as Expectation }));
      }
    }
    return fc.oneof(...options);
  });
}

/** A path parameter value: valid, or hostile. */
export function paramValue(valid: fc.Arbitrary<string>): fc.Arbitrary<{ mutation: string; value: string }> {
  return fc.oneof(
    valid.map((value) => ({ mutation: 'valid', value: enc(value) })),
    rawBytes.map((value) => ({ mutation: 'raw-bytes', value })),
    encodedText.map((value) => ({ mutation: 'unicode', value })),
    fc
      .constantFrom('..', '.', '%2e%2e', '%2F', 'a%2Fb', '%00', '%20', 'rzm-ilo0-ilo0', 'RZM-0000-000O', '00000000-0000-0000-0000-000000000000', ...BAD_ESCAPES)
      .map((value) => ({ mutation: 'special', value })),
    fc.integer({ min: 300, max: 6000 }).map((n) => ({ mutation: 'huge', value: 'a'.repeat(n) })),
  );
}

/** Hostile header sets for a request that is otherwise fine. */
export const hostileHeaders: fc.Arbitrary<{ mutation: string; headers: Record<string, string | Buffer> }> = fc.oneof(
  fc
    .oneof(
      fc.string({ maxLength: 7, unit: 'binary-ascii' }),
      fc.string({ minLength: 256, maxLength: 400 }),
      fc.string({ minLength: 8, maxLength: 60 }),
      fc.uint8Array({ minLength: 8, maxLength: 40 }).map((b) => Buffer.from(b.map((x) => (x < 0x20 || x === 0x7f ? 0x80 + (x % 0x20) : x)))),
    )
    .filter((v) => typeof v !== 'string' || !/[\r\n\0]/.test(v))
    .map((value) => ({ mutation: 'idempotency-key', headers: { 'idempotency-key': typeof value === 'string' ? value.replace(/[^\t\x20-\x7e]/g, '?') : value } })),
  fc
    .constantFrom('Bearer', 'Bearer ', 'bearer rzm_pk_x', 'Basic cm9vdDpyb290', `Bearer ${'a'.repeat(5000)}`, 'Bearer rzm_sk_', 'Bearer rzm_pk_local_demo_0000000000000000', 'Bearer  rzm_pk_a b', 'Token x')
    .map((value) => ({ mutation: 'authorization', headers: { authorization: value } })),
  fc
    .constantFrom('null', 'http://evil.example', 'https://localhost', 'http://localhost:*', 'file://', '*', 'http://127.0.0.1:99999', 'http://[::1]', 'javascript:alert(1)')
    .map((value) => ({ mutation: 'origin', headers: { origin: value } })),
  fc
    .constantFrom('../../etc/passwd', 'x'.repeat(200), '<script>', 'a b', '{"level":60}', 'ok-id.1')
    .map((value) => ({ mutation: 'request-id', headers: { 'x-request-id': value } })),
  fc
    .constantFrom('*', '"x", W/"y"', 'W/', 'x'.repeat(3000), '""')
    .map((value) => ({ mutation: 'if-none-match', headers: { 'if-none-match': value } })),
  fc
    .constantFrom('zz', 'pl-PL;q=2', '*;q=-1', 'x'.repeat(2000), 'uk, en;q=0.5')
    .map((value) => ({ mutation: 'accept-language', headers: { 'accept-language': value } })),
);
