/** Options of `createBoundedExpiryMap`. */
export interface BoundedExpiryMapOptions {
  /** Hard cap on stored entries; the oldest is evicted to make room. */
  maxEntries: number;
  /** Clock in milliseconds (injectable for tests); defaults to `Date.now`. */
  now?: () => number;
}

/** A map whose entries expire after a TTL and whose size never exceeds `maxEntries`. */
export interface BoundedExpiryMap<K, V> {
  /** The live value for `key`, or `undefined` when absent or expired. */
  get(key: K): V | undefined;
  /** Milliseconds until `key` expires, or 0 when absent or expired. */
  remainingMs(key: K): number;
  /** Stores `value` for `ttlMs` milliseconds (a re-set key counts as newest). */
  set(key: K, value: V, ttlMs: number): void;
  /** Removes `key`; true when it was present. */
  delete(key: K): boolean;
  /** Removes everything. */
  clear(): void;
  /** Entries currently stored (expired ones may linger until touched or evicted). */
  readonly size: number;
}

// How many entries at the oldest end are checked for expiry on each write: keeps writes O(1)
// while still letting expired entries go before live ones are evicted.
const SWEEP_PER_WRITE = 4;

/**
 * Creates a fixed-capacity TTL map, O(1) per operation: a `Map` in insertion order, expired
 * entries dropped lazily, the oldest evicted when full. Used for per-IP memory that an attacker
 * must not be able to grow without limit (e.g. the session-sync lockout).
 */
export function createBoundedExpiryMap<K, V>(options: BoundedExpiryMapOptions): BoundedExpiryMap<K, V> {
  const { maxEntries } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError(`createBoundedExpiryMap: maxEntries must be a positive integer, got ${String(maxEntries)}.`);
  }
  const now = options.now ?? Date.now;
  const entries = new Map<K, { value: V; expiresAt: number }>();

  const live = (key: K) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const sweep = () => {
    const t = now();
    let checked = 0;
    for (const [key, entry] of entries) {
      if (checked++ >= SWEEP_PER_WRITE) break;
      if (entry.expiresAt <= t) entries.delete(key);
    }
  };

  return {
    get: (key) => live(key)?.value,
    remainingMs(key) {
      const entry = live(key);
      return entry ? entry.expiresAt - now() : 0;
    },
    set(key, value, ttlMs) {
      if (!Number.isFinite(ttlMs) || ttlMs < 0) {
        throw new TypeError(`BoundedExpiryMap.set: ttlMs must be a non-negative number, got ${String(ttlMs)}.`);
      }
      entries.delete(key);
      sweep();
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    delete: (key) => entries.delete(key),
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
