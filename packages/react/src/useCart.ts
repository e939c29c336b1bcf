'use client';

import { useQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** The shopper's cart; `data` is `null` when there is none (and no request is made). */
export function useCart() {
  const { queries } = useStorefront();
  return useQuery(queries.cart(useSession()));
}
