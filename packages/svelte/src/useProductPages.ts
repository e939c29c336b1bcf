import type { ProductListParams, ProductPageResult } from '@bc-headless/core/queries';
import { createInfiniteQuery, type CreateInfiniteQueryResult, type InfiniteData } from '@tanstack/svelte-query';
import { getStorefrontContext } from './storefrontContext.js';

/** The product list as an infinite query ("Load more"): `fetchNextPage()` follows the cursor. */
export function useProductPages(params?: () => ProductListParams): CreateInfiniteQueryResult<InfiniteData<ProductPageResult, string | null>> {
  const { queries, sessionState } = getStorefrontContext('useProductPages');
  return createInfiniteQuery(() => queries.productPages(params?.(), sessionState.current));
}
