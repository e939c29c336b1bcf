import { describe, expect, it } from 'vitest';
import { createBoundedExpiryMap } from '../../src/server/createBoundedExpiryMap.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createBoundedExpiryMap', () => {
  it('stores values until their TTL ends', () => {
    const c = clock();
    const map = createBoundedExpiryMap<string, number>({ maxEntries: 10, now: c.now });
    map.set('a', 1, 300_000);
    expect(map.get('a')).toBe(1);
    expect(map.remainingMs('a')).toBe(300_000);
    c.advance(299_999);
    expect(map.get('a')).toBe(1);
    expect(map.remainingMs('a')).toBe(1);
    c.advance(1);
    expect(map.get('a')).toBeUndefined();
    expect(map.remainingMs('a')).toBe(0);
    expect(map.size).toBe(0);
  });

  it('never holds more than maxEntries under 100 000 distinct keys, keeping the newest', () => {
    const c = clock();
    const map = createBoundedExpiryMap<string, number>({ maxEntries: 1000, now: c.now });
    for (let i = 0; i < 100_000; i++) {
      map.set(`203.0.${i >> 8}.${i & 255}:${i}`, i, 300_000);
      if (map.size > 1000) expect.fail(`size ${map.size} after ${i + 1} inserts`);
    }
    expect(map.size).toBe(1000);
    expect(map.get(`203.0.${99_999 >> 8}.${99_999 & 255}:99999`)).toBe(99_999);
    expect(map.get(`203.0.${99_000 >> 8}.${99_000 & 255}:99000`)).toBe(99_000);
    expect(map.get(`203.0.${98_999 >> 8}.${98_999 & 255}:98999`)).toBeUndefined();
    expect(map.get('203.0.0.0:0')).toBeUndefined();
  });

  it('evicts expired entries before live ones when full', () => {
    const c = clock();
    const map = createBoundedExpiryMap<string, string>({ maxEntries: 3, now: c.now });
    map.set('short', 's', 10);
    map.set('long1', 'l1', 1000);
    map.set('long2', 'l2', 1000);
    c.advance(20);
    map.set('new', 'n', 1000);
    expect([map.get('long1'), map.get('long2'), map.get('new')]).toEqual(['l1', 'l2', 'n']);
    expect(map.size).toBe(3);
  });

  it('treats a re-set key as newest', () => {
    const c = clock();
    const map = createBoundedExpiryMap<string, number>({ maxEntries: 2, now: c.now });
    map.set('a', 1, 1000);
    map.set('b', 2, 1000);
    map.set('a', 3, 1000);
    map.set('c', 4, 1000);
    expect(map.get('a')).toBe(3);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('c')).toBe(4);
  });

  it('deletes and clears', () => {
    const map = createBoundedExpiryMap<string, number>({ maxEntries: 2 });
    map.set('a', 1, 1000);
    expect(map.delete('a')).toBe(true);
    expect(map.delete('a')).toBe(false);
    map.set('b', 1, 1000);
    map.clear();
    expect(map.size).toBe(0);
  });

  it('refuses bad options with clear messages', () => {
    expect(() => createBoundedExpiryMap({ maxEntries: 0 })).toThrow(/maxEntries must be a positive integer/);
    expect(() => createBoundedExpiryMap({ maxEntries: 2 }).set('a', 1, Number.NaN)).toThrow(/ttlMs must be a non-negative number/);
  });
});
