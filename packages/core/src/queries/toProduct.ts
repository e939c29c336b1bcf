import type { ImageResult } from './documents/GraphQLDocument.js';
import type { InventoryResult, PricesResult, ProductDetailResult, ProductOptionValueResult } from './documents/catalogDocuments.js';

/** A product option with its values as a plain list. */
export interface ProductOption {
  entityId: number;
  displayName: string;
  isRequired: boolean;
  isVariantOption: boolean;
  displayStyle: string | null;
  values: ProductOptionValueResult[];
}

/** A variant with the option values that select it, `{ [optionEntityId]: valueEntityId }`. */
export interface ProductVariant {
  entityId: number;
  sku: string;
  isPurchasable: boolean;
  inventory: InventoryResult | null;
  prices: PricesResult | null;
  optionValues: Record<number, number>;
}

/** A product page's product, connections flattened to arrays. */
export interface Product extends Omit<ProductDetailResult, 'images' | 'productOptions' | 'variants'> {
  images: (ImageResult & { isDefault: boolean })[];
  options: ProductOption[];
  variants: ProductVariant[];
}

const nodes = <T>(connection: { edges: { node: T }[] | null } | undefined | null): T[] => connection?.edges?.map((e) => e.node) ?? [];

/** Flattens BigCommerce's connections (`edges { node }`) into the arrays a product page renders. */
export function toProduct(result: ProductDetailResult): Product {
  const { images, productOptions, variants, ...rest } = result;
  return {
    ...rest,
    images: nodes(images),
    options: nodes(productOptions).map((o) => ({
      entityId: o.entityId,
      displayName: o.displayName,
      isRequired: o.isRequired,
      isVariantOption: o.isVariantOption,
      displayStyle: o.displayStyle ?? null,
      values: nodes(o.values),
    })),
    variants: nodes(variants).map(({ productOptions: options, ...variant }) => ({
      ...variant,
      optionValues: Object.fromEntries(nodes(options).flatMap((o) => nodes(o.values).map((v) => [o.entityId, v.entityId]))),
    })),
  };
}

/**
 * The variant a shopper's choice selects (`{ [optionEntityId]: valueEntityId }`), or `undefined`
 * while the choice is incomplete or matches none. Each adapter's product page needs exactly this.
 */
export function findVariant(product: Pick<Product, 'variants'>, selection: Record<number, number>): ProductVariant | undefined {
  return product.variants.find((variant) => {
    const wanted = Object.entries(variant.optionValues);
    return wanted.length > 0 && wanted.every(([option, value]) => selection[Number(option)] === value);
  });
}

/**
 * The selection of a product's default values (`isDefault`), falling back to each option's first
 * value: what a product page preselects.
 */
export function defaultSelection(product: Pick<Product, 'options'>): Record<number, number> {
  const selection: Record<number, number> = {};
  for (const option of product.options) {
    const value = option.values.find((v) => v.isDefault) ?? option.values[0];
    if (value) selection[option.entityId] = value.entityId;
  }
  return selection;
}
