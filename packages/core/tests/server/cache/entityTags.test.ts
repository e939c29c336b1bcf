import { describe, expect, it } from 'vitest';
import { entityTags } from '../../../src/server/cache/entityTags.js';
import { cacheKey } from '../../../src/server/cache/cacheKey.js';

describe('entityTags', () => {
  it('tags every product, category and brand in an answer, through connections', () => {
    const data = {
      site: {
        products: { edges: [{ node: { entityId: 111, name: 'Mug', brand: { entityId: 5 }, categories: { edges: [{ node: { entityId: 23 } }] }, variants: { edges: [{ node: { entityId: 900 } }] } } }] },
        categoryTree: [{ entityId: 1, children: [{ entityId: 2 }] }],
        route: { node: { __typename: 'Product', entityId: 112 } },
      },
    };
    expect(entityTags(data).sort()).toEqual(['brand:5', 'catalog', 'category:1', 'category:2', 'category:23', 'product:111', 'product:112'].sort());
  });

  it('tags an entity whose id was not asked for with its bare kind, never a connection', () => {
    expect(entityTags({ site: { product: { prices: { price: { value: 1 } } } } }).sort()).toEqual(['catalog', 'product']);
    expect(entityTags({ site: { products: { edges: [{ node: { entityId: 1 } }], pageInfo: { hasNextPage: false } } } }).sort()).toEqual(['catalog', 'product:1']);
  });

  it('always tags catalog, and survives hostile shapes', () => {
    expect(entityTags(null)).toEqual(['catalog']);
    let deep: Record<string, unknown> = { entityId: 1 };
    for (let i = 0; i < 10_000; i++) deep = { product: deep };
    expect(entityTags(deep)).toContain('catalog');
  });
});

describe('cacheKey', () => {
  const base = { storeHash: 'abc', channelId: 1, document: '{ site { settings { storeName } } }', locale: null, currency: null };

  it('is the same for the same request in any variable order, and differs by what changes the answer', async () => {
    const k = await cacheKey({ ...base, variables: { a: 1, b: { c: 2, d: 3 } } });
    expect(await cacheKey({ ...base, variables: { b: { d: 3, c: 2 }, a: 1 } })).toBe(k);
    const others = await Promise.all([
      cacheKey({ ...base, variables: { a: 2, b: { c: 2, d: 3 } } }),
      cacheKey({ ...base, locale: 'fr', variables: { a: 1, b: { c: 2, d: 3 } } }),
      cacheKey({ ...base, currency: 'EUR', variables: { a: 1, b: { c: 2, d: 3 } } }),
      cacheKey({ ...base, channelId: 2, variables: { a: 1, b: { c: 2, d: 3 } } }),
      cacheKey({ ...base, storeHash: 'abd', variables: { a: 1, b: { c: 2, d: 3 } } }),
      cacheKey({ ...base, operationName: 'X', variables: { a: 1, b: { c: 2, d: 3 } } }),
    ]);
    expect(new Set([k, ...others]).size).toBe(7);
    expect(k).toMatch(/^gql:[0-9a-f]{64}$/);
  });
});
