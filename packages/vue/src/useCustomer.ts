import { useQuery } from '@tanstack/vue-query';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/** The signed-in customer's profile; `data` is `null` for a guest (and no request is made). */
export function useCustomer() {
  const context = injectStorefront('useCustomer');
  const state = sessionRef(context);
  return useQuery(() => context.queries.customer(state.value), context.queryClient);
}
