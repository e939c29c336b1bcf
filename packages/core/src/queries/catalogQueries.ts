import type { SessionState } from '../createSessionStore.js';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import {
  CATEGORY_TREE,
  PRODUCT,
  PRODUCTS,
  SITE_SETTINGS,
  type CategoryTreeItemResult,
  type CategoryTreeResult,
  type ProductPageResult,
  type ProductResult,
  type ProductsResult,
  type ProductsVariables,
  type SiteSettingsResult,
} from './documents/catalogDocuments.js';
import { STALE_TIME, type QueryLayerContext } from './QueryLayerContext.js';
import type { ProductListParams, ProductPageParams } from './storefrontKeys.js';
import type { StorefrontInfiniteQueryOptions, StorefrontQueryOptions } from './StorefrontQueryOptions.js';
import { toProduct, type Product } from './toProduct.js';

/** The channel's settings a header and a language switcher need. */
export type SiteSettings = NonNullable<SiteSettingsResult['site']['settings']>;

/** Drops empty fields so `{}` and `{ searchTerm: '' }` share one cache entry and one request. INTERNAL. */
export function normalise<P extends ProductPageParams>(params: P, ctx: QueryLayerContext, api: string): P & { pageSize: number } {
  const pageSize = params.pageSize ?? ctx.pageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 50) {
    throw new StorefrontConfigError(`${api}: pageSize must be an integer from 1 to 50 (BigCommerce's limit), got ${String(pageSize)}`, { field: 'pageSize' });
  }
  const out: Record<string, unknown> = { pageSize };
  const searchTerm = params.searchTerm?.trim();
  if (searchTerm) out.searchTerm = searchTerm;
  if (params.categoryEntityId != null) out.categoryEntityId = params.categoryEntityId;
  if (params.after) out.after = params.after;
  else if (params.before) out.before = params.before;
  return out as unknown as P & { pageSize: number };
}

/**
 * How each catalog query turns its part of a `site` answer into its data: its own request and
 * `prefetchView`'s one request for several parts share it, so both write the same shape. INTERNAL.
 */
export const readCatalog = {
  settings: (site: SiteSettingsResult['site']) => site.settings,
  categories: (site: CategoryTreeResult['site']) => site.categoryTree,
  products: (site: ProductsResult['site']): ProductPageResult => {
    const { edges, pageInfo, collectionInfo } = site.search.searchProducts.products;
    return { products: edges?.map((e) => e.node) ?? [], pageInfo, totalItems: collectionInfo?.totalItems ?? null };
  },
  product: (site: ProductResult['site']): Product | null => site.product && toProduct(site.product),
};

/** The `PRODUCTS` (and `VIEW`) variables of a normalised page. INTERNAL. */
export function productsVariables(params: ProductPageParams & { pageSize: number }, imageWidth: number, locale: string | null): ProductsVariables {
  const { categoryEntityId, searchTerm, after, before, pageSize } = params;
  const filters = { ...(categoryEntityId != null ? { categoryEntityId } : {}), ...(searchTerm ? { searchTerm } : {}) };
  // `before` pages backwards: BigCommerce wants `last` with it, `first` otherwise.
  const window = before ? { last: pageSize, before } : { first: pageSize, after: after ?? null };
  return { filters, ...window, imageWidth, locale };
}

/**
 * The catalog queries, one GraphQL request each. Keyed by customer scope and locale: a signed-in
 * customer may see their group's prices and visibility, and the answers are translated. INTERNAL
 * (see `storefrontQueries`).
 */
export function catalogQueries(ctx: QueryLayerContext) {
  const { client, keys, imageWidth } = ctx;
  // What a catalog answer depends on: who is signed in (group prices) and the locale.
  const keyParts = (state?: SessionState) => {
    const snapshot = ctx.state(state);
    return { ...ctx.locale(snapshot), scope: ctx.scope(snapshot) };
  };
  const fetchPage = (params: ProductPageParams & { pageSize: number }, locale: string | null, signal: AbortSignal) =>
    client.request(PRODUCTS, productsVariables(params, imageWidth, locale), { signal, ...(locale ? { locale } : {}) }).then((data) => readCatalog.products(data.site));

  return {
    /** One page of products (the whole catalog, a category or a search), paged by cursor. */
    products(params: ProductPageParams = {}, state?: SessionState): StorefrontQueryOptions<ProductPageResult> {
      const { locale, key, scope } = keyParts(state);
      const normalised = normalise(params, ctx, 'products');
      return {
        queryKey: keys.productPage(scope, key, normalised) as never,
        queryFn: ({ signal }) => fetchPage(normalised, locale, signal),
        staleTime: STALE_TIME.catalog,
        retry: false,
      };
    },

    /** The same list as an infinite query: `fetchNextPage` follows `pageInfo.endCursor`. */
    productPages(params: ProductListParams = {}, state?: SessionState): StorefrontInfiniteQueryOptions<ProductPageResult> {
      const { locale, key, scope } = keyParts(state);
      const { after: _after, before: _before, ...normalised } = normalise(params as ProductPageParams, ctx, 'productPages');
      return {
        queryKey: keys.productPages(scope, key, normalised) as never,
        queryFn: ({ signal, pageParam }) => fetchPage({ ...normalised, after: pageParam }, locale, signal),
        initialPageParam: null,
        getNextPageParam: (last) => (last.pageInfo.hasNextPage && last.pageInfo.endCursor) || undefined,
        staleTime: STALE_TIME.catalog,
        retry: false,
      };
    },

    /** A product page's product with options, variants, stock and images; `null` when unknown. */
    product(entityId: number, state?: SessionState): StorefrontQueryOptions<Product | null> {
      if (!Number.isInteger(entityId) || entityId < 1) {
        throw new StorefrontConfigError(`product: entityId must be a positive integer, got ${String(entityId)}`, { field: 'entityId' });
      }
      const { locale, key, scope } = keyParts(state);
      return {
        queryKey: keys.product(scope, key, entityId) as never,
        queryFn: async ({ signal }) => {
          const data = await client.request(PRODUCT, { entityId, imageWidth, locale }, { signal, ...(locale ? { locale } : {}) });
          return readCatalog.product(data.site);
        },
        staleTime: STALE_TIME.catalog,
        retry: false,
      };
    },

    /** The category navigation tree. */
    categories(state?: SessionState): StorefrontQueryOptions<CategoryTreeItemResult[]> {
      const { locale, key, scope } = keyParts(state);
      return {
        queryKey: keys.categories(scope, key) as never,
        queryFn: async ({ signal }) => readCatalog.categories((await client.request(CATEGORY_TREE, { locale }, { signal, ...(locale ? { locale } : {}) })).site),
        staleTime: STALE_TIME.catalog,
        retry: false,
      };
    },

    /** Store name, locales and currency: the same for every shopper and locale. */
    settings(): StorefrontQueryOptions<SiteSettings | null> {
      return {
        queryKey: keys.settings() as never,
        queryFn: async ({ signal }) => readCatalog.settings((await client.request(SITE_SETTINGS, {}, { signal })).site),
        staleTime: STALE_TIME.settings,
        retry: false,
      };
    },
  };
}
