import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../../src/server/cache/createRedisStore.js';
import { createServerCache } from '../../../src/server/cache/createServerCache.js';
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

describe('three instances sharing one Redis', () => {
  it('make one upstream request for concurrent misses of one key, and serve each other’s entries', async () => {
    const instances = Array.from({ length: 3 }, () => {
      const store = createRedisStore({ url: redis.url, keyPrefix: 'coalesce:' });
      stores.push(store);
      return createServerCache({ store });
    });
    let loads = 0;
    // Stands in for BigCommerce 80 ms away.
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 80));
      return { value: 'page', tags: ['product:1'], cacheable: true };
    };
    const answers = await Promise.all(instances.flatMap((cache) => Array.from({ length: 5 }, () => cache.fetch('home', load))));
    expect(loads).toBe(1);
    expect(answers.every((a) => a.value === 'page')).toBe(true);
    expect(answers.filter((a) => a.status === 'MISS').length).toBeGreaterThanOrEqual(1);

    // A purge on one instance is seen by all; the next miss loads once again.
    await instances[2]!.purgeTags(['product:1']);
    const again = await Promise.all(instances.map((cache) => cache.fetch('home', load)));
    expect(loads).toBe(2);
    expect(again.map((a) => a.value)).toEqual(['page', 'page', 'page']);
  });

  it('loads itself when the instance holding the lease never fills the entry', async () => {
    const store = createRedisStore({ url: redis.url, keyPrefix: 'coalesce2:' });
    stores.push(store);
    // Another instance claimed the key and then died.
    await store.claim('lease:orphan', 60_000);
    const cache = createServerCache({ store, coalesceWaitMs: 200 });
    const answer = await cache.fetch('orphan', async () => ({ value: 'mine', tags: [], cacheable: true }));
    expect(answer).toMatchObject({ value: 'mine', status: 'MISS' });
  });
});
