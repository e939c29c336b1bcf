import { CustomerAccessTokenError } from '../../errors/CustomerAccessTokenError.js';
import { PaymentDeclinedError } from '../../errors/PaymentDeclinedError.js';
import { PaymentOutcomeUnknownError } from '../../errors/PaymentOutcomeUnknownError.js';
import { StorefrontError } from '../../errors/StorefrontError.js';
import { StorefrontGraphQLError } from '../../errors/StorefrontGraphQLError.js';
import { StorefrontHttpError } from '../../errors/StorefrontHttpError.js';
import { COMPLETE_CHECKOUT } from './documents.js';
import { errorToResponse } from './errorToResponse.js';
import type { HandlerContext } from './HandlerContext.js';
import { readJsonBody } from './readJsonBody.js';
import { errorResponse, jsonResponse, methodNotAllowed } from './responses.js';

interface CompleteData {
  checkout: { completeCheckout: { orderEntityId: number | null; paymentAccessToken: string | null } | null };
}

const PAYMENT_METHOD = /^[\w.-]{1,100}$/;

/**
 * `POST /place-order` `{ checkoutEntityId, paymentMethodId, instrument }`: one correlated operation,
 * `completeCheckout` → payment access token (kept on the server) → Payments API. Answers the order
 * id, the payment status and the correlation id. Declines keep the order id for another try; an
 * unknown outcome is reported as such and never retried.
 */
export async function placeOrderRoute(ctx: HandlerContext): Promise<Response> {
  const { request, options, scoped } = ctx;
  if (request.method !== 'POST') return methodNotAllowed(['POST']);
  const body = await readJsonBody(ctx);
  if (body instanceof Response) return body;
  const { checkoutEntityId, paymentMethodId, instrument } = body;
  if (
    typeof checkoutEntityId !== 'string' ||
    !/^[\w-]{1,64}$/.test(checkoutEntityId) ||
    typeof paymentMethodId !== 'string' ||
    !PAYMENT_METHOD.test(paymentMethodId) ||
    !instrument ||
    typeof instrument !== 'object' ||
    Array.isArray(instrument) ||
    typeof (instrument as { type?: unknown }).type !== 'string'
  ) {
    return errorResponse(400, 'BAD_REQUEST', 'POST /place-order needs { "checkoutEntityId": string, "paymentMethodId": string, "instrument": { "type": string, … } }.');
  }
  const correlationId = scoped.correlationId;
  let orderId: number | null = null;
  try {
    return await scoped.operation('place-order', async (op) => {
      const data = await op.request<CompleteData>(COMPLETE_CHECKOUT, { checkoutEntityId });
      const completed = data.checkout.completeCheckout;
      orderId = completed?.orderEntityId ?? null;
      if (!completed || orderId === null || !completed.paymentAccessToken) {
        return errorResponse(409, 'CHECKOUT_NOT_COMPLETED', 'BigCommerce did not create an order for this checkout.', { correlationId: op.correlationId });
      }
      const payment = await op.payments.create({
        paymentAccessToken: completed.paymentAccessToken,
        paymentMethodId,
        instrument: instrument as { type: string },
      });
      return jsonResponse(200, { orderId, paymentStatus: payment.status, paymentId: payment.id, correlationId: op.correlationId });
    });
  } catch (error) {
    const id = (error instanceof StorefrontError && error.correlationId) || correlationId;
    if (error instanceof PaymentDeclinedError) {
      return jsonResponse(402, { orderId, paymentStatus: 'declined', message: error.detail ?? error.title ?? 'The payment was declined.', correlationId: id });
    }
    if (error instanceof PaymentOutcomeUnknownError) {
      options.onError?.(error, { route: '/place-order', correlationId: id });
      // Never retried here, and the browser is told not to either: the card may be charged.
      return jsonResponse(502, { orderId, paymentStatus: 'unknown', message: 'The payment outcome is unknown: check the order before paying again.', correlationId: id });
    }
    if (orderId !== null && error instanceof StorefrontHttpError && error.status < 500) {
      // 400/401 from the Payments API: the instrument was refused before any charge.
      return jsonResponse(422, { orderId, paymentStatus: 'failed', message: 'The payment details were refused.', correlationId: id });
    }
    if (orderId === null && error instanceof StorefrontGraphQLError && !(error instanceof CustomerAccessTokenError)) {
      // completeCheckout answered with GraphQL errors (HTTP 200): BigCommerce refused this checkout
      // (unknown id, already paid, missing address or shipping). That is the request's state, not an
      // upstream failure, and no payment was attempted; a 5xx would tell the shopper to retry.
      return errorResponse(409, 'CHECKOUT_NOT_COMPLETED', 'BigCommerce did not complete this checkout: it does not exist, is already paid, or lacks an address or shipping option. Reload the cart and check the order.', { correlationId: id });
    }
    options.onError?.(error, { route: '/place-order', correlationId: id });
    return errorToResponse(error, id);
  }
}
