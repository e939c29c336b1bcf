import { defaultSelection, type Product } from '@bc-headless/core/queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../src/messages.js';
import { LOW_STOCK, productView } from '../src/productView.js';
import { startDemoStack, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
let product: Product;
beforeAll(async () => {
  stack = await startDemoStack();
  // A real product page's data: the seeded product with the most variants, read through the demo server.
  const seeded = [...stack.sandbox.store.catalog.products].sort((a, b) => b.variants.length - a.variants.length)[0]!;
  const page = stack.page();
  product = (await page.queryClient.fetchQuery(page.queries.product(seeded.entityId)))!;
});
afterAll(() => stack?.close());

const withStock = (available: number | null, isPurchasable = true): Product => ({
  ...product,
  variants: product.variants.map((v) => ({ ...v, isPurchasable, inventory: { isInStock: true, aggregated: available === null ? null : { availableToSell: available } } })),
});

describe('productView', () => {
  it('follows the chosen variant: its prices, SKU and stock', () => {
    expect(product.variants.length).toBeGreaterThan(1);
    for (const variant of product.variants.slice(0, 3)) {
      const view = productView(product, variant.optionValues, 'en');
      expect(view.variant?.entityId).toBe(variant.entityId);
      expect(view.sku).toBe(variant.sku);
      expect(view.prices).toEqual(variant.prices ?? product.prices);
    }
    const first = productView(product, defaultSelection(product), 'en');
    expect(first.variant).toBeDefined();
    // An incomplete choice selects no variant: the product's own SKU and prices.
    expect(productView(product, {}, 'en')).toMatchObject({ variant: undefined, sku: product.sku, prices: product.prices });
  });

  it('says in stock, only N left, or out of stock, in the shopper’s language', () => {
    const chosen = defaultSelection(product);
    expect(productView(withStock(LOW_STOCK + 1), chosen, 'en')).toMatchObject({ stock: 'in', stockText: translate('en', 'product.inStock'), available: LOW_STOCK + 1 });
    expect(productView(withStock(null), chosen, 'en')).toMatchObject({ stock: 'in', available: null });
    expect(productView(withStock(3), chosen, 'de')).toMatchObject({ stock: 'low', stockText: translate('de', 'product.lowStock', { count: 3 }) });
    expect(productView(withStock(0), chosen, 'fr')).toMatchObject({ stock: 'out', stockText: translate('fr', 'product.outOfStock') });
    expect(productView(withStock(10, false), chosen, 'en').stock).toBe('out');
  });

  it('shows the images (else the default image) and the description as text', () => {
    const view = productView(product, {}, 'en');
    expect(view.images).toEqual(product.images);
    const single = { ...product, images: [], defaultImage: { url: '/i.png', altText: 'I' }, description: '<p>Strong <b>coffee</b></p>' };
    expect(productView(single, {}, 'en')).toMatchObject({ images: [{ url: '/i.png', altText: 'I', isDefault: true }], description: 'Strong  coffee' });
    expect(productView({ ...single, defaultImage: null }, {}, 'en').images).toEqual([]);
  });
});
