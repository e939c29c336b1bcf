import type { PricesResult } from '@bc-headless/core/queries';

type Money = PricesResult['price'];

/** What a price tag shows. */
export interface PriceTag {
  /** What the shopper pays: BigCommerce's calculated `price`. */
  now: Money;
  /** The catalog's base price, struck through, when the shopper pays less than it. */
  was: Money | null;
  /** The catalog has the product on sale (a "Sale" badge). */
  onSale: boolean;
}

/**
 * The price tag of a product or variant. It shows `price`, not `salePrice`: BigCommerce's
 * `price` is the calculated price, with the sale price *and* the signed-in customer's group
 * discount applied, while `salePrice` and `basePrice` are the catalog's own for everyone. A tag
 * built on `salePrice` would hide a trade customer's discount on a product that is on sale.
 */
export function priceTag(prices: PricesResult | null | undefined): PriceTag | null {
  if (!prices) return null;
  const { price, basePrice, salePrice } = prices;
  return {
    now: price,
    was: basePrice && basePrice.value > price.value ? basePrice : null,
    onSale: !!(salePrice && basePrice && salePrice.value < basePrice.value),
  };
}
