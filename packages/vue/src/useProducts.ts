import type { ProductPageParams } from '@bc-headless/core/queries';
import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { toValue, type MaybeRefOrGetter } from 'vue';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/**
 * One page of products (whole catalog, a category or a search), paged by cursor
 * (`after` = `data.pageInfo.endCursor`). `params` may be a ref or a getter: a change refetches.
 * The previous page stays on screen while the next one loads (`isPlaceholderData` says so).
 */
export function useProducts(params?: MaybeRefOrGetter<ProductPageParams | undefined>) {
  const context = injectStorefront('useProducts');
  const state = sessionRef(context);
  return useQuery(() => ({ ...context.queries.products(toValue(params), state.value), placeholderData: keepPreviousData }), context.queryClient);
}
