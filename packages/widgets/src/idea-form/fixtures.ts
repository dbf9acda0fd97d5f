/**
 * Test and story fixtures of <razem-idea-form>; never part of a build.
 */
import type { IdeaFormValues } from './fields.js';
import type { KeyValueStorage } from './storage.js';

/** An in-memory Web Storage that can fail like a full one. */
export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  /** Successful `setItem` calls. */
  writes = 0;
  /** Makes `setItem` throw `QuotaExceededError`. */
  failWrites = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** A complete idea from the consortium's workshops (seeds). */
export const sampleIdea: IdeaFormValues = {
  title: 'Opera na odkrywce',
  description:
    'Letnie koncerty i spektakle w dawnej odkrywce kopalni Bełchatów: scena na tarasie, dojazd autobusami z Bełchatowa i Kleszczowa, bilety dla seniorów i młodzieży za złotówkę.',
  category: 'culture',
  authorRole: 'resident',
  name: 'Anna Nowak',
  email: 'anna.nowak@example.pl',
  municipality: 'Kleszczów',
  privacyConsent: true,
};
