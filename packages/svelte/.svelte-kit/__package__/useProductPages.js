import { createInfiniteQuery } from '@tanstack/svelte-query';
import { getStorefrontContext } from './storefrontContext.js';
/** The product list as an infinite query ("Load more"): `fetchNextPage()` follows the cursor. */
export function useProductPages(params) {
    const { queries, sessionState } = getStorefrontContext('useProductPages');
    return createInfiniteQuery(() => queries.productPages(params?.(), sessionState.current));
}
