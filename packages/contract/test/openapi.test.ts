import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../src/openapi/document.js';
import built from '../dist/openapi.json' with { type: 'json' };

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument({ version: '0.0.0-test', serverUrl: 'http://127.0.0.1:8787' });

  it('is valid OpenAPI 3.1 according to an independent validator', async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('the build wrote the same document to dist/openapi.json', async () => {
    const result = await validate(structuredClone(built) as never);
    expect(result.valid).toBe(true);
    expect(Object.keys(built.paths)).toEqual(Object.keys(document.paths ?? {}));
  });

  it('describes every public and admin endpoint with an operation id', () => {
    const operations = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string }>),
    );
    const ids = operations.map((op) => op.operationId).filter(Boolean);
    expect(ids).toEqual(expect.arrayContaining(['listEvents', 'submitIdea', 'recordConsent', 'adminExportIdeas']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('requires a secret key on every admin operation', () => {
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      if (!path.startsWith('/v1/admin')) continue;
      for (const op of Object.values(item as Record<string, { security?: unknown }>)) {
        expect(op.security, path).toEqual([{ secretKey: [] }]);
      }
    }
  });

  it('documents errors as RFC 9457 problem+json', () => {
    const submit = document.paths?.['/v1/ideas']?.post;
    expect(Object.keys(submit?.responses ?? {})).toEqual(expect.arrayContaining(['201', '400', '409', '413', '415', '422', '429']));
    expect(JSON.stringify(submit?.responses?.['422'])).toContain('application/problem+json');
  });
});
