import { secretMatches } from '../http/attributeClientIp.js';
import { bcError, isRecord, jsonResponse, parseJsonBody } from '../http/responses.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { signPaymentAccessToken } from '../payments/paymentAccessToken.js';
import { acceptedPaymentMethods } from '../payments/acceptedPaymentMethods.js';
import { orderProductsV2, orderV2 } from './ordersV2.js';
import { createRefund, createRefundQuote } from './refundHandlers.js';

/** v2 errors are a list of `{ status, message }` (reference/orders.v2.oas2.yml). */
function v2NotFound(): SandboxResponse {
  return jsonResponse(404, [{ status: 404, message: 'The requested resource was not found.' }]);
}

function orderId(segment: string | undefined): number | null {
  if (!segment || !/^\d{1,9}$/.test(segment)) return null;
  return Number(segment);
}

/**
 * The Management API under `/stores/{hash}/v2` and `/v3`, authenticated by `X-Auth-Token`:
 * payment access tokens and accepted methods (reference/payments/*.yml), orders on v2, and the
 * refund payment actions on v3 (reference/orders.v3.yml).
 */
export function createManagementHandler(platform: SandboxPlatform): (req: SandboxRequest, version: 'v2' | 'v3', rest: string[]) => Promise<SandboxResponse> {
  return async (req, version, rest) => {
    if (!secretMatches(req.headers['x-auth-token'], platform.config.managementToken))
      // BigCommerce answers a missing or wrong token with 401 and this title (observed; the docs list only the status).
      return bcError(401, 'No valid credentials were found in this request');
    const [first, second, third, fourth] = rest;
    const method = req.method;
    // docs/start/about/status-codes.mdx: 415 for a missing or unsupported Content-Type.
    if ((method === 'POST' || method === 'PUT') && !(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json'))
      return bcError(415, 'Unsupported Media Type', { detail: 'Send the body as JSON with Content-Type: application/json.' });

    if (version === 'v3' && first === 'payments' && second === 'access_tokens' && rest.length === 2) {
      if (method !== 'POST') return bcError(405, 'Method Not Allowed');
      const body = parseJsonBody(req.body);
      const id = isRecord(body) && isRecord(body.order) ? body.order.id : undefined;
      if (typeof id !== 'number' || !Number.isInteger(id)) return bcError(422, 'JSON data is missing or invalid', { errors: { 'order.id': 'is required and must be an integer' } });
      const order = platform.store.orders.get(id);
      // reference/payments/access-tokens_payments.v3.yml lists 404 for a missing resource.
      if (!order) return bcError(404, 'Order could not be found.', { code: 30003 });
      if (order.status !== 'Incomplete' && order.status !== 'Awaiting Payment')
        return bcError(422, 'Order is invalid.', { code: 30101, detail: `Order ${id} is ${order.status}; payment access tokens are only issued for unpaid orders.` });
      const token = await signPaymentAccessToken(
        platform.keys.paymentSecret,
        platform.config.storeHash,
        { store_id: platform.config.storeId, order_id: order.id, amount: order.total, currency: order.currencyCode },
        platform.clock,
      );
      return jsonResponse(201, { data: { id: token }, meta: {} });
    }

    if (version === 'v3' && first === 'payments' && second === 'methods' && rest.length === 2) {
      if (method !== 'GET') return bcError(405, 'Method Not Allowed');
      const orderParam = req.url.searchParams.get('order_id');
      const checkoutParam = req.url.searchParams.get('checkout_id');
      if (orderParam === null && checkoutParam === null) return bcError(400, 'Request has been rejected', { detail: 'Pass order_id or checkout_id.' });
      let customerId: number | null = null;
      if (orderParam !== null) {
        const order = platform.store.orders.get(orderId(orderParam) ?? -1);
        if (!order) return bcError(404, 'Order could not be found.');
        customerId = order.customerEntityId;
      } else {
        const cart = platform.store.carts.get(checkoutParam!);
        if (!cart) return bcError(404, 'Checkout could not be found.');
        customerId = cart.customerEntityId;
      }
      const customer = customerId === null ? null : (platform.store.customers.get(customerId) ?? null);
      return jsonResponse(200, { data: acceptedPaymentMethods(platform.keys.paymentSecret, customer), meta: {} });
    }

    if (version === 'v2' && first === 'orders' && (rest.length === 2 || (rest.length === 3 && third === 'products'))) {
      if (method !== 'GET') return jsonResponse(405, [{ status: 405, message: 'Method Not Allowed' }]);
      const order = platform.store.orders.get(orderId(second) ?? -1);
      if (!order) return v2NotFound();
      if (third === 'products') return jsonResponse(200, orderProductsV2(order));
      const refunded = platform.refunds.list(order.id).reduce((s, r) => s + Math.round(r.total_amount * 100), 0);
      return jsonResponse(200, orderV2(order, refunded, platform.config.origin, platform.config.storeHash));
    }

    if (version === 'v3' && first === 'orders' && third === 'payment_actions' && rest.length === 4) {
      const id = orderId(second);
      const order = id === null ? undefined : platform.store.orders.get(id);
      if (fourth === 'refund_quotes') {
        if (method !== 'POST') return bcError(405, 'Method Not Allowed');
        if (!order) return bcError(404, `Order ${second} not found`);
        return createRefundQuote(platform, order, req);
      }
      if (fourth === 'refunds') {
        if (!order) return bcError(404, `Order ${second} not found`);
        if (method === 'GET') return jsonResponse(200, { data: platform.refunds.list(order.id), meta: {} });
        if (method === 'POST') return createRefund(platform, order, req);
        return bcError(405, 'Method Not Allowed');
      }
    }

    if (version === 'v2') return v2NotFound();
    return bcError(404, 'Not Found', { detail: `The sandbox does not serve ${method} /${version}/${rest.join('/')}.` });
  };
}
