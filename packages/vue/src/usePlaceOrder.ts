import { layerMutation } from './layerMutation.js';
import type { StorefrontMutation } from './StorefrontContext.js';

/** Places the order (completeCheckout and the payment on the server, one correlation id); rejects with PaymentDeclinedError (try another card) or PaymentOutcomeUnknownError (never pay again unchecked). */
export const usePlaceOrder = (): StorefrontMutation<'placeOrder'> => layerMutation('usePlaceOrder', 'placeOrder');
