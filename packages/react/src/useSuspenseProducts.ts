'use client';

import type { ProductPageParams } from '@bc-headless/core/queries';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/**
 * `useProducts` for Suspense and streaming: suspends until the page is loaded, so `data` is never
 * `undefined`. No `keepPreviousData` here: a Suspense hook shows its boundary's fallback instead
 * (wrap a page change in `startTransition` to keep the old grid on screen).
 */
export function useSuspenseProducts(params?: ProductPageParams) {
  const { queries } = useStorefront();
  return useSuspenseQuery(queries.products(params, useSession()));
}
