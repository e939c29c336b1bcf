import { StorefrontError } from './StorefrontError.js';

/**
 * The payment request was sent but its outcome is unknown (timeout, dropped connection, abort
 * in flight, 5xx, unreadable answer). The card may have been charged: never pay again
 * automatically; check the order's payment status first. `cause` holds the underlying error.
 */
export class PaymentOutcomeUnknownError extends StorefrontError {
  /** The order the payment was for, when known (the query layer's `placeOrder` sets it). */
  declare readonly orderId?: number | null;
  override name = 'PaymentOutcomeUnknownError';
}
