import { createMemoryStore } from '../cache/createMemoryStore.js';
import { guardStore } from '../cache/guardStore.js';
import type { ServerStore } from '../cache/ServerStore.js';

/** Client IPs BigCommerce has locked out of session sync, and until when. */
export interface SessionSyncLockout {
  /** Milliseconds left of `ip`'s lockout, 0 when it has none. */
  remainingMs(ip: string): Promise<number>;
  /** Remembers that BigCommerce locked `ip` out for `ms`. */
  lock(ip: string, ms: number): Promise<void>;
}

/**
 * The lockout memory: in `store` when one is given (Redis: every instance sees a lockout any of
 * them met, so none spends another attempt), else in this process. While the shared store fails,
 * this process's memory stands in, so a Redis outage never lets a locked-out address through here.
 */
export function createSessionSyncLockout(options: { store?: ServerStore; now: () => number; maxEntries: number; onStoreStateChange?: (state: 'down' | 'up', error?: unknown) => void }): SessionSyncLockout {
  const { now } = options;
  const memory = createMemoryStore({ maxEntries: options.maxEntries, now });
  const store = options.store ? guardStore(options.store, { fallback: memory, now, onStateChange: options.onStoreStateChange }) : memory;
  const keyOf = (ip: string) => `lockout:${ip}`;
  return {
    async remainingMs(ip) {
      const until = Number(await store.get(keyOf(ip)));
      return Number.isFinite(until) ? Math.max(0, until - now()) : 0;
    },
    async lock(ip, ms) {
      await store.set(keyOf(ip), String(now() + ms), { ttlMs: ms });
    },
  };
}
