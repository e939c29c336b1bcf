import type { SessionStorageAdapter } from './createMemoryStorage.js';

/** `localStorage`-like: the part of the Web Storage API the adapter uses. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Keeps the session in `localStorage` (or any Web Storage given as `storage`). Reads it only when
 * the store first needs it, and treats an unavailable storage (private mode, quota) as empty.
 */
export function createLocalStorage(options: { key?: string; storage?: WebStorageLike } = {}): SessionStorageAdapter {
  const { key = 'bc-headless-session' } = options;
  const storage = () => options.storage ?? globalThis.localStorage;
  return {
    getItem() {
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    setItem(value) {
      try {
        storage().setItem(key, value);
      } catch {}
    },
  };
}
