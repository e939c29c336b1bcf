import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefetchFirstView } from '../src/prefetchFirstView.js';
import { startDemoStack, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());

const operations = (page: ReturnType<DemoStack['page']>) => page.requestLog.getSnapshot().map((e) => e.operation).sort();

describe('prefetchFirstView', () => {
  it('on the home page, fills the cache entries the header and the grid read', async () => {
    const page = stack.page();
    await prefetchFirstView(page.queryClient, page.queries, { pathname: '/', search: '' });
    expect(page.queryClient.getQueryData(page.queries.settings().queryKey)).toBeTruthy();
    expect(page.queryClient.getQueryData(page.queries.categories().queryKey)).toEqual(expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]));
    expect(page.queryClient.getQueryData(page.queries.products().queryKey)).toMatchObject({ products: expect.any(Array) });
    const sent = operations(page);
    expect(sent).toHaveLength(3);
    // Asking again (what the hooks do on mount) finds the cache: nothing more goes out.
    await page.queryClient.fetchQuery({ ...page.queries.products(), staleTime: Infinity });
    expect(operations(page)).toEqual(sent);
  });

  it('elsewhere (another page, a cursor, a search) leaves the grid to the page', async () => {
    for (const location of [{ pathname: '/cart', search: '' }, { pathname: '/', search: '?after=abc&page=2' }, { pathname: '/search', search: '?q=mug' }]) {
      const page = stack.page();
      await prefetchFirstView(page.queryClient, page.queries, location);
      expect(operations(page), location.pathname + location.search).toHaveLength(2);
      expect(page.queryClient.getQueryData(page.queries.products().queryKey)).toBeUndefined();
    }
  });
});
