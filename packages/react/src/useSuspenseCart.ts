'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** `useCart` for Suspense and streaming: suspends until loaded; `data` is `null` when there is no cart. */
export function useSuspenseCart() {
  const { queries } = useStorefront();
  return useSuspenseQuery(queries.cart(useSession()));
}
