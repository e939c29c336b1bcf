import { useQuery } from '@tanstack/vue-query';
import { toValue, type MaybeRefOrGetter } from 'vue';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/** A product page's product (options, variants, stock, images); `data` is `null` when unknown. A ref or getter id refetches on change. */
export function useProduct(entityId: MaybeRefOrGetter<number>) {
  const context = injectStorefront('useProduct');
  const state = sessionRef(context);
  return useQuery(() => context.queries.product(toValue(entityId), state.value), context.queryClient);
}
