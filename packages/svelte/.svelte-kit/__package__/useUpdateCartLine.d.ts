import type { CartBefore, CartResult, UpdateCartLineVariables } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
/** Changes a line's quantity (0 removes it); the answer replaces the cached cart, no refetch. */
export declare function useUpdateCartLine(): CreateMutationResult<CartResult | null, Error, UpdateCartLineVariables, CartBefore>;
