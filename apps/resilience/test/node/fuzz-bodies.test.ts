/**
 * Property-based fuzzing of every endpoint that takes a JSON body: valid bodies generated from the
 * contract, then mutated one way each (wrong types, missing and unknown fields, nulls, huge and
 * Unicode-edge strings, deep nesting, numbers at limits, broken JSON, wrong media types, oversize
 * bodies, bytes that are not UTF-8). The API must never answer 5xx, must answer every 4xx with
 * problem+json and a code, and must name the broken field.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkAnswer } from '../../src/answer-check.js';
import { arbitraryFor, fieldNames } from '../../src/contract-arbitrary.js';
import { ENDPOINTS, endpointId, fillRoute } from '../../src/endpoints.js';
import { startFuzzTarget, type FuzzTarget } from '../../src/fuzz-server.js';
import { SEED, scaled } from '../../src/mode.js';
import { bodyMutation, fieldMutation, type BodyCase } from '../../src/mutations.js';
import { bump, report, type Counters } from '../../src/stats.js';

let target: FuzzTarget;
beforeAll(async () => {
  target = await startFuzzTarget();
}, 60_000);
afterAll(() => target?.close());

const withBody = ENDPOINTS.filter((e) => e.body);

/** Top-level keys of a body as the server will parse it (none when it is not an object). */
function sentKeys(body: string | Buffer): string[] {
  try {
    const value: unknown = JSON.parse(body.toString());
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  } catch {
    return [];
  }
}

describe('JSON bodies of every write endpoint', () => {
  for (const endpoint of withBody) {
    const id = endpointId(endpoint);
    it(`${id}: malformed and borderline bodies never crash it and name the field`, async ({ task }) => {
      const schema = endpoint.body!;
      const params = endpoint.params ? fc.record(endpoint.params(target.known)) : fc.constant({});
      const cases = arbitraryFor(schema).chain((valid) =>
        fc.tuple(
          fc.oneof({ weight: 3, arbitrary: fieldMutation(schema, valid) }, { weight: 1, arbitrary: bodyMutation(valid) }),
          params,
          fc.option(fc.stringMatching(/^[\x21-\x7e]{8,40}$/), { nil: undefined }),
        ),
      );
      const counters: Counters = {};
      await fc.assert(
        fc.asyncProperty(cases, async ([sample, pathParams, idempotencyKey]: [BodyCase, Record<string, string>, string | undefined]) => {
          const path = fillRoute(endpoint.route, pathParams);
          const headers: Record<string, string> = {};
          if (sample.contentType !== null) headers['content-type'] = sample.contentType;
          if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
          const res = await target.send(endpoint.credential, { method: endpoint.method, path, headers, body: sample.body });
          bump(counters, ['requests', id]);
          bump(counters, ['mutations', sample.mutation]);
          checkAnswer(res, {
            label: `${endpoint.method} ${path} [${sample.mutation}]`,
            fields: new Set([...fieldNames(schema), ...sentKeys(sample.body), ...Object.keys(pathParams), 'Idempotency-Key']),
            expect: sample.expect,
          });
        }),
        { numRuns: scaled(120), seed: SEED, endOnFailure: true },
      );
      report(task.meta, counters);
    });
  }
});

describe('valid bodies generated from the contract', () => {
  const accepting = withBody.filter((e) => e.method === 'POST');
  for (const endpoint of accepting) {
    const id = endpointId(endpoint);
    it(`${id}: accepts what the contract allows`, async ({ task }) => {
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(arbitraryFor(endpoint.body!), async (valid) => {
          // Not drawn by fast-check: shrinking would reuse one key for different bodies (a 409).
          const key = crypto.randomUUID();
          const body = fitForDatabase(endpoint.route, valid as Record<string, unknown>, target);
          expect(z.safeParse(endpoint.body!, body).success).toBe(true);
          const res = await target.send(endpoint.credential, {
            method: 'POST',
            path: endpoint.route,
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(body),
          });
          sent += 1;
          // A partner id the generator drew twice is a conflict, which is the right answer.
          const conflict = endpoint.route === '/v1/admin/partners' && res.status === 409;
          if (!conflict && (res.status < 200 || res.status > 299)) {
            throw new Error(`${id} refused a valid body: ${res.status} ${res.text.slice(0, 300)}\n${JSON.stringify(body).slice(0, 300)}`);
          }
        }),
        { numRuns: scaled(15), seed: SEED },
      );
      report(task.meta, { requests: { [id]: sent } });
    });
  }
});

/** Facts the schema cannot know: events need existing organizers and a real time zone. */
function fitForDatabase(route: string, body: Record<string, unknown>, t: FuzzTarget): Record<string, unknown> {
  if (route !== '/v1/admin/events') return body;
  const organizers = t.known.partnerIds.slice(0, ((body.organizerIds as unknown[]) ?? []).length);
  return { ...body, timeZone: 'Europe/Warsaw', allDay: false, organizerIds: organizers };
}
