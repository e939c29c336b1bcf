import type { CartBefore, CartResult, RemoveCartLineVariables } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
import { storefrontMutation } from './storefrontQuery.js';

/** Removes a line (the last one deletes the cart); the answer replaces the cached cart, no refetch. */
export function useRemoveCartLine(): CreateMutationResult<CartResult | null, Error, RemoveCartLineVariables, CartBefore> {
  return storefrontMutation('useRemoveCartLine', (queries) => queries.removeCartLine());
}
