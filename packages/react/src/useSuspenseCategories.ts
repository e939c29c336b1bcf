'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/** `useCategories` for Suspense and streaming: suspends until the category tree is loaded. */
export function useSuspenseCategories() {
  const { queries } = useStorefront();
  return useSuspenseQuery(queries.categories(useSession()));
}
