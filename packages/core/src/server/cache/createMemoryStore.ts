import { LRUCache } from 'lru-cache';
import type { ServerStore } from './ServerStore.js';

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /** Upper bound of what the values and keys take, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** Upper bound of entries as well, when set (the lockout memory counts addresses). */
  maxEntries?: number;
  /** Clock (default `Date.now`); tests pass their own. */
  now?: () => number;
}

// A JavaScript string takes two bytes per UTF-16 unit, plus a little per entry for the record.
const ENTRY_OVERHEAD = 64;
const sizeOf = (key: string, value: string) => (key.length + value.length) * 2 + ENTRY_OVERHEAD;

/**
 * The in-process store: least recently used entries go first once `maxBytes` is reached, each
 * entry expires after its `ttlMs`. One process only: with several instances, use `createRedisStore`.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ServerStore {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1024) {
    throw new TypeError(`createMemoryStore: maxBytes must be an integer of at least 1024, got ${String(maxBytes)}.`);
  }
  const { maxEntries } = options;
  if (maxEntries !== undefined && (!Number.isSafeInteger(maxEntries) || maxEntries < 1)) {
    throw new TypeError(`createMemoryStore: maxEntries must be a positive integer, got ${String(maxEntries)}.`);
  }
  const now = options.now ?? Date.now;
  // Which keys each tag names; pruned as entries leave, so it never outgrows the cache.
  const tagged = new Map<string, Set<string>>();
  const tagsOf = new Map<string, readonly string[]>();
  const untag = (key: string) => {
    for (const tag of tagsOf.get(key) ?? []) {
      const keys = tagged.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) tagged.delete(tag);
    }
    tagsOf.delete(key);
  };
  const entries = new LRUCache<string, string>({
    maxSize: maxBytes,
    ...(maxEntries ? { max: maxEntries } : {}),
    sizeCalculation: (value, key) => sizeOf(key, value),
    ttlAutopurge: false,
    perf: { now },
    dispose: (_value, key, reason) => {
      // `set` replacing a value re-tags it itself.
      if (reason !== 'set') untag(key);
    },
  });

  const checkTtl = (method: string, ttlMs: number) => {
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new TypeError(`ServerStore.${method}: ttlMs must be a positive number of milliseconds, got ${String(ttlMs)}.`);
  };

  return {
    async get(key) {
      return entries.get(key);
    },
    async set(key, value, { ttlMs, tags = [] }) {
      checkTtl('set', ttlMs);
      untag(key);
      if (sizeOf(key, value) > maxBytes) return;
      entries.set(key, value, { ttl: ttlMs });
      if (!entries.has(key)) return;
      tagsOf.set(key, tags);
      for (const tag of tags) {
        let keys = tagged.get(tag);
        if (!keys) tagged.set(tag, (keys = new Set()));
        keys.add(key);
      }
    },
    async delete(key) {
      entries.delete(key);
    },
    async claim(key, ttlMs) {
      checkTtl('claim', ttlMs);
      if (entries.has(key)) return false;
      entries.set(key, '1', { ttl: ttlMs });
      return true;
    },
    async increment(key, ttlMs) {
      checkTtl('increment', ttlMs);
      const current = entries.get(key);
      const count = (current === undefined ? 0 : Number(current)) + 1;
      // Keeps the first increment's expiry: a counter of attempts within one window.
      const remaining = current === undefined ? ttlMs : entries.getRemainingTTL(key);
      entries.set(key, String(count), { ttl: remaining > 0 ? remaining : ttlMs });
      return count;
    },
    async purgeTags(tags) {
      const keys = new Set(tags.flatMap((tag) => [...(tagged.get(tag) ?? [])]));
      for (const key of keys) entries.delete(key);
      return keys.size;
    },
    async close() {},
  };
}
