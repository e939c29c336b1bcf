import type { CartBefore, CartResult, UpdateCartLineVariables } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
import { storefrontMutation } from './storefrontQuery.js';

/** Changes a line's quantity (0 removes it); the answer replaces the cached cart, no refetch. */
export function useUpdateCartLine(): CreateMutationResult<CartResult | null, Error, UpdateCartLineVariables, CartBefore> {
  return storefrontMutation('useUpdateCartLine', (queries) => queries.updateCartLine());
}
