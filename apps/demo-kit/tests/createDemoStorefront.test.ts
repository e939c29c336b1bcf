import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoStorefront } from '../src/createDemoStorefront.js';
import { mutate, startDemoStack, stockedLine, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());

describe('createDemoStorefront', () => {
  it('sends nothing when created, and points the client at the page’s own server', () => {
    const page = createDemoStorefront({ storage: { getItem: () => null, setItem() {} } });
    expect(page.requestLog.getSnapshot()).toEqual([]);
    expect(page.client.config.endpoints.graphql).toBe('/api/storefront/graphql');
  });

  it('reads the catalog through the demo server, and the request log sees each request', async () => {
    const page = stack.page();
    const list = await page.queryClient.fetchQuery(page.queries.products());
    expect(list.products.length).toBeGreaterThan(0);
    expect(list.products.map((p) => p.name)).toContain(stack.sandbox.store.catalog.products[0]!.name.en);
    const [entry] = page.requestLog.getSnapshot();
    expect(entry).toMatchObject({ operation: 'BcHeadlessProducts', status: 200, failed: false });
    // The correlation id the client set is the one the sandbox logged for that request.
    const log = (await (await fetch(`${stack.sandbox.url}/__sandbox/requests?correlationId=${entry!.correlationId}`)).json()) as { data: unknown[] };
    expect(log.data).toHaveLength(1);
  });

  it('keeps the cart in the session across requests (the handler’s routes under the same base)', async () => {
    const page = stack.page();
    const line = stockedLine(stack.sandbox, 2);
    await mutate(page.queryClient, page.queries.addToCart(), line);
    expect(page.session.getSnapshot().cartId).toBeTruthy();
    const again = await page.queryClient.fetchQuery(page.queries.cart());
    expect(again?.lineItems.physicalItems.map((l) => [l.productEntityId, l.quantity])).toEqual([[line.productEntityId, 2]]);
  });
});
