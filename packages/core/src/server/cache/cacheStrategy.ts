/** How long an answer is fresh, and how long past that a stale one may still be served. */
export interface CacheStrategy {
  /** Seconds an entry is served as fresh (`X-Cache: HIT`). */
  maxAge: number;
  /** Seconds past `maxAge` an entry is served at once while one background refresh runs. */
  staleWhileRevalidate: number;
  /** Seconds past `maxAge` an entry is served when BigCommerce fails (5xx, 429, timeout, network). */
  staleIfError: number;
}

function check(strategy: CacheStrategy, name: string): CacheStrategy {
  for (const field of ['maxAge', 'staleWhileRevalidate', 'staleIfError'] as const) {
    const value = strategy[field];
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`${name}: ${field} must be a number of seconds, 0 or more, got ${String(value)}.`);
  }
  if (strategy.maxAge === 0) throw new TypeError(`${name}: maxAge must be above 0; to cache nothing, leave the cache out.`);
  return Object.freeze({ ...strategy });
}

/**
 * Lists and pages that change often (prices, stock): fresh for a minute, then served stale for up
 * to ten minutes while refreshed, and for a day when BigCommerce is down. Webhook purges end an
 * entry early, so these bound how stale a missed webhook can leave a page.
 */
export const CacheShort: CacheStrategy = check({ maxAge: 60, staleWhileRevalidate: 600, staleIfError: 86_400 }, 'CacheShort');

/** Data that rarely changes (settings, category tree, web pages): fresh for an hour, stale for a day. */
export const CacheLong: CacheStrategy = check({ maxAge: 3600, staleWhileRevalidate: 86_400, staleIfError: 86_400 }, 'CacheLong');

/** A strategy of your own, checked now: every field a number of seconds. */
export function cacheCustom(strategy: CacheStrategy): CacheStrategy {
  return check(strategy, 'cacheCustom');
}
