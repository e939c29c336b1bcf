import type { CatalogProduct } from '../catalog/createCatalog.js';
import type { SeedCustomerGroup, SeedVariant } from '../catalog/SandboxSeed.js';
import type { Store } from './Store.js';

/** Whose prices to quote: a customer group, or null for guests and customers without a group. */
export type PriceGroup = SeedCustomerGroup | null;

/** The catalog price of one unit, before any group discount: a variant's own price, else the product's sale or list price. */
export function catalogUnitPriceOf(product: CatalogProduct, variant: SeedVariant): number {
  return variant.price ?? product.salePrice ?? product.price;
}

/** The percent off a group's store-wide rule gives (0 for no group or no rule). */
export function groupDiscountPercent(group: PriceGroup): number {
  // validateSeed allows only `{ type: 'all', method: 'percent' }`, at most one per group.
  return group?.discountRules[0]?.amount ?? 0;
}

/**
 * What one unit costs for whom: the one place the sandbox decides a price, so catalog prices,
 * price sorting and cart lines can never disagree. BigCommerce's `Prices.price` is the
 * "calculated price … [that] takes into account basePrice, salePrice, rules … and customer
 * group discounts" and "represents the in-cart price" (the live schema's field description;
 * shared/bigcommerce-storefront.graphql has descriptions stripped). The group's percentage
 * applies to the catalog price (the sale price when there is one), and the discount is rounded
 * per unit to the cent, halves up: 15 % off 18.50 is 18.50 − 2.78 = 15.72.
 */
export function unitPriceOf(product: CatalogProduct, variant: SeedVariant, group: PriceGroup): number {
  const catalogPrice = catalogUnitPriceOf(product, variant);
  const percent = groupDiscountPercent(group);
  return percent === 0 ? catalogPrice : catalogPrice - Math.round((catalogPrice * percent) / 100);
}

/** The price group of a cart's owner (`cart.customerEntityId`); guest carts have none. */
export function priceGroupOf(store: Store, customerEntityId: number | null): PriceGroup {
  return customerEntityId === null ? null : (store.customers.get(customerEntityId)?.customerGroup ?? null);
}
