import { describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { razemHttp } from './client.js';

describe('razemHttp', () => {
  it('gives every element on the page the same SDK core for the same API and key', () => {
    const { url, publishableKey } = testApi();
    const a = razemHttp({ apiBase: url, apiKey: publishableKey });
    expect(razemHttp({ apiBase: url, apiKey: publishableKey })).toBe(a);
    expect(razemHttp({ apiBase: url, apiKey: undefined })).not.toBe(a);
    expect(razemHttp({ apiBase: 'http://127.0.0.1:9', apiKey: publishableKey })).not.toBe(a);
  });

  it('talks to the API', async () => {
    const { url } = testApi();
    const health = await razemHttp({ apiBase: url, apiKey: undefined }).request('GET', 'v1/partners', { as: 'text' });
    expect(JSON.parse(health)).toHaveProperty('data');
  });
});
