/**
 * localStorage that never throws. Reading `window.localStorage` itself throws when a browser
 * blocks site data; `setItem` throws when the quota is full or in some private modes. A form that
 * crashes there would lose what the person typed, so failures fall back to memory for the session.
 */

/** The part of the Web Storage API the form uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** JSON values by key; every method swallows storage failures. */
export interface SafeStore {
  /** The parsed value, or `undefined` when missing, unreadable or not JSON. */
  read(key: string): unknown;
  /** Stores `value` as JSON; `false` when only the in-memory fallback holds it. */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

/**
 * Wraps the storage `get` returns (called on every access, so a storage that becomes available
 * later is used). Values that could not be stored live in memory until the page unloads.
 */
export function safeStore(get: () => KeyValueStorage | undefined): SafeStore {
  const memory = new Map<string, string>();
  const storage = (): KeyValueStorage | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  return {
    read(key) {
      let text = memory.get(key);
      if (text === undefined) {
        try {
          text = storage()?.getItem(key) ?? undefined;
        } catch {
          text = undefined;
        }
      }
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      const text = JSON.stringify(value);
      try {
        const target = storage();
        if (target) {
          target.setItem(key, text);
          memory.delete(key);
          return true;
        }
      } catch {
        // quota exceeded or storage disabled: keep it for this page's lifetime
      }
      memory.set(key, text);
      return false;
    },
    remove(key) {
      memory.delete(key);
      try {
        storage()?.removeItem(key);
      } catch {
        // nothing stored there to worry about
      }
    },
  };
}

/** The page's localStorage, or nothing where there is none (Node, blocked site data). */
export const browserStorage = (): KeyValueStorage | undefined => globalThis.localStorage;

/** What a form keeps: its draft, its outbox, and the receipt of the last idea sent. */
export type StorageKind = 'draft' | 'outbox' | 'sent';

/**
 * Storage key of one form's draft, outbox or last receipt: per form id and page, so two forms
 * (or one form on two pages of a site) keep separate drafts.
 */
export function storageKey(formId: string, page: string, kind: StorageKind): string {
  return `razem-idea-form:${formId || 'default'}:${page || '/'}:${kind}`;
}
