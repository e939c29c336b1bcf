import { InfiniteQueryObserver, type InfiniteData } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductPageResult } from '../../src/queries/documents/catalogDocuments.js';
import { defaultSelection, findVariant } from '../../src/queries/toProduct.js';
import { lineOf, startStorefront, watch, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

describe('catalog queries over the storefront handler and the sandbox', () => {
  it('pages products by cursor, one GraphQL request per page, forward and back', async () => {
    const { queries, queryClient, sent } = storefront.browser();
    const page1 = await queryClient.fetchQuery(queries.products({ pageSize: 5 }));
    expect(sent.map((r) => r.operationName)).toEqual(['BcHeadlessProducts']);
    expect(page1.products).toHaveLength(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.totalItems).toBe(storefront.sandbox.store.catalog.products.length);

    const page2 = await queryClient.fetchQuery(queries.products({ pageSize: 5, after: page1.pageInfo.endCursor }));
    expect(sent).toHaveLength(2);
    expect(page2.products).toHaveLength(5);
    expect(page2.pageInfo.hasPreviousPage).toBe(true);
    const ids1 = page1.products.map((p) => p.entityId);
    expect(page2.products.map((p) => p.entityId).filter((id) => ids1.includes(id))).toEqual([]);

    const back = await queryClient.fetchQuery(queries.products({ pageSize: 5, before: page2.pageInfo.startCursor }));
    expect(back.products.map((p) => p.entityId)).toEqual(ids1);
    // Cards carry what a grid shows: a price and a sized image.
    expect(page1.products[0]).toMatchObject({ name: expect.any(String), path: expect.any(String), prices: { price: { value: expect.any(Number), currencyCode: 'USD' } } });
    expect(page1.products[0]!.defaultImage?.url).toMatch(/^http/);

    // The same page again is served from the cache.
    await queryClient.fetchQuery(queries.products({ pageSize: 5 }));
    expect(sent).toHaveLength(3);
  });

  it('lists a category and a search term', async () => {
    const { queries, queryClient } = storefront.browser();
    const catalog = storefront.sandbox.store.catalog;
    const coffee = await queryClient.fetchQuery(queries.products({ categoryEntityId: 21, pageSize: 50 }));
    const expected = catalog.products.filter((p) => p.categoryEntityIds.includes(21)).map((p) => p.entityId);
    expect(coffee.products.map((p) => p.entityId).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);

    const found = await queryClient.fetchQuery(queries.products({ searchTerm: '  Yirgacheffe ' }));
    expect(found.products.map((p) => p.name)).toEqual(['Ethiopia Yirgacheffe']);
    // Whitespace and empty fields do not make a second cache entry.
    expect(queries.products({ searchTerm: 'Yirgacheffe' }).queryKey).toEqual(queries.products({ searchTerm: ' Yirgacheffe ' }).queryKey);
    expect(queries.products({}).queryKey).toEqual(queries.products({ searchTerm: '' }).queryKey);
  });

  it('loads the whole catalog as an infinite query following endCursor', async () => {
    const { queries, queryClient, sent } = storefront.browser();
    const observer = new InfiniteQueryObserver(queryClient, queries.productPages({ pageSize: 10 }));
    const stop = observer.subscribe(() => {});
    await observer.refetch();
    let result = observer.getCurrentResult();
    while (result.hasNextPage) result = await observer.fetchNextPage();
    stop();
    const data = result.data as InfiniteData<ProductPageResult, string | null>;
    const total = storefront.sandbox.store.catalog.products.length;
    expect(data.pages).toHaveLength(Math.ceil(total / 10));
    expect(new Set(data.pages.flatMap((p) => p.products.map((x) => x.entityId))).size).toBe(total);
    expect(data.pageParams[0]).toBeNull();
    expect(data.pageParams.slice(1)).toEqual(data.pages.slice(0, -1).map((p) => p.pageInfo.endCursor));
    expect(sent.filter((r) => r.operationName === 'BcHeadlessProducts').length).toBe(data.pages.length);
    // Paged and infinite lists never share a cache entry (their data shapes differ).
    expect(queries.productPages({ pageSize: 10 }).queryKey).not.toEqual(queries.products({ pageSize: 10 }).queryKey);
  });

  it('reads a product with options, variants, stock and images, and finds the chosen variant', async () => {
    const { queries, queryClient } = storefront.browser();
    const seeded = storefront.sandbox.store.catalog.products.find((p) => p.options.length > 0 && p.variants.length > 1)!;
    const product = (await queryClient.fetchQuery(queries.product(seeded.entityId)))!;
    expect(product.entityId).toBe(seeded.entityId);
    expect(product.variants).toHaveLength(seeded.variants.length);
    expect(product.options.map((o) => o.entityId)).toEqual(seeded.options.map((o) => o.entityId));
    expect(product.images.length).toBeGreaterThan(0);
    expect(typeof product.inventory.isInStock).toBe('boolean');
    for (const variant of product.variants) {
      const expected = seeded.variants.find((v) => v.entityId === variant.entityId)!;
      expect(Object.values(variant.optionValues).sort()).toEqual([...expected.optionValueIds].sort());
      expect(findVariant(product, variant.optionValues)?.entityId).toBe(variant.entityId);
    }
    expect(findVariant(product, defaultSelection(product))).toBeDefined();
    expect(findVariant(product, {})).toBeUndefined();
    expect(await queryClient.fetchQuery(queries.product(999_999))).toBeNull();
    expect(() => queries.product(0)).toThrow(/product: entityId must be a positive integer/);
  });

  it('reads the category tree and the site settings', async () => {
    const { queries, queryClient } = storefront.browser();
    const tree = await queryClient.fetchQuery(queries.categories());
    expect(tree.map((c) => c.name)).toEqual(['Coffee', 'Outdoor', 'Kitchen', 'Apparel']);
    const settings = await queryClient.fetchQuery(queries.settings());
    expect(settings).toMatchObject({ storeName: 'Trailhead Coffee & Goods', currency: { defaultCurrency: 'USD' } });
    expect(settings!.locales.map((l) => l.code).sort()).toEqual(['de', 'en', 'fr']);
  });

  it('switching the locale refetches the catalog translated, and nothing else', async () => {
    const browser = storefront.browser();
    const { queries, session } = browser;
    await browser.queryClient.getMutationCache().build(browser.queryClient, queries.addToCart()).execute(lineOf(storefront.sandbox.store.catalog.products[0]!));
    const watched = [
      watch(browser, (s) => queries.products({ pageSize: 3 }, s)),
      watch(browser, (s) => queries.categories(s)),
      watch(browser, (s) => queries.product(storefront.sandbox.store.catalog.products[0]!.entityId, s)),
      watch(browser, (s) => queries.settings()),
      watch(browser, (s) => queries.cart(s)),
      watch(browser, (s) => queries.customer(s)),
    ];
    await Promise.all(watched.map((w) => w.settled()));
    const english = (watched[1]!.result().data as { name: string }[]).map((c) => c.name);

    const before = browser.sent.length;
    session.setLocale('fr');
    await Promise.all(watched.map((w) => w.settled()));
    expect(browser.namesSince(before).sort()).toEqual(['BcHeadlessCategoryTree', 'BcHeadlessProduct', 'BcHeadlessProducts']);
    const french = (watched[1]!.result().data as { name: string }[]).map((c) => c.name);
    expect(french).toEqual(['Café', 'Plein air', 'Cuisine', 'Vêtements']);
    expect(french).not.toEqual(english);
    const productFr = watched[2]!.result().data as { name: string };
    expect(productFr.name).toBe(storefront.sandbox.store.catalog.products[0]!.name.fr);

    // Back to English: the cached English answers are still fresh, so nothing is fetched.
    const again = browser.sent.length;
    session.setLocale(null);
    await Promise.all(watched.map((w) => w.settled()));
    expect(browser.namesSince(again)).toEqual([]);
    expect((watched[1]!.result().data as { name: string }[]).map((c) => c.name)).toEqual(english);
    watched.forEach((w) => w.stop());
  });
});
