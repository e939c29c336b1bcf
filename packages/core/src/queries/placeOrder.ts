import { NetworkError } from '../errors/NetworkError.js';
import { PaymentDeclinedError } from '../errors/PaymentDeclinedError.js';
import { PaymentOutcomeUnknownError } from '../errors/PaymentOutcomeUnknownError.js';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import { StorefrontHttpError } from '../errors/StorefrontHttpError.js';
import { TimeoutError } from '../errors/TimeoutError.js';
import { CART_SCOPE, type QueryLayerContext } from './QueryLayerContext.js';
import type { StorefrontMutationOptions } from './StorefrontQueryOptions.js';

/** A Payments API instrument, e.g. from `cardInstrument`. */
export interface PaymentInstrument {
  type: string;
  [field: string]: unknown;
}

/** What "Place order" sends. */
export interface PlaceOrderVariables {
  instrument: PaymentInstrument;
  /** The store's payment method (default `stripe.card`, as in BigCommerce's docs and the sandbox). */
  paymentMethodId?: string;
}

/** A placed and paid order: what a confirmation page shows. */
export interface PlacedOrder {
  orderId: number;
  paymentStatus: 'success' | 'pending' | (string & {});
  paymentId: string;
  /** One id for `completeCheckout` and the payment, as in the sandbox's request log. */
  correlationId: string;
}

/** The handler's `POST /place-order` answer, whatever its status. */
interface PlaceOrderAnswer {
  orderId?: number | null;
  paymentStatus?: string;
  message?: string;
  correlationId?: string;
  error?: { code?: string; correlationId?: string };
}

/** The card fields of a checkout form as the Payments API's `card` instrument. */
export function cardInstrument(card: { number: string; name: string; expiryMonth: number | string; expiryYear: number | string; cvv: string }): PaymentInstrument {
  return {
    type: 'card',
    number: card.number.replace(/[\s-]/g, ''),
    cardholder_name: card.name.trim(),
    expiry_month: Number(card.expiryMonth),
    // Two-digit years ("27") are read as 2027: the Payments API wants four digits.
    expiry_year: Number(card.expiryYear) < 100 ? 2000 + Number(card.expiryYear) : Number(card.expiryYear),
    verification_value: card.cvv.trim(),
  };
}

/**
 * Places the order through the storefront handler: `completeCheckout` and the payment run there
 * as one correlated operation (the payment access token never reaches the browser). Rejects with
 * `PaymentDeclinedError` (nothing charged, the cart and checkout stay: try again with another card)
 * or `PaymentOutcomeUnknownError` (maybe charged: never pay again without checking the order);
 * both carry `orderId` and `correlationId`. Never retried. INTERNAL (see `storefrontQueries`).
 */
export function placeOrder(ctx: QueryLayerContext): StorefrontMutationOptions<PlacedOrder, PlaceOrderVariables, { cartId: string | null }> {
  const { session, keys, routes } = ctx;
  return {
    mutationKey: [...keys.all(), 'checkout', 'placeOrder'],
    scope: { id: CART_SCOPE },
    onMutate: () => ({ cartId: session.getSnapshot().cartId }),
    mutationFn: async ({ instrument, paymentMethodId = 'stripe.card' }) => {
      const checkoutEntityId = session.getSnapshot().cartId;
      if (!checkoutEntityId) throw new StorefrontConfigError('placeOrder: the session has no cart, so there is no checkout to complete', { field: 'session.cartId' });
      try {
        return await routes.call<PlacedOrder>('POST', '/place-order', { checkoutEntityId, paymentMethodId, instrument });
      } catch (error) {
        // The request left and no answer came back: the server may have charged the card.
        if (error instanceof TimeoutError || error instanceof NetworkError) {
          throw new PaymentOutcomeUnknownError('placeOrder: no answer from the server; the payment may have gone through: check the order before paying again', { correlationId: error.correlationId }, error);
        }
        if (!(error instanceof StorefrontHttpError)) throw error;
        const answer = (error.body ?? {}) as PlaceOrderAnswer;
        const fields = { orderId: answer.orderId ?? null, paymentStatus: answer.paymentStatus, correlationId: answer.correlationId ?? answer.error?.correlationId ?? error.correlationId };
        if (answer.paymentStatus === 'declined' || answer.paymentStatus === 'failed') {
          const message = answer.message ?? 'The payment was declined.';
          throw new PaymentDeclinedError(`placeOrder: ${message}`, { ...fields, status: error.status, title: message, detail: message, type: answer.paymentStatus }, error);
        }
        if (answer.paymentStatus === 'unknown' || answer.error?.code === 'PAYMENT_OUTCOME_UNKNOWN') {
          throw new PaymentOutcomeUnknownError(`placeOrder: ${answer.message ?? 'the payment outcome is unknown'}`, fields, error);
        }
        throw error;
      }
    },
    // Paid: the cart became the order, so the session forgets it and its cached data goes.
    onSuccess: (_order, _variables, before, { client: queryClient }) => {
      const scope = ctx.scope(session.getSnapshot());
      // The empty cart is cached before the session moves the cart query's key onto it.
      queryClient.setQueryData(keys.cart(scope, null), null);
      if (session.getSnapshot().cartId === before.cartId) session.setCartId(null);
      queryClient.removeQueries({ queryKey: keys.cart(scope, before.cartId) });
      queryClient.removeQueries({ queryKey: keys.checkout(scope, before.cartId) });
    },
  };
}
