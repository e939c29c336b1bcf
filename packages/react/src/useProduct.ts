'use client';

import { useQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** A product page's product (options, variants, stock, images); `data` is `null` when unknown. */
export function useProduct(entityId: number) {
  const { queries } = useStorefront();
  return useQuery(queries.product(entityId, useSession()));
}
