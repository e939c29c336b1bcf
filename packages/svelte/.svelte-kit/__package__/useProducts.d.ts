import type { ProductPageParams, ProductPageResult } from '@bc-headless/core/queries';
import { type CreateQueryResult } from '@tanstack/svelte-query';
/**
 * One page of products (whole catalog, a category or a search), paged by cursor
 * (`after` = `data.pageInfo.endCursor`). `params` is a function, so a change of what it reads
 * (`$state`, props) refetches. The previous page stays on screen while the next one loads
 * (`isPlaceholderData` says so), so a grid never flashes empty between pages.
 */
export declare function useProducts(params?: () => ProductPageParams): CreateQueryResult<ProductPageResult>;
