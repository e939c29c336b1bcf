import { CacheShort, type CacheStrategy } from './cacheStrategy.js';
import { guardStore } from './guardStore.js';
import type { ServerStore } from './ServerStore.js';

/** Options of `createServerCache`. */
export interface ServerCacheOptions {
  /** Where entries live: `createMemoryStore()` for one process, `createRedisStore()` for many. */
  store: ServerStore;
  /** Default strategy (`CacheShort`). */
  strategy?: CacheStrategy;
  /** Told once when the store goes down and once when it is back; the cache is bypassed meanwhile. */
  onStoreStateChange?: (state: 'down' | 'up', error?: unknown) => void;
  /**
   * How long a miss waits for another instance that is already loading the same key (default
   * 3000 ms; 0 to never wait) before loading it itself.
   */
  coalesceWaitMs?: number;
  /** Clock (default `Date.now`). */
  now?: () => number;
}

/** How an answer was obtained, as sent in `X-Cache`. */
export type CacheStatus = 'HIT' | 'MISS' | 'STALE' | 'BYPASS';

/** What a loader fetched: the text to keep, its tags, and whether it may be kept at all. */
export interface CacheLoad {
  value: string;
  tags: readonly string[];
  /** False for an answer that must not be kept (an error, a partial answer). */
  cacheable: boolean;
}

/** An answer from the cache or the loader. */
export interface CacheAnswer {
  value: string;
  status: CacheStatus;
  /** Seconds since the answer was fetched from BigCommerce (0 for a fresh load). */
  age: number;
}

/** The shared server cache: stale-while-revalidate, stale-if-error, coalescing and tag purges. */
export interface ServerCache {
  readonly strategy: CacheStrategy;
  /**
   * The answer for `key`: fresh from the store (HIT), stale at once with one background refresh
   * (STALE), or loaded (MISS). Concurrent misses for one key share one load: in this process
   * directly, across instances through a lease in the store (the others wait for the entry, up to
   * `coalesceWaitMs`); a refresh takes the same lease, so one instance refreshes. When the load throws and a stale
   * entry within `staleIfError` exists, that entry is the answer (STALE); else the error is thrown.
   */
  fetch(key: string, load: () => Promise<CacheLoad>, strategy?: CacheStrategy): Promise<CacheAnswer>;
  /** Removes every entry tagged with any of `tags` (webhooks). */
  purgeTags(tags: readonly string[]): Promise<number>;
}

interface Entry {
  /** Fetched at, ms. */
  t: number;
  v: string;
}

const parseEntry = (text: string | undefined): Entry | undefined => {
  if (text === undefined) return undefined;
  try {
    const entry = JSON.parse(text) as Entry;
    return typeof entry.t === 'number' && typeof entry.v === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Creates the cache the server client uses for anonymous catalog reads. The store is guarded:
 * while it fails or is slow, the cache is bypassed (every read loads from BigCommerce) and
 * `onStoreStateChange` hears about it once.
 */
export function createServerCache(options: ServerCacheOptions): ServerCache {
  const now = options.now ?? Date.now;
  const defaultStrategy = options.strategy ?? CacheShort;
  const store = guardStore(options.store, { onStateChange: options.onStoreStateChange, now });
  const coalesceWaitMs = options.coalesceWaitMs ?? 3000;
  const loading = new Map<string, Promise<CacheLoad>>();
  const refreshing = new Set<string>();

  const quietly = <T>(promise: Promise<T>, otherwise: T): Promise<T> => promise.catch(() => otherwise);

  const keep = (key: string, loaded: CacheLoad, strategy: CacheStrategy) => {
    if (!loaded.cacheable) return Promise.resolve();
    const entry: Entry = { t: now(), v: loaded.value };
    const ttlMs = (strategy.maxAge + Math.max(strategy.staleWhileRevalidate, strategy.staleIfError)) * 1000;
    return quietly(store.set(key, JSON.stringify(entry), { ttlMs, tags: loaded.tags }), undefined);
  };

  // One load per key at a time in this process; the result is kept before the callers see it.
  const loadOnce = (key: string, load: () => Promise<CacheLoad>, strategy: CacheStrategy): Promise<CacheLoad> => {
    let pending = loading.get(key);
    if (!pending) {
      pending = load().then(async (loaded) => {
        await keep(key, loaded, strategy);
        return loaded;
      });
      loading.set(key, pending);
      void pending
        .finally(() => {
          loading.delete(key);
          return quietly(store.delete(leaseOf(key)), undefined);
        })
        .catch(() => {});
    }
    return pending;
  };

  const leaseOf = (key: string) => `lease:${key}`;
  // While another instance holds the lease, its entry appears in the store when its load is done.
  const waitForEntry = async (key: string): Promise<Entry | undefined> => {
    // Real time, not the injected clock: this is a wait, not an age.
    const until = Date.now() + coalesceWaitMs;
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const entry = parseEntry(await quietly(store.get(key), undefined));
      if (entry) return entry;
    }
    return undefined;
  };

  const refresh = async (key: string, load: () => Promise<CacheLoad>, strategy: CacheStrategy) => {
    if (refreshing.has(key)) return;
    refreshing.add(key);
    try {
      // Another instance holding the lease refreshes for everyone.
      if (!(await quietly(store.claim(leaseOf(key), 10_000), false))) return;
      await loadOnce(key, load, strategy);
    } catch {
      // The stale entry stays; the next request past maxAge tries again.
    } finally {
      refreshing.delete(key);
    }
  };

  return {
    strategy: defaultStrategy,
    async fetch(key, load, strategy = defaultStrategy) {
      const entry = parseEntry(await quietly(store.get(key), undefined));
      const age = entry ? Math.max(0, now() - entry.t) / 1000 : Infinity;
      if (entry && age < strategy.maxAge) return { value: entry.v, status: 'HIT', age: Math.floor(age) };
      if (entry && age < strategy.maxAge + strategy.staleWhileRevalidate) {
        void refresh(key, load, strategy);
        return { value: entry.v, status: 'STALE', age: Math.floor(age) };
      }
      if (!entry && coalesceWaitMs > 0 && !loading.has(key)) {
        const hit = (filled: Entry) => ({ value: filled.v, status: 'HIT' as const, age: Math.floor(Math.max(0, now() - filled.t) / 1000) });
        if (!(await quietly(store.claim(leaseOf(key), coalesceWaitMs + 2000), true))) {
          // Another instance is loading this key: wait for its entry rather than ask again.
          const filled = await waitForEntry(key);
          if (filled) return hit(filled);
        } else {
          // The lease may be free because another instance has just finished: its entry is there.
          const filled = parseEntry(await quietly(store.get(key), undefined));
          if (filled) {
            await quietly(store.delete(leaseOf(key)), undefined);
            return hit(filled);
          }
        }
      }
      try {
        const loaded = await loadOnce(key, load, strategy);
        return { value: loaded.value, status: 'MISS', age: 0 };
      } catch (error) {
        if (entry && age < strategy.maxAge + strategy.staleIfError) return { value: entry.v, status: 'STALE', age: Math.floor(age) };
        throw error;
      }
    },
    purgeTags: (tags) => store.purgeTags(tags),
  };
}
