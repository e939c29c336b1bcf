'use client';

import { useQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** The category navigation tree, in the shopper's locale. */
export function useCategories() {
  const { queries } = useStorefront();
  return useQuery(queries.categories(useSession()));
}
