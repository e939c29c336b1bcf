import type { StorefrontQueries } from '@bc-headless/core/queries';
import type { QueryClient } from '@tanstack/query-core';

/**
 * Render-as-you-fetch: asks for the header's data (settings, categories) and, on the home page
 * without a cursor or search, the first product grid, while the framework is still starting; the
 * hooks find the same cache entries (same keys) instead of asking again. Pass each framework's
 * TanStack `QueryClient` (they all are query-core's). The promises settle when the data is in and
 * never reject (failures land in the cache, as the hooks would see them).
 */
export function prefetchFirstView(
  queryClient: Pick<QueryClient, 'prefetchQuery'>,
  queries: Pick<StorefrontQueries, 'settings' | 'categories' | 'products'>,
  location: { pathname: string; search: string },
): Promise<void[]> {
  const pending = [queryClient.prefetchQuery(queries.settings()), queryClient.prefetchQuery(queries.categories())];
  if (location.pathname === '/' && !location.search) pending.push(queryClient.prefetchQuery(queries.products()));
  return Promise.all(pending);
}
