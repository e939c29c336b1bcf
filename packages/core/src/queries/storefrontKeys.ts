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
 * The query keys of one channel. Catalog keys carry the locale (their answers are translated);
 * shopper keys carry the customer scope (their answers depend on who is signed in). No key ever
 * carries a token. Filters: `catalog()` matches every catalog query of all locales, `shopper()`
 * every customer-scoped query of all scopes.
 */
export function storefrontKeys(channelId: number) {
  const all = [ROOT, channelId] as const;
  const catalog = (locale?: string) => (locale === undefined ? ([...all, 'catalog'] as const) : ([...all, 'catalog', locale] as const));
  const shopper = (scope?: CustomerScope) => (scope === undefined ? ([...all, 'shopper'] as const) : ([...all, 'shopper', scope] as const));
  return {
    /** Everything of this channel. */
    all: () => all,
    /** Translated catalog data, of one locale or (no argument) of all. */
    catalog,
    productPage: (locale: string, params: ProductPageParams) => [...catalog(locale), 'products', 'page', params] as const,
    productPages: (locale: string, params: ProductListParams) => [...catalog(locale), 'products', 'infinite', params] as const,
    product: (locale: string, entityId: number) => [...catalog(locale), 'product', entityId] as const,
    categories: (locale: string) => [...catalog(locale), 'categories'] as const,
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
