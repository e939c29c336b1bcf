/** Where a session store keeps its serialised state: one string under one key. */
export interface SessionStorageAdapter {
  // Both may throw (private mode, quota, a garbled cookie): the session store catches that.
  getItem(): string | null | undefined;
  setItem(value: string): void;
}

/** Keeps the session in memory only (the default; lost on reload). */
export function createMemoryStorage(): SessionStorageAdapter {
  let value: string | null = null;
  return { getItem: () => value, setItem: (next) => void (value = next) };
}
