import { expect, test } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import type { SandboxSeed } from '../../src/catalog/SandboxSeed.js';
import { createClock } from '../../src/clock.js';
import { createStore } from '../../src/store/createStore.js';

const build = (seed: SandboxSeed) => createStore({ storeHash: 'abc123', storeId: '1000001', clock: createClock(Date.UTC(2026, 0, 1)), seed });
const customers = (change: (c: SandboxSeed['customers'][number]) => object) => defaultSeed.customers.map((c, i) => (i === 0 ? { ...c, ...change(c) } : c));

test('a seed with broken customer-side data is refused, naming the field', () => {
  const cases: Array<[SandboxSeed, RegExp]> = [
    [{ ...defaultSeed, customers: customers((c) => ({ addresses: [{ ...c.addresses![0]!, countryCode: 'XX' }] })) }, /customers\[0\]\.addresses\[0\]\.countryCode/],
    [{ ...defaultSeed, customers: customers((c) => ({ addresses: [c.addresses![0]!, c.addresses![0]!] })) }, /addresses\[1\]\.entityId/],
    [{ ...defaultSeed, giftCertificates: [{ ...defaultSeed.giftCertificates![0]!, balance: 999999 }] }, /giftCertificates\[0\]: amount/],
    [{ ...defaultSeed, giftCertificates: [defaultSeed.giftCertificates![0]!, { ...defaultSeed.giftCertificates![0]!, code: 'gc-fresh-5000' }] }, /giftCertificates\[1\]\.code/],
    [{ ...defaultSeed, products: [...defaultSeed.products, { ...defaultSeed.products.at(-1)!, entityId: 999, slug: 'copy', modifiers: [{ entityId: 1510, kind: 'text', displayName: 'Twice', isRequired: false }] }] }, /modifiers\[0\]\.entityId/],
    [{ ...defaultSeed, orders: [{ ...defaultSeed.orders![0]!, lines: [{ productEntityId: 424242, quantity: 1 }] }] }, /order 61 names product 424242/],
    [{ ...defaultSeed, orders: [{ ...defaultSeed.orders![0]!, id: 100 }] }, /order id 100/],
    [{ ...defaultSeed, wishlists: [{ ...defaultSeed.wishlists![0]!, customerEntityId: 77 }] }, /wishlist 1 names customer 77/],
  ];
  for (const [seed, message] of cases) expect(() => build(seed)).toThrow(message);
});

test('the built-in seed has the customer side: address books, a history, wishlists, gift certificates, modifier products', () => {
  const store = build(defaultSeed);
  expect(store.customers.get(1)!.addresses.map((a) => a.city)).toEqual(['Seattle', 'San Francisco']);
  expect([...store.orders.keys()].sort()).toEqual([61, 62, 63]);
  expect([...store.wishlists.values()].map((w) => w.customerEntityId)).toEqual([1, 1]);
  expect(store.giftCertificates.get('GC-FRESH-5000')?.balance).toBe(5000);
  expect(store.catalog.productById(151)?.modifiers?.map((m) => m.kind)).toEqual(['text', 'checkbox', 'multiLineText', 'number', 'date']);
  // A seeded order's total is its lines (tax included) plus shipping.
  for (const order of store.orders.values()) {
    expect(order.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0) + order.shippingCost).toBe(order.total);
  }
});
