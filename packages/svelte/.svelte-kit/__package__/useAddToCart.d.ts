import type { AddToCartVariables, CartBefore, CartResult } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
/** Adds a line to the cart (creating the cart when needed); the answer replaces the cached cart, no refetch. */
export declare function useAddToCart(): CreateMutationResult<CartResult, Error, AddToCartVariables, CartBefore>;
