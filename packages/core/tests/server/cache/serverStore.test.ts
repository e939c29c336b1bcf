import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/server/cache/createMemoryStore.js';
import { createRedisStore } from '../../../src/server/cache/createRedisStore.js';
import type { ServerStore } from '../../../src/server/cache/ServerStore.js';
import { startRedis, type TestRedis } from '../../../../../tools/test-stack/startRedis.mjs';

let redis: TestRedis;
const stores: ServerStore[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await redis.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;
const kinds: Array<[string, () => ServerStore]> = [
  ['memory', () => createMemoryStore()],
  ['redis', () => createRedisStore({ url: redis.url, keyPrefix: `t${n++}:` })],
];

describe.each(kinds)('%s store', (_kind, make) => {
  const fresh = () => {
    const store = make();
    stores.push(store);
    return store;
  };

  it('keeps a value until its ttl, then forgets it', async () => {
    const store = fresh();
    await store.set('a', 'one', { ttlMs: 1000 });
    expect(await store.get('a')).toBe('one');
    await sleep(1100);
    expect(await store.get('a')).toBeUndefined();
  });

  it('purges by tag exactly the entries that carry it', async () => {
    const store = fresh();
    await store.set('p1', 'x', { ttlMs: 60_000, tags: ['product:1', 'catalog'] });
    await store.set('p2', 'y', { ttlMs: 60_000, tags: ['product:2', 'catalog'] });
    await store.set('c1', 'z', { ttlMs: 60_000, tags: ['category:1', 'catalog'] });
    expect(await store.purgeTags(['product:1', 'category:9'])).toBe(1);
    expect(await store.get('p1')).toBeUndefined();
    expect(await store.get('p2')).toBe('y');
    expect(await store.purgeTags(['catalog'])).toBe(2);
    expect([await store.get('p2'), await store.get('c1')]).toEqual([undefined, undefined]);
    expect(await store.purgeTags([])).toBe(0);
  });

  it('re-tags a replaced value: old tags no longer purge it', async () => {
    const store = fresh();
    await store.set('k', 'old', { ttlMs: 60_000, tags: ['product:1'] });
    await store.set('k', 'new', { ttlMs: 60_000, tags: ['product:2'] });
    await store.purgeTags(['product:1']);
    // Redis keeps the stale set membership, so it may count the key; what matters is what is left.
    const left = await store.get('k');
    if (_kind === 'memory') expect(left).toBe('new');
    await store.purgeTags(['product:2']);
    expect(await store.get('k')).toBeUndefined();
  });

  it('claims a lease once until it expires', async () => {
    const store = fresh();
    expect(await store.claim('lease', 1000)).toBe(true);
    expect(await store.claim('lease', 1000)).toBe(false);
    await sleep(1100);
    expect(await store.claim('lease', 1000)).toBe(true);
  });

  it('counts within a window that starts at the first increment', async () => {
    const store = fresh();
    // Generous windows: a loaded machine may pause between calls, and the test is about counting.
    expect(await store.increment('ip', 1000)).toBe(1);
    expect(await store.increment('ip', 1000)).toBe(2);
    expect(await store.increment('ip', 5000)).toBe(3);
    await sleep(1100);
    expect(await store.increment('ip', 1000)).toBe(1);
  });

  it('keeps hostile keys and values apart (no injection through key text)', async () => {
    const store = fresh();
    const keys = ['a\r\nFLUSHALL\r\n', 't:catalog', 'v:x', '*', '', 'é€😀'];
    for (const [i, key] of keys.entries()) await store.set(key, `value ${i}\r\n`, { ttlMs: 60_000, tags: [key] });
    for (const [i, key] of keys.entries()) expect(await store.get(key)).toBe(`value ${i}\r\n`);
    await store.purgeTags(['*']);
    expect(await store.get('*')).toBeUndefined();
    expect(await store.get('v:x')).toBe('value 2\r\n');
  });
});

describe('memory store', () => {
  it('stays within maxBytes, dropping the least recently used first', async () => {
    const store = createMemoryStore({ maxBytes: 64 * 1024 });
    const value = 'x'.repeat(4000);
    for (let i = 0; i < 40; i++) {
      await store.set(`k${i}`, value, { ttlMs: 60_000, tags: [`t${i}`] });
      await store.get('k0');
    }
    expect(await store.get('k0')).toBe(value);
    expect(await store.get('k1')).toBeUndefined();
    expect(await store.get('k39')).toBe(value);
    // Evicted entries left their tags: purging them removes nothing.
    expect(await store.purgeTags(['t1', 't2'])).toBe(0);
  });

  it('refuses a bad size or ttl, naming the fix', async () => {
    expect(() => createMemoryStore({ maxBytes: 10 })).toThrow(/maxBytes must be an integer of at least 1024, got 10/);
    await expect(createMemoryStore().set('a', 'b', { ttlMs: 0 })).rejects.toThrow(/ttlMs must be a positive number/);
  });
});

describe('redis store', () => {
  it('refuses a URL that is not redis://, without echoing its password', () => {
    expect(() => createRedisStore({ url: 'http://user:secret@host:6379' })).toThrow(/redis:\/\/ or rediss:\/\/ URL/);
    expect(() => createRedisStore({ url: 'http://user:secret@host:6379' })).not.toThrow(/secret/);
  });

  it('does not connect until first used, and rejects fast while Redis is away', async () => {
    const store = createRedisStore({ url: 'redis://127.0.0.1:1', connectTimeoutMs: 300 });
    await expect(store.get('x')).rejects.toThrow();
    await store.close();
  });
});
