import { describe, expect, it } from 'vitest';
import { cacheCustom, CacheLong, CacheShort } from '../../../src/server/cache/cacheStrategy.js';
import { createMemoryStore } from '../../../src/server/cache/createMemoryStore.js';
import { createServerCache, type CacheLoad } from '../../../src/server/cache/createServerCache.js';

function setup() {
  let time = 1_000_000;
  const now = () => time;
  const store = createMemoryStore({ now });
  const cache = createServerCache({ store, now, strategy: cacheCustom({ maxAge: 60, staleWhileRevalidate: 600, staleIfError: 3600 }) });
  let calls = 0;
  let next: () => Promise<CacheLoad> = async () => ({ value: `v${calls}`, tags: ['product:1'], cacheable: true });
  const load = () => {
    calls++;
    return next();
  };
  return {
    cache,
    load,
    advance: (seconds: number) => (time += seconds * 1000),
    calls: () => calls,
    answerWith: (fn: () => Promise<CacheLoad>) => (next = fn),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createServerCache', () => {
  it('loads once, then serves HIT with its age until maxAge', async () => {
    const t = setup();
    expect(await t.cache.fetch('k', t.load)).toEqual({ value: 'v1', status: 'MISS', age: 0 });
    t.advance(30);
    expect(await t.cache.fetch('k', t.load)).toEqual({ value: 'v1', status: 'HIT', age: 30 });
    expect(t.calls()).toBe(1);
  });

  it('past maxAge serves the stale entry at once and refreshes it once in the background', async () => {
    const t = setup();
    await t.cache.fetch('k', t.load);
    t.advance(61);
    const answers = await Promise.all([t.cache.fetch('k', t.load), t.cache.fetch('k', t.load), t.cache.fetch('k', t.load)]);
    expect(answers.map((a) => a.status)).toEqual(['STALE', 'STALE', 'STALE']);
    expect(answers[0]!.value).toBe('v1');
    await flush();
    await flush();
    expect(t.calls()).toBe(2);
    expect(await t.cache.fetch('k', t.load)).toMatchObject({ value: 'v2', status: 'HIT' });
  });

  it('coalesces concurrent misses for one key into one load', async () => {
    const t = setup();
    let release!: () => void;
    t.answerWith(() => new Promise((resolve) => (release = () => resolve({ value: 'slow', tags: [], cacheable: true }))));
    const pending = Promise.all(Array.from({ length: 20 }, () => t.cache.fetch('k', t.load)));
    await flush();
    release();
    const answers = await pending;
    expect(t.calls()).toBe(1);
    expect(new Set(answers.map((a) => a.value))).toEqual(new Set(['slow']));
  });

  it('serves stale when BigCommerce fails, within staleIfError, and throws past it', async () => {
    const t = setup();
    await t.cache.fetch('k', t.load);
    t.answerWith(async () => {
      throw new Error('503 from BigCommerce');
    });
    t.advance(60 + 600 + 10);
    expect(await t.cache.fetch('k', t.load)).toMatchObject({ value: 'v1', status: 'STALE' });
    t.advance(3600);
    await expect(t.cache.fetch('k', t.load)).rejects.toThrow('503 from BigCommerce');
  });

  it('never keeps an answer marked not cacheable', async () => {
    const t = setup();
    t.answerWith(async () => ({ value: '{"errors":[]}', tags: [], cacheable: false }));
    await t.cache.fetch('k', t.load);
    await t.cache.fetch('k', t.load);
    expect(t.calls()).toBe(2);
  });

  it('purges by tag: the next read loads again', async () => {
    const t = setup();
    await t.cache.fetch('k', t.load);
    expect(await t.cache.purgeTags(['product:1'])).toBe(1);
    expect(await t.cache.fetch('k', t.load)).toMatchObject({ status: 'MISS', value: 'v2' });
  });

  it('ships named strategies and refuses nonsense ones', () => {
    expect(CacheShort.maxAge).toBeLessThan(CacheLong.maxAge);
    expect(() => cacheCustom({ maxAge: -1, staleWhileRevalidate: 0, staleIfError: 0 })).toThrow(/maxAge must be a number of seconds/);
    expect(() => cacheCustom({ maxAge: 0, staleWhileRevalidate: 0, staleIfError: 0 })).toThrow(/leave the cache out/);
    expect(() => cacheCustom({ maxAge: 1, staleWhileRevalidate: Number.NaN, staleIfError: 0 })).toThrow(/staleWhileRevalidate/);
  });
});
