import type { CustomerScope } from './customerScope.js';

/** Parameters of a product list, normalised so equal lists share one cache entry. */
export interface ProductListParams {
  /** Products of this category (and its subcategories). */
  categoryEntityId?: number;
  /** Products matching this search term. */
  searchTerm?: string;
  /** Page size (default the layer's `pageSize`, at most 50: BigCommerce's limit). */
  pageSize?: number;
}

/** A cursor page of a product list: `after` for the next page, `before` for the previous. */
export interface ProductPageParams extends ProductListParams {
  after?: string | null;
  before?: string | null;
}

const ROOT = 'bc-headless';

/**
 * The query keys of one channel. Catalog keys carry the customer scope and the locale: BigCommerce
 * answers catalog queries for a signed-in customer with that customer's group prices and
 * visibility (bigcommerce/docs, docs/storefront/headless/customers.mdx), and translated. Shopper
 * keys carry the customer scope. No key ever carries a token. Filters: `catalog()` matches every
 * catalog query, `catalog(scope)` one scope's of all locales, `shopper()` every shopper query of
 * all scopes.
 */
export function storefrontKeys(channelId: number) {
  const all = [ROOT, channelId] as const;
  const catalog = (scope?: CustomerScope, locale?: string) =>
    scope === undefined ? ([...all, 'catalog'] as const) : locale === undefined ? ([...all, 'catalog', scope] as const) : ([...all, 'catalog', scope, locale] as const);
  const shopper = (scope?: CustomerScope) => (scope === undefined ? ([...all, 'shopper'] as const) : ([...all, 'shopper', scope] as const));
  return {
    /** Everything of this channel. */
    all: () => all,
    /** Catalog data: all of it, one customer scope's, or one scope's in one locale. */
    catalog,
    productPage: (scope: CustomerScope, locale: string, params: ProductPageParams) => [...catalog(scope, locale), 'products', 'page', params] as const,
    productPages: (scope: CustomerScope, locale: string, params: ProductListParams) => [...catalog(scope, locale), 'products', 'infinite', params] as const,
    product: (scope: CustomerScope, locale: string, entityId: number) => [...catalog(scope, locale), 'product', entityId] as const,
    categories: (scope: CustomerScope, locale: string) => [...catalog(scope, locale), 'categories'] as const,
    /** Not translated and the same for every shopper: store name, locales, currency. */
    settings: () => [...all, 'site', 'settings'] as const,
    /** Customer-scoped data, of one scope or (no argument) of all. */
    shopper,
    customer: (scope: CustomerScope) => [...shopper(scope), 'customer'] as const,
    cart: (scope: CustomerScope, cartId: string | null) => [...shopper(scope), 'cart', cartId] as const,
    checkout: (scope: CustomerScope, cartId: string | null) => [...shopper(scope), 'checkout', cartId] as const,
  };
}

/** The key factory `storefrontKeys` returns. */
export type StorefrontKeys = ReturnType<typeof storefrontKeys>;
