import { findVariant, type Product, type ProductVariant } from '@bc-headless/core/queries';
import { translate } from './messages.js';

/** At or below this many left, the product page says "Only N left". */
export const LOW_STOCK = 5;

/** What a product page shows for the shopper's choice of options. */
export interface ProductView {
  /** The variant the choice selects (none while it is incomplete or for a product without variants). */
  variant: ProductVariant | undefined;
  /** The variant's prices, else the product's. */
  prices: Product['prices'];
  sku: string;
  /** How many can be bought, `null` when the store does not say. */
  available: number | null;
  stock: 'in' | 'low' | 'out';
  /** The stock line in the shopper's language ("In stock", "Only 3 left", "Out of stock"). */
  stockText: string;
  /** The gallery: the product's images, else its default image, else none. */
  images: Product['images'];
  /** The description as plain text (BigCommerce sends HTML). */
  description: string;
}

/** The product page's derived state for `selection` (`{ [optionEntityId]: valueEntityId }`) in language `lang`. */
export function productView(product: Product, selection: Record<number, number>, lang: string): ProductView {
  const variant = product.variants.length ? findVariant(product, selection) : undefined;
  const inventory = variant?.inventory ?? product.inventory;
  const available = inventory?.aggregated?.availableToSell ?? null;
  const inStock = (inventory?.isInStock ?? true) && (variant ? variant.isPurchasable : product.availabilityV2.status === 'Available');
  const stock = !inStock || available === 0 ? 'out' : available !== null && available <= LOW_STOCK ? 'low' : 'in';
  return {
    variant,
    prices: variant?.prices ?? product.prices,
    sku: variant?.sku ?? product.sku,
    available,
    stock,
    stockText: stock === 'out' ? translate(lang, 'product.outOfStock') : stock === 'low' ? translate(lang, 'product.lowStock', { count: available! }) : translate(lang, 'product.inStock'),
    images: product.images.length ? product.images : product.defaultImage ? [{ ...product.defaultImage, isDefault: true }] : [],
    description: product.description.replace(/<[^>]*>/g, ' ').trim(),
  };
}
