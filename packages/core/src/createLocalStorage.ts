import type { SessionStorageAdapter } from './createMemoryStorage.js';

/**
 * Keeps the session in `localStorage` under `key`. Nothing is read until the store needs it;
 * the store treats a throwing storage (private mode, quota) as empty.
 */
export function createLocalStorage({ key = 'bc-headless-session' }: { key?: string } = {}): SessionStorageAdapter {
  return {
    getItem: () => localStorage.getItem(key),
    setItem: (value) => localStorage.setItem(key, value),
  };
}
