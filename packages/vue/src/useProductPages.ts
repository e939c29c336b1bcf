import type { ProductListParams } from '@bc-headless/core/queries';
import { useInfiniteQuery } from '@tanstack/vue-query';
import { toValue, type MaybeRefOrGetter } from 'vue';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/** The product list as an infinite query ("Load more"): `fetchNextPage` follows the cursor; a change of `params` starts over. */
export function useProductPages(params?: MaybeRefOrGetter<ProductListParams | undefined>) {
  const context = injectStorefront('useProductPages');
  const state = sessionRef(context);
  return useInfiniteQuery(() => context.queries.productPages(toValue(params), state.value), context.queryClient);
}
