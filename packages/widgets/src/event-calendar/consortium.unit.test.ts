import { CONSORTIUM_TIME_ZONE, EVENT_KINDS } from '@razem/contract';
import { expect, it } from 'vitest';
import { KINDS, WARSAW } from './consortium.js';

it('mirrors the contract’s zone and event kinds', () => {
  expect(WARSAW).toBe(CONSORTIUM_TIME_ZONE);
  expect(KINDS).toEqual(EVENT_KINDS);
});
