import { useMutation } from '@tanstack/vue-query';
import type { StorefrontMutation } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/** Places the order (completeCheckout and the payment on the server, one correlation id); rejects with PaymentDeclinedError (try another card) or PaymentOutcomeUnknownError (never pay again unchecked). */
export function usePlaceOrder(): StorefrontMutation<'placeOrder'> {
  const { queries, queryClient } = injectStorefront('usePlaceOrder');
  return useMutation(queries.placeOrder(), queryClient);
}
