import type { StorefrontQueries, ViewParts, ViewQueryClient } from '@bc-headless/core/queries';
import { productListVariables } from './catalogPaging.js';
import { matchRoute } from './matchRoute.js';

/**
 * What the demos' page at `location` reads: the header's settings, category tree, signed-in
 * customer and cart on every page, plus the grid of a home, category or search page (the exact
 * params its `useProducts` passes, so the keys match) or a product page's product.
 */
export function firstViewParts(location: { pathname: string; search: string }): ViewParts {
  const route = matchRoute(location.pathname, new URLSearchParams(location.search));
  const view: ViewParts = { settings: true, categories: true, customer: true, cart: true };
  if (route.name === 'home' || route.name === 'category' || route.name === 'search') {
    view.products = productListVariables({
      ...(route.name === 'category' ? { categoryEntityId: route.categoryEntityId } : {}),
      ...(route.name === 'search' ? { searchTerm: route.searchTerm } : {}),
      after: route.after,
      before: route.before,
    });
  } else if (route.name === 'product') {
    view.product = route.entityId;
  }
  return view;
}

/**
 * Render-as-you-fetch: asks for the current page's catalog data while the framework is still
 * starting, in one GraphQL request (`queries.prefetchView`), a product page's product included.
 * The hooks find the same cache entries (same keys) instead of asking again. Pass each
 * framework's TanStack `QueryClient` (they all are query-core's). The promise settles when the data
 * is in and never rejects: if the request fails nothing is cached, and the hooks ask on their own.
 */
export function prefetchFirstView(
  queryClient: ViewQueryClient,
  queries: Pick<StorefrontQueries, 'prefetchView'>,
  location: { pathname: string; search: string },
): Promise<void> {
  return queries.prefetchView(queryClient, firstViewParts(location));
}
