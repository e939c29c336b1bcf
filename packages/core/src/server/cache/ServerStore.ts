/** Options of `ServerStore.set`. */
export interface StoreSetOptions {
  /** How long the store keeps the value, in milliseconds. */
  ttlMs: number;
  /** Tags to purge the value by (`product:111`); see `purgeTags`. */
  tags?: readonly string[];
}

/**
 * The async key-value store behind the server cache and the session-sync lockout guard:
 * `createMemoryStore()` (one process, the default) or `createRedisStore()` (every instance of the
 * storefront shares it). Values are strings; a store never interprets them.
 */
export interface ServerStore {
  /** The value, or `undefined` when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores a value for `ttlMs`, tagged. */
  set(key: string, value: string, options: StoreSetOptions): Promise<void>;
  /** Removes a value. */
  delete(key: string): Promise<void>;
  /**
   * Stores `value` only when `key` holds nothing, for `ttlMs`; true when it did. The cache uses it
   * as a short lease so that one instance, not every one, refreshes an entry.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Adds one to a counter that lives `ttlMs` from its first increment; returns the new count. */
  increment(key: string, ttlMs: number): Promise<number>;
  /** Removes every value tagged with any of `tags`; returns how many were removed. */
  purgeTags(tags: readonly string[]): Promise<number>;
  /**
   * Opens the connection (Redis), resolving once connected or once the store's connect timeout
   * has passed (it goes on trying in the background). Optional: `guardStore` waits for it once
   * before timing calls, so the first request after a start does not count the connection
   * setup as a slow store. Call it at startup to connect before the first request.
   */
  connect?(): Promise<void>;
  /** Releases connections (Redis); a memory store has nothing to release. */
  close(): Promise<void>;
}
