import type { SessionStorageAdapter } from './createMemoryStorage.js';

/** `localStorage`-like: the part of the Web Storage API the adapter uses. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Keeps the session in `localStorage` (or any Web Storage given as `storage`) under `key`.
 * Nothing is read until the store needs it; the store treats a throwing storage (private
 * mode, quota) as empty.
 */
export function createLocalStorage({ key = 'bc-headless-session', storage }: { key?: string; storage?: WebStorageLike } = {}): SessionStorageAdapter {
  return {
    getItem: () => (storage ?? localStorage).getItem(key),
    setItem: (value) => (storage ?? localStorage).setItem(key, value),
  };
}
