import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/server/cache/createMemoryStore.js';
import { createRedisStore } from '../../../src/server/cache/createRedisStore.js';
import { createServerCache } from '../../../src/server/cache/createServerCache.js';
import { guardStore, StoreUnavailableError } from '../../../src/server/cache/guardStore.js';
import { startRedis, type TestRedis } from '../../../../../tools/test-stack/startRedis.mjs';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis.stop());

const waitFor = async (check: () => Promise<boolean>, ms = 10_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met');
};

describe('guardStore over a real Redis', () => {
  it('falls back to memory while Redis is killed, tells once, and returns to Redis when it is back', async () => {
    const events: string[] = [];
    const fallback = createMemoryStore();
    const raw = createRedisStore({ url: redis.url, keyPrefix: 'guard:' });
    const store = guardStore(raw, { fallback, retryAfterMs: 200, timeoutMs: 500, onStateChange: (s) => events.push(s) });
    expect(await store.increment('ip', 60_000)).toBe(1);

    await redis.kill();
    const during = [];
    for (let i = 0; i < 20; i++) during.push(await store.increment('ip', 60_000));
    // The first call after the crash may still be counted by Redis' last breath; then memory counts.
    expect(during.at(-1)).toBeGreaterThanOrEqual(19);
    expect(events).toEqual(['down']);

    await redis.start();
    await waitFor(async () => (await store.get('probe')) === undefined && events.at(-1) === 'up');
    expect(events).toEqual(['down', 'up']);
    await store.set('back', 'in redis', { ttlMs: 60_000 });
    expect(await raw.get('back')).toBe('in redis');
    expect(await fallback.get('back')).toBeUndefined();
    await store.close();
  });

  it('without a fallback rejects fast with StoreUnavailableError, and the cache bypasses itself', async () => {
    const events: string[] = [];
    const raw = createRedisStore({ url: 'redis://127.0.0.1:1', connectTimeoutMs: 100 });
    const guarded = guardStore(raw, { retryAfterMs: 60_000, onStateChange: (s) => events.push(s) });
    await expect(guarded.get('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(guarded.get('x')).rejects.toThrow(/skipped/);

    const cache = createServerCache({ store: raw, onStoreStateChange: (s) => events.push(`cache ${s}`) });
    let loads = 0;
    const load = async () => ({ value: `v${++loads}`, tags: [], cacheable: true });
    for (let i = 0; i < 5; i++) expect((await cache.fetch('k', load)).status).toBe('MISS');
    expect(loads).toBe(5);
    expect(events.filter((e) => e === 'cache down')).toHaveLength(1);
    await raw.close();
  });
});
