'use client';

import { useQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** The signed-in customer's profile; `data` is `null` for a guest (and no request is made). */
export function useCustomer() {
  const { queries } = useStorefront();
  return useQuery(queries.customer(useSession()));
}
