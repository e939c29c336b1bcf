import type { ProductPageParams } from '@bc-headless/core/queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstViewParts, prefetchFirstView } from '../src/prefetchFirstView.js';
import { startDemoStack, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());

type Page = ReturnType<DemoStack['page']>;
const operations = (page: Page) => page.requestLog.getSnapshot().map((e) => e.operation).sort();

/** Reads the header's entries and `more` as a page's hooks would, and says whether that sent anything. */
async function sendsNothingMore(page: Page, more: (page: Page) => Promise<unknown>) {
  const before = operations(page);
  const { queries, queryClient } = page;
  const header = await Promise.all([queryClient.fetchQuery(queries.settings()), queryClient.fetchQuery(queries.categories())]);
  // A guest without a cart: the header's customer and cart queries answer null without a request.
  await Promise.all([queryClient.fetchQuery(queries.customer()), queryClient.fetchQuery(queries.cart())]);
  const data = await more(page);
  expect(header.every(Boolean)).toBe(true);
  expect(data).toBeTruthy();
  return operations(page).length === before.length;
}

describe('prefetchFirstView', () => {
  it('asks for a cold catalog page’s header and grid in one request, under the keys its hooks read', async () => {
    const other = stack.page();
    const cursor = (await other.queryClient.fetchQuery(other.queries.products())).pageInfo.endCursor!;
    // Each address, and the product list params its CatalogPage passes to useProducts.
    const cases: [string, string, ProductPageParams][] = [
      ['/', '', {}],
      ['/', `?after=${encodeURIComponent(cursor)}&page=2`, { after: cursor }],
      ['/category/21/coffee', '', { categoryEntityId: 21 }],
      ['/category/21', `?before=${encodeURIComponent(cursor)}&page=1`, { categoryEntityId: 21, before: cursor }],
      ['/search', '?q=Yirgacheffe', { searchTerm: 'Yirgacheffe' }],
      ['/search', '?q=', {}],
    ];
    for (const [pathname, search, params] of cases) {
      const page = stack.page();
      await prefetchFirstView(page.queryClient, page.queries, { pathname, search });
      expect(operations(page), pathname + search).toEqual(['BcHeadlessView']);
      expect(await sendsNothingMore(page, (p) => p.queryClient.fetchQuery(p.queries.products(params))), pathname + search).toBe(true);
    }
  });

  it('asks for a cold product page’s header and its product in one request', async () => {
    const page = stack.page();
    const entityId = stack.sandbox.store.catalog.products[0]!.entityId;
    await prefetchFirstView(page.queryClient, page.queries, { pathname: `/product/${entityId}/some-slug`, search: '' });
    expect(operations(page)).toEqual(['BcHeadlessView']);
    expect(await sendsNothingMore(page, (p) => p.queryClient.fetchQuery(p.queries.product(entityId)))).toBe(true);
  });

  it('elsewhere (cart, checkout, sign-in, an unknown address) asks for the header only, in one request', async () => {
    for (const pathname of ['/cart', '/checkout', '/login', '/order/7', '/nowhere']) {
      const page = stack.page();
      await prefetchFirstView(page.queryClient, page.queries, { pathname, search: '' });
      expect(operations(page), pathname).toEqual(['BcHeadlessView']);
      expect(firstViewParts({ pathname, search: '' })).toEqual({ settings: true, categories: true, customer: true, cart: true });
      expect(await sendsNothingMore(page, async () => true)).toBe(true);
      expect(page.queryClient.getQueryData(page.queries.products().queryKey)).toBeUndefined();
    }
  });

  it('a view already cached costs nothing', async () => {
    const page = stack.page();
    await prefetchFirstView(page.queryClient, page.queries, { pathname: '/', search: '' });
    await prefetchFirstView(page.queryClient, page.queries, { pathname: '/', search: '' });
    expect(operations(page)).toEqual(['BcHeadlessView']);
  });
});
