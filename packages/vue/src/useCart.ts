import { useQuery } from '@tanstack/vue-query';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/** The shopper's cart; `data` is `null` when there is none (and no request is made). */
export function useCart() {
  const context = injectStorefront('useCart');
  const state = sessionRef(context);
  return useQuery(() => context.queries.cart(state.value), context.queryClient);
}
