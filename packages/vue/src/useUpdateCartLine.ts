import { useMutation } from '@tanstack/vue-query';
import type { StorefrontMutation } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/** Changes a cart line's quantity (0 removes it); the answer replaces the cached cart. */
export function useUpdateCartLine(): StorefrontMutation<'updateCartLine'> {
  const { queries, queryClient } = injectStorefront('useUpdateCartLine');
  return useMutation(queries.updateCartLine(), queryClient);
}
