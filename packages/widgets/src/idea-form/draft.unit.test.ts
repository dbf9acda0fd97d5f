import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_VERSION, DraftStore } from './draft.js';
import { emptyValues, type IdeaFormValues } from './fields.js';
import { MemoryStorage } from './fixtures.js';
import { safeStore, storageKey } from './storage.js';

const KEY = storageKey('consultation', '/pomysly', 'draft');
const values = (change: Partial<IdeaFormValues>): IdeaFormValues => ({ ...emptyValues(), ...change });

let storage: MemoryStorage;
let keys: number;
/** A draft store as a fresh page load would create it. */
const load = (options = {}) =>
  new DraftStore(safeStore(() => storage), KEY, { newKey: () => `key-000${++keys}`, ...options });

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  keys = 0;
});
afterEach(() => vi.useRealTimers());

describe('DraftStore', () => {
  it('saves once typing pauses, not on every keystroke', () => {
    const draft = load();
    draft.save(values({ title: 'O' }));
    draft.save(values({ title: 'Op' }));
    vi.advanceTimersByTime(399);
    draft.save(values({ title: 'Ope' }));
    vi.advanceTimersByTime(399);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    expect(JSON.parse(storage.data.get(KEY)!)).toMatchObject({ v: DRAFT_VERSION, values: { title: 'Ope' } });
  });

  it('restores the text and the idempotency key after a reload, but never the consent', () => {
    const first = load();
    first.save(values({ title: 'Opera na odkrywce', email: 'anna@example.pl', privacyConsent: true }));
    const key = first.key;
    first.flush();

    const second = load();
    expect(second.restore()).toEqual({ title: 'Opera na odkrywce', email: 'anna@example.pl' });
    expect(second.key).toBe(key);
    expect(storage.data.get(KEY)).not.toContain('privacyConsent');
  });

  it('keeps when the draft was started across reloads, for its fill time', () => {
    const first = load();
    first.startedAt = Date.now();
    first.save(values({ title: 'Opera' }));
    vi.advanceTimersByTime(60 * 60 * 1000);
    first.save(values({ title: 'Opera na odkrywce' }));
    first.flush();
    const second = load();
    second.restore();
    expect(second.startedAt).toBe(first.startedAt);
    // Drafts saved before this was stored count from their last save.
    storage.data.set(KEY, JSON.stringify({ v: 1, values: { title: 'Park' }, key: 'key-12345678', savedAt: 1234 }));
    const old = load({ maxAge: Infinity });
    old.restore();
    expect(old.startedAt).toBe(1234);
  });

  it('keeps one key for the whole draft however often it is saved', () => {
    const draft = load();
    const key = draft.key;
    for (const title of ['P', 'Pa', 'Par', 'Park']) {
      draft.save(values({ title }));
      draft.flush();
    }
    expect(draft.key).toBe(key);
    expect(JSON.parse(storage.data.get(KEY)!).key).toBe(key);
  });

  it('clears the draft and starts a new key', () => {
    const draft = load();
    draft.save(values({ title: 'Park' }));
    draft.flush();
    const key = draft.key;
    draft.save(values({ title: 'Park w' })); // a pending save must not bring it back
    draft.clear();
    vi.runAllTimers();
    expect(storage.data.has(KEY)).toBe(false);
    expect(draft.key).not.toBe(key);
    expect(load().restore()).toBeUndefined();
  });

  it('gives the draft a new key but keeps its text when the body was refused', () => {
    const draft = load();
    draft.save(values({ title: 'Park' }));
    draft.flush();
    const key = draft.key;
    draft.rotateKey();
    expect(draft.key).not.toBe(key);
    const reloaded = load();
    expect(reloaded.restore()).toEqual({ title: 'Park' });
    expect(reloaded.key).toBe(draft.key);
  });

  it('removes the draft when everything typed was deleted', () => {
    const draft = load();
    draft.save(values({ title: 'Park' }));
    draft.flush();
    draft.save(values({ title: '' }));
    draft.flush();
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('drops drafts of another format version, corrupt ones and expired ones', () => {
    storage.data.set(KEY, JSON.stringify({ v: 99, values: { title: 'x' }, key: 'key-xxxxxxxx', savedAt: Date.now() }));
    expect(load().restore()).toBeUndefined();
    storage.data.set(KEY, '{"v":1,"values":');
    expect(load().restore()).toBeUndefined();
    storage.data.set(KEY, JSON.stringify({ v: 1, values: { title: 7, description: 'ok' }, key: 'key-12345678', savedAt: 0 }));
    expect(load({ maxAge: Infinity }).restore()).toEqual({ description: 'ok' });
    expect(load().restore()).toBeUndefined(); // saved at the epoch: long expired
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('keeps the draft for the page when storage is full', () => {
    const draft = load();
    storage.failWrites = true;
    draft.save(values({ title: 'Park' }));
    expect(draft.flush()).toBe(false);
    expect(draft.restore()).toEqual({ title: 'Park' });
  });

  it('works, in memory, when the browser blocks storage altogether', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const draft = new DraftStore(safeStore(blocked), KEY);
    draft.save(values({ title: 'Park' }));
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(draft.restore()).toEqual({ title: 'Park' });
    expect(draft.key).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('keeps separate drafts per form and per page', () => {
    expect(new Set([KEY, storageKey('other', '/pomysly', 'draft'), storageKey('consultation', '/', 'draft')]).size).toBe(3);
    expect(storageKey('consultation', '/pomysly', 'outbox')).not.toBe(KEY);
  });
});
