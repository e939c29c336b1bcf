import { randomUUID } from 'node:crypto';
import { QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';
import { createSessionStore } from '../../src/createSessionStore.js';
import { createMemoryStore } from '../../src/server/cache/createMemoryStore.js';
import { createServerCache, type ServerCache } from '../../src/server/cache/createServerCache.js';
import type { ServerStore } from '../../src/server/cache/ServerStore.js';
import { startStack, type Stack } from './support/startStack.js';
import { createShopper, gqlThrough, type Shopper } from './support/shopper.js';

// Every value the cache keeps, to prove what never goes in.
const written: string[] = [];
function recording(store: ServerStore): ServerStore {
  return {
    ...store,
    set: (key, value, options) => {
      written.push(value);
      return store.set(key, value, options);
    },
  };
}

const PRODUCT = 'query P($id: Int!) { site { product(entityId: $id) { entityId name prices { price { value currencyCode } } } } }';
const graphqlCalls = (stack: Stack) => stack.upstream.filter((r) => r.path === '/graphql').length;

let stack: Stack;
let cache: ServerCache;
let productId: number;
let sam: Shopper;
beforeAll(async () => {
  cache = createServerCache({ store: recording(createMemoryStore()) });
  stack = await startStack({ client: { cache } });
  productId = stack.sandbox.store.catalog.products[0]!.entityId;
  // Sam belongs to a customer group with its own prices (defaultSeed).
  sam = createShopper(stack.origin, '198.51.100.9');
  const login = await sam.fetch(`${stack.api}/login`, { method: 'POST', json: { email: 'sam@example.com', password: 'Shopper789!' } });
  expect(login.status).toBe(200);
});
afterAll(() => stack.close());
beforeEach(async () => {
  await cache.purgeTags(['catalog']);
  stack.upstream.length = 0;
});

describe('server cache through the storefront handler', () => {
  it('answers the second anonymous read from the cache, whoever asks and whatever correlation id', async () => {
    const a = await gqlThrough(createShopper(stack.origin, '203.0.113.1'), stack.api, PRODUCT, { id: productId });
    const b = await gqlThrough(createShopper(stack.origin, '203.0.113.2'), stack.api, PRODUCT, { id: productId }, { 'x-correlation-id': randomUUID() });
    expect(a.headers.get('x-cache')).toBe('MISS');
    expect(b.headers.get('x-cache')).toBe('HIT');
    expect(b.headers.get('age')).toMatch(/^\d+$/);
    expect(b.body).toEqual(a.body);
    expect(b.headers.get('cache-control')).toBe('no-store');
    expect(b.headers.get('x-bc-graphql-complexity')).toBe(a.headers.get('x-bc-graphql-complexity'));
    expect(graphqlCalls(stack)).toBe(1);
  });

  it('keeps locales apart and variables apart', async () => {
    const guest = createShopper(stack.origin, '203.0.113.3');
    const en = await gqlThrough(guest, stack.api, PRODUCT, { id: productId });
    const fr = await gqlThrough(guest, stack.api, `query P($id: Int!) @shopperPreferences(locale: "fr") { site { product(entityId: $id) { entityId name } } }`, { id: productId });
    const other = await gqlThrough(guest, stack.api, PRODUCT, { id: stack.sandbox.store.catalog.products[1]!.entityId });
    expect([en, fr, other].map((r) => r.headers.get('x-cache'))).toEqual(['MISS', 'MISS', 'MISS']);
    expect(fr.body.data.site.product.name).not.toBe(en.body.data.site.product.name);
  });

  it('never serves or keeps a signed-in customer’s answers: group prices stay theirs', async () => {
    const guest = createShopper(stack.origin, '203.0.113.4');
    const guestAnswer = await gqlThrough(guest, stack.api, PRODUCT, { id: productId });
    const samAnswer = await gqlThrough(sam, stack.api, PRODUCT, { id: productId });
    const guestAgain = await gqlThrough(guest, stack.api, PRODUCT, { id: productId });
    expect(samAnswer.headers.get('x-cache')).toBeNull();
    expect(samAnswer.body.data.site.product.prices.price.value).not.toBe(guestAnswer.body.data.site.product.prices.price.value);
    expect(guestAgain.body).toEqual(guestAnswer.body);
    expect(written.some((w) => w.includes(String(samAnswer.body.data.site.product.prices.price.value)) && !w.includes(String(guestAnswer.body.data.site.product.prices.price.value)))).toBe(false);
  });

  it('does not cache mutations, carts, customers or documents that hide them', async () => {
    const guest = createShopper(stack.origin, '203.0.113.5');
    const hostile = [
      '{ site { product(entityId: 111) { name } cart { entityId } } }',
      '{ site { ...S } } fragment S on Site { checkout { entityId } }',
      '{ site { product: cart { entityId } } }',
      '{ customer { email } site { settings { storeName } } }',
    ];
    for (const query of hostile) {
      for (let i = 0; i < 2; i++) expect((await gqlThrough(guest, stack.api, query)).headers.get('x-cache'), query).toBeNull();
    }
    expect(graphqlCalls(stack)).toBe(hostile.length * 2);
  });

  it('leaves no customer data in the cache under mixed guest and customer traffic', async () => {
    written.length = 0;
    const guests = Array.from({ length: 8 }, (_, i) => createShopper(stack.origin, `192.0.2.${i + 1}`));
    const queries = [PRODUCT, '{ customer { entityId email firstName } site { settings { storeName } } }', '{ site { settings { storeName } categoryTree { entityId name } } }'];
    await Promise.all(
      Array.from({ length: 400 }, (_, k) => {
        const who = k % 3 === 0 ? sam : guests[k % guests.length]!;
        return gqlThrough(who, stack.api, queries[k % queries.length]!, { id: productId }, { 'x-bc-customer-access-token': `${'a'.repeat(64)}_9999999999`, 'x-correlation-id': randomUUID() });
      }),
    );
    expect(written.length).toBeGreaterThan(0);
    for (const value of written) {
      expect(value).not.toContain('sam@example.com');
      expect(value).not.toContain('Okafor');
      expect(value).not.toMatch(/"customer"/);
    }
  });

  it('serves server rendering from the same cache as the handler', async () => {
    await gqlThrough(createShopper(stack.origin, '203.0.113.6'), stack.api, '{ site { settings { storeName } } }');
    // A request-scoped client of the same server client: its query layer's reads are anonymous catalog reads.
    const before = graphqlCalls(stack);
    const request = new Request(`${stack.origin}/`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    const q = storefrontQueries(stack.client.forRequest(request, { remoteAddress: '127.0.0.1' }), { session: createSessionStore() });
    const first = new QueryClient();
    const second = new QueryClient();
    await first.fetchQuery(q.categories());
    await second.fetchQuery(q.categories());
    expect(graphqlCalls(stack) - before).toBe(1);
    expect(second.getQueryData(q.categories().queryKey)).toEqual(first.getQueryData(q.categories().queryKey));
  });
});
