'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** `useProduct` for Suspense and streaming: suspends until loaded; `data` is the product or `null` when unknown. */
export function useSuspenseProduct(entityId: number) {
  const { queries } = useStorefront();
  return useSuspenseQuery(queries.product(entityId, useSession()));
}
