import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/server/cache/createMemoryStore.js';
import { createServerCache } from '../../../src/server/cache/createServerCache.js';
import type { ServerStore } from '../../../src/server/cache/ServerStore.js';
import { createWebhookHandler } from '../../../src/server/webhooks/createWebhookHandler.js';
import { webhookPurgeTags } from '../../../src/server/webhooks/webhookPurgeTags.js';

const SECRET = { header: 'x-bc-headless-webhook', value: 'a'.repeat(8) + '-secret-0123456789' };

async function setup(store: ServerStore = createMemoryStore()) {
  const cache = createServerCache({ store });
  const load = (tags: string[]) => async () => ({ value: 'v', tags, cacheable: true });
  await cache.fetch('p111', load(['catalog', 'product:111']));
  await cache.fetch('p112', load(['catalog', 'product:112']));
  await cache.fetch('c23', load(['catalog', 'category:23']));
  const handler = createWebhookHandler({ cache, secret: SECRET, storeHash: 'abc123' });
  const present = async (key: string) => (await cache.fetch(key, async () => ({ value: 'reloaded', tags: [], cacheable: false }))).status !== 'MISS';
  return { cache, handler, present };
}

const callback = (body: unknown, headers: Record<string, string> = { [SECRET.header]: SECRET.value }) =>
  new Request('https://shop.example/api/webhooks/bigcommerce', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

const productUpdated = { scope: 'store/product/updated', store_id: '1025646', data: { type: 'product', id: 111 }, hash: 'a833a57fadd56a32dc752fb6ca0841dc9602a495', created_at: 1561479233, producer: 'stores/abc123' };

describe('createWebhookHandler', () => {
  it('purges exactly the product a store/product/updated callback names, answering 200 with no body', async () => {
    const { handler, present } = await setup();
    const response = await handler(callback(productUpdated));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect([await present('p111'), await present('p112'), await present('c23')]).toEqual([false, true, true]);
  });

  it('refuses a missing or wrong secret, another store and bad bodies, purging nothing', async () => {
    const { handler, present } = await setup();
    const refused = [
      [callback(productUpdated, {}), 401],
      [callback(productUpdated, { [SECRET.header]: `${SECRET.value}x` }), 401],
      [callback(productUpdated, { [SECRET.header]: SECRET.value.slice(1) }), 401],
      [callback({ ...productUpdated, producer: 'stores/evil' }), 400],
      [callback('not json'), 400],
      [callback({ data: { id: 111 } }), 400],
      [callback({ scope: 42 }), 400],
      [callback(null), 400],
      [callback([productUpdated]), 400],
      [callback(`{"scope":"store/product/updated","pad":"${'x'.repeat(70_000)}"}`), 413],
      [new Request('https://shop.example/hook', { method: 'GET', headers: { [SECRET.header]: SECRET.value } }), 405],
    ] as const;
    for (const [request, status] of refused) expect((await handler(request)).status).toBe(status);
    expect([await present('p111'), await present('p112'), await present('c23')]).toEqual([true, true, true]);
  });

  it('answers 503 when the store cannot purge, so that BigCommerce retries', async () => {
    const broken: ServerStore = { ...createMemoryStore(), purgeTags: async () => Promise.reject(new Error('redis down')) };
    const { handler } = await setup(broken);
    expect((await handler(callback(productUpdated))).status).toBe(503);
  });

  it('refuses weak configuration, naming the fix', async () => {
    const cache = createServerCache({ store: createMemoryStore() });
    expect(() => createWebhookHandler({ cache, secret: { header: 'x-h', value: 'short' }, storeHash: 'abc' })).toThrow(/16 or more characters/);
    expect(() => createWebhookHandler({ cache, secret: { header: 'bad header', value: SECRET.value }, storeHash: 'abc' })).toThrow(/header name/);
    expect(() => createWebhookHandler({ cache: {} as never, secret: SECRET, storeHash: 'abc' })).toThrow(/createServerCache/);
  });
});

describe('webhookPurgeTags (BigCommerce event reference)', () => {
  const tags = (scope: string, data: unknown) => webhookPurgeTags({ scope, data });
  it('maps each catalog event to what it makes stale', () => {
    expect(tags('store/product/updated', { type: 'product', id: 205 })).toEqual(['product:205', 'product']);
    expect(tags('store/product/inventory/updated', { type: 'product', id: 167, inventory: { product_id: 167, method: 'absolute', value: 3 } })).toEqual(['product:167', 'product']);
    expect(tags('store/product/metafield/updated', { metafield_id: 12, resource_id: '118' })).toEqual(['product:118', 'product']);
    expect(tags('store/product/created', { type: 'product', id: 9 })).toEqual(['catalog']);
    expect(tags('store/product/deleted', { type: 'product', id: 9 })).toEqual(['catalog']);
    expect(tags('store/sku/inventory/updated', { type: 'sku', id: 461, sku: { product_id: 206, variant_id: 509 } })).toEqual(['product:206', 'product']);
    expect(tags('store/category/updated', { type: 'category', id: 42 })).toEqual(['category:42', 'category']);
    expect(tags('store/category/created', { type: 'category', id: 43 })).toEqual(['catalog']);
    expect(tags('store/brand/metafield/updated', { metafield_id: 16, resource_id: '38' })).toEqual(['brand:38', 'brand']);
    expect(tags('store/priceList/record/updated', { price_list_id: 1, variant_id: 179, currency: 'USD' })).toEqual(['catalog']);
    expect(tags('store/order/created', { type: 'order', id: 250 })).toEqual([]);
    expect(tags('store/cart/updated', { type: 'cart', id: 'x' })).toEqual([]);
  });

  it('never builds a tag from a hostile id', () => {
    for (const id of ['1 2', '*', '../x', '-1', 0, 1.5, '1'.repeat(40), { a: 1 }, null]) {
      expect(tags('store/product/updated', { id })).toEqual(['catalog']);
    }
  });
});
