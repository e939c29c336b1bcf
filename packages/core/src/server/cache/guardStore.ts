import type { ServerStore } from './ServerStore.js';

/** Options of `guardStore`. */
export interface GuardStoreOptions {
  /** A call slower than this counts as a failure (default 100 ms): a slow store must not slow pages. */
  timeoutMs?: number;
  /** After a failure, calls skip the store for this long before trying it again (default 1000 ms). */
  retryAfterMs?: number;
  /** Where calls go while the store is down; without one they reject with `StoreUnavailableError`. */
  fallback?: ServerStore;
  /** Told once when the store goes down and once when it is back (not per call). */
  onStateChange?: (state: 'down' | 'up', error?: unknown) => void;
  /** Clock (default `Date.now`). */
  now?: () => number;
}

/** Thrown by a guarded store without a fallback while its store is down. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

type Method = 'get' | 'set' | 'delete' | 'claim' | 'increment' | 'purgeTags';

/**
 * Wraps a store (Redis) so that its failures never fail a page: each call has a time limit, the
 * first failure marks the store down (reported once through `onStateChange`), calls then go to the
 * fallback (or reject fast) until `retryAfterMs` has passed, and the first call that succeeds
 * again marks it up. `close()` closes the guarded store only.
 */
export function guardStore(store: ServerStore, options: GuardStoreOptions = {}): ServerStore {
  const timeoutMs = options.timeoutMs ?? 100;
  const retryAfterMs = options.retryAfterMs ?? 1000;
  const now = options.now ?? Date.now;
  const { fallback, onStateChange } = options;
  let downSince: number | undefined;
  // The connection setup is waited for once, untimed (it has its own connect timeout).
  let connected: Promise<void> | undefined = store.connect ? undefined : Promise.resolve();

  const call = <M extends Method>(method: M, ...args: Parameters<ServerStore[M]>): ReturnType<ServerStore[M]> => {
    const useFallback = (error: unknown) => {
      if (fallback) return (fallback[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(`The server store is unavailable (${error instanceof Error ? error.message : String(error)}); the call was skipped.`, { cause: error });
    };
    if (downSince !== undefined && now() - downSince < retryAfterMs) {
      return Promise.resolve().then(() => useFallback(new StoreUnavailableError('The server store is down; the call was skipped until it is tried again.'))) as ReturnType<ServerStore[M]>;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    connected ??= store.connect!().catch(() => {});
    const attempt = connected.then(() => {
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StoreUnavailableError(`The server store did not answer ${method} within ${timeoutMs} ms.`)), timeoutMs);
      });
      return Promise.race([(store[method] as (...a: unknown[]) => Promise<unknown>)(...args), limit]);
    });
    return attempt
      .then((value) => {
        if (downSince !== undefined) {
          downSince = undefined;
          onStateChange?.('up');
        }
        return value;
      })
      .catch((error: unknown) => {
        if (downSince === undefined) onStateChange?.('down', error);
        downSince = now();
        return useFallback(error);
      })
      .finally(() => clearTimeout(timer)) as ReturnType<ServerStore[M]>;
  };

  return {
    get: (key) => call('get', key),
    set: (key, value, setOptions) => call('set', key, value, setOptions),
    delete: (key) => call('delete', key),
    claim: (key, ttlMs) => call('claim', key, ttlMs),
    increment: (key, ttlMs) => call('increment', key, ttlMs),
    purgeTags: (tags) => call('purgeTags', tags),
    connect: () => (connected ??= store.connect ? store.connect().catch(() => {}) : Promise.resolve()),
    close: () => store.close(),
  };
}
