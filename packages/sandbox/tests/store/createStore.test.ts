import { describe, expect, test } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import type { SandboxSeed } from '../../src/catalog/SandboxSeed.js';
import { createClock } from '../../src/clock.js';
import { createStore, CUSTOMER_ACCESS_TOKEN_TTL_SECONDS } from '../../src/store/createStore.js';

const options = () => ({ storeHash: 'abc123', storeId: '1000001', clock: createClock(Date.UTC(2026, 0, 1)) });

describe('createStore', () => {
  test('the built-in shop looks like a real one', () => {
    const store = createStore(options());
    const { catalog } = store;
    expect(catalog.products.length).toBeGreaterThanOrEqual(24);
    // Four top-level categories and one sub-category (Kitchen › Brewing).
    expect(catalog.categories).toHaveLength(5);
    expect(catalog.categories.filter((c) => c.parentEntityId === undefined)).toHaveLength(4);
    for (const c of catalog.categories) {
      expect(catalog.products.filter((p) => p.categoryEntityIds.includes(c.entityId)).length).toBeGreaterThanOrEqual(5);
      expect([c.name.en, c.name.fr, c.name.de].every(Boolean)).toBe(true);
    }
    expect(catalog.products.filter((p) => p.salePrice !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(catalog.products.filter((p) => p.options.length >= 2).length).toBeGreaterThanOrEqual(2);
    const stockOf = (p: (typeof catalog.products)[number]) => p.variants.reduce((s, v) => s + v.stock, 0);
    expect(catalog.products.filter((p) => stockOf(p) === 0)).toHaveLength(1);
    expect(catalog.products.some((p) => stockOf(p) > 0 && stockOf(p) <= 5)).toBe(true);
    for (const p of catalog.products) {
      expect(p.name.fr && p.name.de).toBeTruthy();
      expect(p.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(catalog.imageIds(p).length).toBeGreaterThanOrEqual(1);
      // Every combination of option values is exactly one variant.
      expect(p.variants).toHaveLength(p.options.reduce((n, o) => n * o.values.length, 1));
    }
    const ids = catalog.products.flatMap((p) => p.variants.map((v) => v.entityId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.customerByEmail('JANE@example.com')?.password).toBe('Shopper123!');
    expect(store.couponByCode('welcome10')?.amount).toBe(10);
    expect(store.shippingOptions.map((o) => o.description)).toEqual(['Standard Shipping', 'Express Shipping']);
  });

  test('catalog lookups for the image route: productById gives the English name, slug and colour', () => {
    const { catalog } = createStore(options());
    const product = catalog.productById(121)!;
    expect(product.name.en).toBe('Enamel Trail Mug');
    expect(product.slug).toBe('enamel-trail-mug');
    expect(product.color).toBe('#2e7d32');
    expect(catalog.imageIds(product)).toEqual([1211, 1212]);
    expect(catalog.productById(1)).toBeUndefined();
    const variant = product.variants[1]!;
    expect(catalog.variantById(variant.entityId)?.product.entityId).toBe(121);
    expect(catalog.variantForOptions(product, [...variant.optionValueIds].reverse())?.entityId).toBe(variant.entityId);
  });

  test('customer access tokens: BigCommerce format, expiry on the clock, revocation', () => {
    const opts = options();
    const store = createStore(opts);
    const { value, expiresAt } = store.issueCustomerAccessToken(1);
    const [hex, unix] = value.split('_');
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(unix)).toBe(Math.floor(opts.clock.now() / 1000) + CUSTOMER_ACCESS_TOKEN_TTL_SECONDS);
    expect(Date.parse(expiresAt)).toBe(Number(unix) * 1000);
    expect(store.customerForAccessToken(value)?.email).toBe('jane@example.com');
    expect(store.customerForAccessToken(`${'0'.repeat(64)}_${unix}`)).toBeNull();
    opts.clock.advance(CUSTOMER_ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(store.customerForAccessToken(value)).toBeNull();
    const again = store.issueCustomerAccessToken(1).value;
    store.revokeCustomerAccessTokens(1);
    expect(store.customerForAccessToken(again)).toBeNull();
    expect(() => store.issueCustomerAccessToken(999)).toThrow(/no customer with entityId 999/);
  });

  test('reset restores the seed and keeps the same Map instances', () => {
    const store = createStore(options());
    const { carts, orders, customers } = store;
    const token = store.issueCustomerAccessToken(1).value;
    carts.set('c', { entityId: 'c', customerEntityId: null, currencyCode: 'USD', locale: 'en', version: 1, lines: [], createdAt: 0, updatedAt: 0 });
    customers.delete(2);
    store.catalog.productById(122)!.variants[0]!.stock = 0;
    store.usedSessionSyncJtis.add('jti');
    const firstOrder = store.nextOrderId();
    store.reset();
    expect(store.carts).toBe(carts);
    expect(store.orders).toBe(orders);
    expect(carts.size).toBe(0);
    expect(customers.size).toBe(defaultSeed.customers.length);
    expect(store.catalog.productById(122)!.variants[0]!.stock).toBe(15);
    expect(store.usedSessionSyncJtis.size).toBe(0);
    expect(store.customerForAccessToken(token)).toBeNull();
    expect(store.nextOrderId()).toBe(firstOrder);
    // The seed object itself is never mutated.
    expect(defaultSeed.products.find((p) => p.entityId === 122)!.variants![0]!.stock).toBe(15);
  });

  test('a seed replaces catalog, customers, coupons and shipping; products without options get a base variant', () => {
    const seed: SandboxSeed = {
      storeName: 'Tiny Shop',
      currencyCode: 'EUR',
      locales: ['de', 'en'],
      taxRatePercent: 19,
      categories: [{ entityId: 1, slug: 'all', name: { en: 'All', de: 'Alles' }, description: { en: 'Everything' } }],
      products: [{ entityId: 7, sku: 'ONE', slug: 'one', name: { en: 'One' }, description: { en: 'The only product' }, categoryEntityIds: [1], price: 999, color: '#123456', stock: 3 }],
      customers: [{ entityId: 5, email: 'a@b.example', password: 'pw', firstName: 'A', lastName: 'B' }],
      coupons: [],
      shippingOptions: [{ entityId: 'ship', description: 'Pickup', type: 'pickup', cost: 0 }],
    };
    const store = createStore({ ...options(), seed });
    expect(store.settings).toMatchObject({ storeName: 'Tiny Shop', currencyCode: 'EUR', defaultLocale: 'de', taxRatePercent: 19 });
    expect(store.catalog.products).toHaveLength(1);
    expect(store.catalog.productById(7)!.variants).toEqual([{ entityId: 1, sku: 'ONE', optionValueIds: [], stock: 3 }]);
    expect(store.customerByEmail('jane@example.com')).toBeUndefined();
    expect(store.customerByEmail('a@b.example')?.entityId).toBe(5);
  });

  test('a broken seed is refused with an error naming the field', () => {
    const broken = (patch: Record<string, unknown>) => () => createStore({ ...options(), seed: { ...defaultSeed, ...patch } as SandboxSeed });
    expect(broken({ products: 'nope' })).toThrow(/"products" must be an array/);
    expect(broken({ currencyCode: 'dollars' })).toThrow(/currencyCode/);
    expect(broken({ locales: [] })).toThrow(/at least one locale/);
    expect(broken({ products: [{ ...defaultSeed.products[0], price: 1.5 }] })).toThrow(/products\[0\]\.price/);
    expect(broken({ products: [defaultSeed.products[0], defaultSeed.products[0]] })).toThrow(/used twice/);
  });
});
