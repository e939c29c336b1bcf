import { useQuery } from '@tanstack/vue-query';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/** The category navigation tree, in the shopper's locale. */
export function useCategories() {
  const context = injectStorefront('useCategories');
  const state = sessionRef(context);
  return useQuery(() => context.queries.categories(state.value), context.queryClient);
}
