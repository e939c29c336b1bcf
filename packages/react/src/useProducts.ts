'use client';

import type { ProductPageParams } from '@bc-headless/core/queries';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/**
 * One page of products (whole catalog, a category or a search), paged by cursor
 * (`params.after` = `data.pageInfo.endCursor`). The previous page stays on screen while the next
 * one loads (`isPlaceholderData` says so), so a grid never flashes empty between pages.
 */
export function useProducts(params?: ProductPageParams) {
  const { queries } = useStorefront();
  return useQuery({ ...queries.products(params, useSession()), placeholderData: keepPreviousData });
}
