import type { CartBefore, CartResult, RemoveCartLineVariables } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
/** Removes a line (the last one deletes the cart); the answer replaces the cached cart, no refetch. */
export declare function useRemoveCartLine(): CreateMutationResult<CartResult | null, Error, RemoveCartLineVariables, CartBefore>;
