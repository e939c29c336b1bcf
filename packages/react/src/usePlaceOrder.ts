'use client';

import { useMutation } from '@tanstack/react-query';
import { useStorefront } from './useStorefront.js';

/** Places the order: completeCheckout and the payment run on the server under one correlation id. Rejects with PaymentDeclinedError (try another card) or PaymentOutcomeUnknownError (never pay again unchecked). */
export function usePlaceOrder() {
  return useMutation(useStorefront().queries.placeOrder());
}
