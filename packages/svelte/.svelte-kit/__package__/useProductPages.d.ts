import type { ProductListParams, ProductPageResult } from '@bc-headless/core/queries';
import { type CreateInfiniteQueryResult, type InfiniteData } from '@tanstack/svelte-query';
/** The product list as an infinite query ("Load more"): `fetchNextPage()` follows the cursor. */
export declare function useProductPages(params?: () => ProductListParams): CreateInfiniteQueryResult<InfiniteData<ProductPageResult, string | null>>;
