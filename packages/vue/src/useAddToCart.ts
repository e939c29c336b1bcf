import { useMutation } from '@tanstack/vue-query';
import type { StorefrontMutation } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/** Adds a line to the cart (creating the cart when needed); the answer replaces the cached cart, no refetch. */
export function useAddToCart(): StorefrontMutation<'addToCart'> {
  const { queries, queryClient } = injectStorefront('useAddToCart');
  return useMutation(queries.addToCart(), queryClient);
}
