import { StorefrontError } from './StorefrontError.js';

/**
 * The Payments API declined the payment (HTTP 422 with BigCommerce's error body). Nothing was
 * charged: the shopper may try again, e.g. with another card.
 */
export class PaymentDeclinedError extends StorefrontError {
  declare readonly status: number;
  declare readonly title: string;
  declare readonly detail?: string;
  declare readonly type: string;
  declare readonly code?: string | number;
  declare readonly errors?: unknown;
  /** The order the payment was for, when known (the query layer's `placeOrder` sets it). */
  declare readonly orderId?: number | null;
  override name = 'PaymentDeclinedError';
}
