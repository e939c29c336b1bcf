import { useMutation } from '@tanstack/vue-query';
import type { StorefrontMutation } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/** Removes a cart line; removing the last one deletes the cart. */
export function useRemoveCartLine(): StorefrontMutation<'removeCartLine'> {
  const { queries, queryClient } = injectStorefront('useRemoveCartLine');
  return useMutation(queries.removeCartLine(), queryClient);
}
