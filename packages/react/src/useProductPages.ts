'use client';

import type { ProductListParams } from '@bc-headless/core/queries';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** The product list as an infinite query ("Load more"): `fetchNextPage` follows the cursor. */
export function useProductPages(params?: ProductListParams) {
  const { queries } = useStorefront();
  return useInfiniteQuery(queries.productPages(params, useSession()));
}
