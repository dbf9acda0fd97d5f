/**
 * Setup file of every vitest project (see `WAITS` in vitest.shared.ts): `vi.waitFor` waits 5 s
 * unless a call says otherwise. Vitest has no setting for it, and its 1 s default is missed now
 * and then on CI's two busy cores by a condition that holds a moment later.
 */
import { vi } from 'vitest';

const waitFor = vi.waitFor;
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 5_000, ...options })) as typeof vi.waitFor;
