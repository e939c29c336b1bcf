import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gqlData } from '../graphql/graphqlClient.js';
import { management, startSandbox } from '../support/sandboxFixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhookReceiver.js';

let sandbox: Sandbox;
let receiver: WebhookReceiver;
beforeAll(async () => {
  sandbox = await startSandbox();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});
beforeEach(() => {
  sandbox.reset();
  receiver.received.length = 0;
  receiver.answers.length = 0;
});

async function call(path: string, init: Parameters<typeof management>[2] = {}): Promise<{ status: number; body: any }> {
  const res = await management(sandbox, path, init);
  return { status: res.status, body: await res.json() };
}

const PRODUCT = `query($id: Int!) { site { product(entityId: $id) { name prices { price { value } salePrice { value } retailPrice { value } }
  variants { edges { node { entityId inventory { aggregated { availableToSell } } prices { price { value } } } } } } } }`;

async function storefrontProduct(id: number) {
  return (await gqlData(sandbox, PRODUCT, { variables: { id } })).site.product;
}

describe('PUT /v3/catalog/products/{id}', () => {
  it('changes what GraphQL answers at once and fires store/product/updated with the hook’s headers', async () => {
    await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/updated', destination: `${receiver.url}/p`, headers: { 'x-hook-secret': 's3cret' } } });
    const before = await storefrontProduct(116);
    // On sale: BigCommerce's `price` is what the shopper pays, the sale price.
    expect(before.prices.price.value).toBe(79);
    expect(before.prices.salePrice.value).toBe(79);

    const res = await call('/v3/catalog/products/116', { method: 'PUT', body: { name: 'Burr Grinder', price: 95.5, sale_price: 0, retail_price: 120 } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 116, name: 'Burr Grinder', price: 95.5, sale_price: 0, retail_price: 120, calculated_price: 95.5, is_visible: true, inventory_tracking: 'product' });

    const after = await storefrontProduct(116);
    expect(after.name).toBe('Burr Grinder');
    expect(after.prices.price.value).toBe(95.5);
    expect(after.prices.salePrice).toBeNull();
    expect(after.prices.retailPrice.value).toBe(120);

    const [callback] = await receiver.waitFor(1);
    expect(callback!.headers['x-hook-secret']).toBe('s3cret');
    expect(callback!.body).toMatchObject({ scope: 'store/product/updated', data: { type: 'product', id: 116 }, producer: `stores/${sandbox.storeHash}` });
  });

  it('fires store/product/inventory/updated for a product without options and changes availableToSell', async () => {
    await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/inventory/updated', destination: `${receiver.url}/inv` } });
    const res = await call('/v3/catalog/products/115', { method: 'PUT', body: { inventory_level: 3, is_visible: false } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ inventory_level: 3, is_visible: false });
    expect((await storefrontProduct(115)).variants.edges[0].node.inventory.aggregated.availableToSell).toBe(3);
    const [callback] = await receiver.waitFor(1);
    expect(callback!.body.data).toEqual({ type: 'product', id: 115, inventory: { product_id: 115, method: 'absolute', value: 3 } });
  });

  it('fires nothing when nothing changed', async () => {
    await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/*', destination: `${receiver.url}/all` } });
    expect((await call('/v3/catalog/products/115', { method: 'PUT', body: { price: 32 } })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toEqual([]);
  });

  it('answers 422 naming each wrong field, 409 for a duplicate name, 404 for an unknown product', async () => {
    const bad = await call('/v3/catalog/products/115', { method: 'PUT', body: { price: '12', sale_price: -1, name: '', inventory_level: 1.5, is_visible: 'no' } });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ status: 422, title: 'JSON data is missing or invalid' });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['inventory_level', 'is_visible', 'name', 'price', 'sale_price']);
    // Nothing of a refused write is applied.
    expect((await storefrontProduct(115)).prices.price.value).toBe(32);

    const byVariant = await call('/v3/catalog/products/121', { method: 'PUT', body: { inventory_level: 5 } });
    expect(byVariant.status).toBe(422);
    expect(byVariant.body.errors.inventory_level).toMatch(/variants/);

    const taken = (await storefrontProduct(116)).name as string;
    const duplicate = await call('/v3/catalog/products/115', { method: 'PUT', body: { name: taken.toUpperCase() } });
    expect(duplicate.status).toBe(409);
    for (const path of ['/v3/catalog/products/999', '/v3/catalog/products/abc', '/v3/catalog/products/121/variants/1']) expect((await call(path, { method: 'PUT', body: { price: 1 } })).status).toBe(404);
    expect((await call('/v3/catalog/products/115', { method: 'PUT', body: '{"price": ' })).status).toBe(400);
    expect((await call('/v3/catalog/products/115', { method: 'PUT', body: [1, 2] })).status).toBe(422);
    expect((await call('/v3/catalog/products/115', { method: 'PUT', body: { price: 1e300 } })).status).toBe(422);
    expect((await call('/v3/catalog/products/115', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('PUT /v3/catalog/products/{id}/variants/{variant_id}', () => {
  it('sets a variant’s price and stock, fires store/sku/updated and store/sku/inventory/updated', async () => {
    await call('/v3/hooks', { method: 'POST', body: { scope: 'store/sku/*', destination: `${receiver.url}/sku` } });
    const res = await call('/v3/catalog/products/121/variants/12152', { method: 'PUT', body: { price: 21.25, inventory_level: 40 } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 12152, product_id: 121, price: 21.25, inventory_level: 40 });
    const node = (await storefrontProduct(121)).variants.edges.find((e: any) => e.node.entityId === 12152).node;
    expect(node.prices.price.value).toBe(21.25);
    expect(node.inventory.aggregated.availableToSell).toBe(40);
    const got = await receiver.waitFor(2);
    expect(got.map((r) => r.body.scope).sort()).toEqual(['store/sku/inventory/updated', 'store/sku/updated']);
    expect(got.find((r) => r.body.scope === 'store/sku/updated')!.body.data).toEqual({ type: 'sku', id: 12152, sku: { product_id: 121, variant_id: 12152 } });
    expect((await call('/v3/catalog/products/121/variants/12152', { method: 'PUT', body: { inventory_level: -1 } })).status).toBe(422);
  });

  it('treats the one variant of a product without options as the product: product events, not sku ones', async () => {
    await call('/v3/hooks', { method: 'POST', body: { scope: 'store/*', destination: `${receiver.url}/all` } });
    const baseVariant = (await call('/v3/catalog/products/115', { method: 'PUT', body: {} })).body.data.base_variant_id as number;
    expect(typeof baseVariant).toBe('number');
    expect((await call(`/v3/catalog/products/115/variants/${baseVariant}`, { method: 'PUT', body: { inventory_level: 11, price: 33 } })).status).toBe(200);
    const got = await receiver.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received.map((r) => r.body.scope).sort()).toEqual(['store/product/inventory/updated', 'store/product/updated']);
    expect(got.find((r) => r.body.scope === 'store/product/inventory/updated')!.body.data.inventory).toEqual({ product_id: 115, method: 'absolute', value: 11 });
    expect((await storefrontProduct(115)).prices.price.value).toBe(33);
  });
});

describe('PUT /v3/catalog/trees/categories', () => {
  it('renames categories (GraphQL answers the new name), 207 for a partly bad batch, 422/400 for a wholly bad one', async () => {
    await call('/v3/hooks', { method: 'POST', body: { scope: 'store/category/updated', destination: `${receiver.url}/cat` } });
    const ok = await call('/v3/catalog/trees/categories', { method: 'PUT', body: [{ category_id: 22, name: 'Camping', description: 'Tents and stoves' }] });
    expect(ok).toEqual({ status: 200, body: { meta: { total: 1, success: 1, failed: 0 } } });
    const category = (await gqlData(sandbox, '{ site { category(entityId: 22) { name description } } }')).site.category;
    expect(category.name).toBe('Camping');
    expect(category.description).toContain('Tents and stoves');
    expect((await receiver.waitFor(1))[0]!.body.data).toEqual({ type: 'category', id: 22 });

    const partial = await call('/v3/catalog/trees/categories', { method: 'PUT', body: [{ category_id: 23, name: 'Cooking' }, { category_id: 9999, name: 'x' }] });
    expect(partial.status).toBe(207);
    expect(partial.body.meta).toEqual({ total: 2, success: 1, failed: 1 });
    expect(partial.body.errors.errors['1']).toMatch(/9999/);
    expect((await call('/v3/catalog/trees/categories', { method: 'PUT', body: [{ name: 'no id' }] })).status).toBe(422);
    expect((await call('/v3/catalog/trees/categories', { method: 'PUT', body: { category_id: 22 } })).status).toBe(400);
    expect((await call('/v3/catalog/trees/categories', { method: 'PUT', body: [] })).status).toBe(400);
  });
});
