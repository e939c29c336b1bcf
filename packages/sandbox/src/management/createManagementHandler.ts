import { addRoute, createRouter, findRoute } from 'rou3';
import { secretMatches } from '../http/attributeClientIp.js';
import { bcError, isRecord, jsonResponse, parseJsonBody } from '../http/responses.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { signPaymentAccessToken } from '../payments/paymentAccessToken.js';
import { acceptedPaymentMethods } from '../payments/acceptedPaymentMethods.js';
import { orderProductsV2, orderV2 } from './ordersV2.js';
import { createRefund, createRefundQuote } from './refundHandlers.js';
import { tokenRoutes } from './tokenRoutes.js';
import { catalogRoutes } from './catalogRoutes.js';
import { webhookRoutes } from './webhookRoutes.js';
import { amountDue } from '../store/giftCertificateUse.js';

/** One Management API route: what it answers, given the path's parameters. */
type ManagementRoute = (platform: SandboxPlatform, req: SandboxRequest, params: Record<string, string>) => SandboxResponse | Promise<SandboxResponse>;

/** v2 errors are a list of `{ status, message }` (reference/orders.v2.oas2.yml). */
function v2NotFound(): SandboxResponse {
  return jsonResponse(404, [{ status: 404, message: 'The requested resource was not found.' }]);
}

const notAllowed: ManagementRoute = () => bcError(405, 'Method Not Allowed');
const v2NotAllowed: ManagementRoute = () => jsonResponse(405, [{ status: 405, message: 'Method Not Allowed' }]);

function orderId(segment: string | undefined): number | null {
  if (!segment || !/^\d{1,9}$/.test(segment)) return null;
  return Number(segment);
}

const createAccessToken: ManagementRoute = async (platform, req) => {
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
    { store_id: platform.config.storeId, order_id: order.id, amount: amountDue(order), currency: order.currencyCode },
    platform.clock,
  );
  return jsonResponse(201, { data: { id: token }, meta: {} });
};

const paymentMethods: ManagementRoute = (platform, req) => {
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
};

const orderOfV2: ManagementRoute = (platform, _req, { id }) => {
  const order = platform.store.orders.get(orderId(id) ?? -1);
  if (!order) return v2NotFound();
  const refunded = platform.refunds.list(order.id).reduce((s, r) => s + Math.round(r.total_amount * 100), 0);
  return jsonResponse(200, orderV2(order, refunded, platform.config.origin, platform.config.storeHash));
};

const orderProductsOfV2: ManagementRoute = (platform, _req, { id }) => {
  const order = platform.store.orders.get(orderId(id) ?? -1);
  return order ? jsonResponse(200, orderProductsV2(order)) : v2NotFound();
};

const refundQuote: ManagementRoute = (platform, req, { id }) => {
  const order = platform.store.orders.get(orderId(id) ?? -1);
  return order ? createRefundQuote(platform, order, req) : bcError(404, `Order ${id} not found`);
};

// Any method: an unknown order is a 404 before the method is looked at.
const refunds: ManagementRoute = (platform, req, { id }) => {
  const order = platform.store.orders.get(orderId(id) ?? -1);
  if (!order) return bcError(404, `Order ${id} not found`);
  if (req.method === 'GET') return jsonResponse(200, { data: platform.refunds.list(order.id), meta: {} });
  if (req.method === 'POST') return createRefund(platform, order, req);
  return bcError(405, 'Method Not Allowed');
};

// Each path with the methods it answers, and a route for any other method (the method-less
// entry, which rou3 falls back to) that says 405 in that API version's error shape.
const router = createRouter<ManagementRoute>();
const routes: [method: string, path: string, route: ManagementRoute][] = [
  ['POST', '/v3/payments/access_tokens', createAccessToken],
  ['', '/v3/payments/access_tokens', notAllowed],
  ['GET', '/v3/payments/methods', paymentMethods],
  ['', '/v3/payments/methods', notAllowed],
  ['GET', '/v2/orders/:id', orderOfV2],
  ['', '/v2/orders/:id', v2NotAllowed],
  ['GET', '/v2/orders/:id/products', orderProductsOfV2],
  ['', '/v2/orders/:id/products', v2NotAllowed],
  ['POST', '/v3/orders/:id/payment_actions/refund_quotes', refundQuote],
  ['', '/v3/orders/:id/payment_actions/refund_quotes', notAllowed],
  ['', '/v3/orders/:id/payment_actions/refunds', refunds],
  ...tokenRoutes,
  ['', '/v3/storefront/api-token', notAllowed],
  ['', '/v3/storefront/api-token-private', notAllowed],
  ['', '/v3/storefront/api-token-customer-impersonation', notAllowed],
  ...webhookRoutes,
  ['', '/v3/hooks', notAllowed],
  ['', '/v3/hooks/:id', notAllowed],
  ...catalogRoutes,
  ['', '/v3/catalog/products/:id', notAllowed],
  ['', '/v3/catalog/products/:id/variants/:variantId', notAllowed],
  ['', '/v3/catalog/trees/categories', notAllowed],
];
for (const [method, path, route] of routes) addRoute(router, method, path, route);

/**
 * The Management API under `/stores/{hash}/v2` and `/v3`, authenticated by `X-Auth-Token`:
 * payment access tokens and accepted methods (reference/payments/*.yml), orders on v2, and the
 * refund payment actions on v3 (reference/orders.v3.yml), the GraphQL token endpoints
 * (`tokenRoutes`), webhooks (`webhookRoutes`) and catalog writes that fire them (`catalogRoutes`). `path` is the part after the store,
 * e.g. `/v3/payments/access_tokens`.
 */
export function createManagementHandler(platform: SandboxPlatform): (req: SandboxRequest, path: string) => Promise<SandboxResponse> {
  return async (req, path) => {
    if (!secretMatches(req.headers['x-auth-token'], platform.config.managementToken))
      // BigCommerce answers a missing or wrong token with 401 and this title (observed; the docs list only the status).
      return bcError(401, 'No valid credentials were found in this request');
    const method = req.method;
    // docs/start/about/status-codes.mdx: 415 for a missing or unsupported Content-Type.
    if ((method === 'POST' || method === 'PUT') && !(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json'))
      return bcError(415, 'Unsupported Media Type', { detail: 'Send the body as JSON with Content-Type: application/json.' });
    const match = findRoute(router, method, path);
    if (match) return match.data(platform, req, match.params ?? {});
    if (/^\/v2(\/|$)/.test(path)) return v2NotFound();
    return bcError(404, 'Not Found', { detail: `The sandbox does not serve ${method} ${path}.` });
  };
}
