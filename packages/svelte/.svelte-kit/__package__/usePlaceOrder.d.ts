import type { PlacedOrder, PlaceOrderVariables } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
/**
 * Places the order: completeCheckout and the payment run on the server under one correlation id.
 * Rejects with PaymentDeclinedError (try another card) or PaymentOutcomeUnknownError (never pay again unchecked).
 */
export declare function usePlaceOrder(): CreateMutationResult<PlacedOrder, Error, PlaceOrderVariables, {
    cartId: string | null;
}>;
