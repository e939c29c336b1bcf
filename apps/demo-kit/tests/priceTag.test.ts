import { createStorefrontClient } from '@bc-headless/core';
import { PRODUCT } from '@bc-headless/core/queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceTag } from '../src/priceTag.js';
import { startDemoStack, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());

// A product the seed has on sale, as BigCommerce's API answers a guest and a signed-in customer.
async function onSaleProduct(customerEntityId?: number) {
  const { sandbox } = stack;
  const seeded = sandbox.store.catalog.products.find((p) => p.salePrice !== undefined && p.variants.every((v) => v.price === undefined))!;
  // The browser client with what a browser's fetch adds (Origin), as its storefront token requires.
  const browserFetch: typeof fetch = (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: 'http://shop.test' } });
  const client = createStorefrontClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.storefrontToken, endpoints: { graphql: `${sandbox.url}/graphql` }, fetch: browserFetch });
  const customerAccessToken = customerEntityId === undefined ? undefined : sandbox.store.issueCustomerAccessToken(customerEntityId).value;
  const data = await client.request(PRODUCT, { entityId: seeded.entityId, imageWidth: 100 }, customerAccessToken ? { customerAccessToken } : {});
  return data.site.product!;
}

describe('priceTag', () => {
  it('shows a guest the sale price with the base price struck through, and a Sale badge', async () => {
    const { prices } = await onSaleProduct();
    expect(priceTag(prices)).toEqual({ now: prices!.salePrice, was: prices!.basePrice, onSale: true });
  });

  it('shows a trade customer their group price (below the sale price) on a product on sale', async () => {
    const guest = (await onSaleProduct()).prices!;
    const trade = stack.sandbox.customers.find((c) => c.customerGroupName)!;
    const { prices } = await onSaleProduct(trade.entityId);
    const tag = priceTag(prices)!;
    expect(tag.now.value).toBeLessThan(guest.salePrice!.value);
    expect(tag.now).toEqual(prices!.price);
    expect(tag.was).toEqual(guest.basePrice);
    expect(tag.onSale).toBe(true);
  });

  it('strikes nothing through at the full price, and shows nothing without prices', () => {
    const usd = (value: number) => ({ value, currencyCode: 'USD' });
    expect(priceTag({ price: usd(14), basePrice: usd(14), salePrice: null })).toEqual({ now: usd(14), was: null, onSale: false });
    expect(priceTag({ price: usd(12), basePrice: null, salePrice: null })).toEqual({ now: usd(12), was: null, onSale: false });
    expect(priceTag(null)).toBeNull();
  });
});
