import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManagementClient } from '../../src/server/createManagementClient.js';
import { ManagementApiError } from '../../src/server/ManagementApiError.js';
import { card, readyCheckout } from './support/checkout.js';
import { SECRET, startStack, type Stack } from './support/startStack.js';
import { createShopper } from './support/shopper.js';

let stack: Stack;
beforeAll(async () => {
  // A short client timeout and a slow test card make the "unknown outcome" case.
  stack = await startStack({ client: { timeoutMs: 1500 }, sandbox: { slowPaymentDelayMs: 4000 } });
});
afterAll(() => stack.close());

interface PlaceOrderAnswer {
  orderId: number | null;
  paymentStatus: string;
  correlationId: string;
}

async function placeOrder(number: string, ip: string) {
  const shopper = createShopper(stack.origin, ip);
  const checkoutEntityId = await readyCheckout(stack, shopper);
  stack.upstream.length = 0;
  const response = await shopper.fetch(`${stack.api}/place-order`, { method: 'POST', json: { checkoutEntityId, paymentMethodId: 'stripe.card', instrument: card(number) } });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as PlaceOrderAnswer };
}

async function ledger(orderId: number) {
  const response = await fetch(`${stack.sandbox.url}/__sandbox/ledger?orderId=${orderId}`);
  return ((await response.json()) as { data: { kind: string; amount: number; correlationId: string | null }[] }).data;
}

async function requestLog(correlationId: string) {
  const response = await fetch(`${stack.sandbox.url}/__sandbox/requests?correlationId=${correlationId}`);
  return ((await response.json()) as { data: { path: string; operationName: string | null }[] }).data;
}

const paymentCalls = () => stack.upstream.filter((r) => r.path.endsWith('/payments'));

describe('POST /place-order', () => {
  it('completes checkout and pays in one correlated operation; the payment access token stays on the server', async () => {
    const { status, text, body } = await placeOrder('4111111111111111', '198.51.100.70');
    expect(status).toBe(200);
    expect(body).toMatchObject({ orderId: expect.any(Number), paymentStatus: 'success', correlationId: expect.stringMatching(/^[\da-f-]{36}$/) });
    expect(text).not.toMatch(/eyJ|PAT |paymentAccessToken/);
    const charges = await ledger(body.orderId!);
    expect(charges.filter((c) => c.kind === 'charge')).toHaveLength(1);
    expect(charges[0]!.correlationId).toBe(body.correlationId);
    // completeCheckout and the payment share the operation's correlation id.
    const log = await requestLog(body.correlationId);
    expect(log.map((e) => e.path)).toEqual(['/graphql', `/stores/${stack.sandbox.storeHash}/payments`]);
    expect(new Set(stack.upstream.map((r) => r.headers['x-correlation-id']))).toEqual(new Set([body.correlationId]));
    // The trusted-proxy pair rides on the payment too, so BigCommerce sees the shopper there as
    // well; the customer token and the storefront token stay off the Payments API.
    const payment = paymentCalls()[0]!;
    expect(payment.headers['x-bc-trusted-proxy-secret']).toBe(SECRET);
    expect(payment.headers['true-client-ip']).toBe('198.51.100.70');
    expect(payment.headers['x-bc-customer-access-token']).toBeUndefined();
    expect(payment.headers.authorization).toMatch(/^PAT /);
    const attributed = (await requestLog(body.correlationId)) as unknown as { clientIp: string }[];
    expect(attributed.map((e) => e.clientIp)).toEqual(['198.51.100.70', '198.51.100.70']);
  });

  it('returns the order id on a decline so the shopper can try another card; nothing is charged', async () => {
    const { status, body } = await placeOrder('4000000000000002', '198.51.100.71');
    expect(status).toBe(402);
    expect(body).toMatchObject({ orderId: expect.any(Number), paymentStatus: 'declined' });
    expect((await ledger(body.orderId!)).filter((c) => c.kind === 'charge')).toHaveLength(0);
    expect(paymentCalls()).toHaveLength(1);
  });

  it('lets the shopper retry a declined order with another card: same order, one charge', async () => {
    const shopper = createShopper(stack.origin, '198.51.100.74');
    const checkoutEntityId = await readyCheckout(stack, shopper);
    const pay = async (number: string) => {
      const response = await shopper.fetch(`${stack.api}/place-order`, { method: 'POST', json: { checkoutEntityId, paymentMethodId: 'stripe.card', instrument: card(number) } });
      return { status: response.status, body: (await response.json()) as PlaceOrderAnswer };
    };
    const declined = await pay('4000000000000002');
    expect(declined.status).toBe(402);
    const retried = await pay('4111111111111111');
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ orderId: declined.body.orderId, paymentStatus: 'success' });
    expect((await ledger(declined.body.orderId!)).filter((c) => c.kind === 'charge')).toHaveLength(1);
  });

  it('reports an unknown outcome as such and never retries: zero double charges', async () => {
    const { status, body } = await placeOrder('4000000000000077', '198.51.100.72');
    expect(status).toBe(502);
    expect(body).toMatchObject({ orderId: expect.any(Number), paymentStatus: 'unknown' });
    expect(paymentCalls()).toHaveLength(1);
    // The sandbox charged at once and answered late: exactly one charge exists.
    expect((await ledger(body.orderId!)).filter((c) => c.kind === 'charge')).toHaveLength(1);
  });

  it('refuses malformed input before anything goes upstream', async () => {
    const shopper = createShopper(stack.origin);
    stack.upstream.length = 0;
    for (const json of [{}, { checkoutEntityId: 'x' }, { checkoutEntityId: 'x', paymentMethodId: 'stripe.card', instrument: [] }, { checkoutEntityId: '../x', paymentMethodId: 'stripe.card', instrument: { type: 'card' } }]) {
      expect((await shopper.fetch(`${stack.api}/place-order`, { method: 'POST', json })).status).toBe(400);
    }
    expect((await shopper.fetch(`${stack.api}/place-order`)).status).toBe(405);
    expect(stack.upstream).toHaveLength(0);
  });
});

describe('createManagementClient().refundOrder', () => {
  it('quotes then refunds with the quote amounts under one correlation id', async () => {
    const { body } = await placeOrder('4242424242424242', '198.51.100.73');
    const management = createManagementClient({ storeHash: stack.sandbox.storeHash, accessToken: stack.sandbox.managementToken, endpoint: stack.sandbox.url });
    const charged = (await ledger(body.orderId!)).find((c) => c.kind === 'charge')!;
    const result = await management.refundOrder(body.orderId!, [{ item_type: 'ORDER', item_id: body.orderId!, amount: 1 }]);
    expect(result.correlationId).toMatch(/^[\da-f-]{36}$/);
    expect(result.totalRefundAmount).toBe(1);
    const log = await requestLog(result.correlationId);
    expect(log.map((e) => e.path)).toEqual([
      `/stores/${stack.sandbox.storeHash}/v3/orders/${body.orderId}/payment_actions/refund_quotes`,
      `/stores/${stack.sandbox.storeHash}/v3/orders/${body.orderId}/payment_actions/refunds`,
    ]);
    const refunds = (await ledger(body.orderId!)).filter((c) => c.kind === 'refund');
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.correlationId).toBe(result.correlationId);
    expect(refunds[0]!.amount).toBeLessThanOrEqual(charged.amount);
  });

  it('throws a typed error from BigCommerce’s error body', async () => {
    const management = createManagementClient({ storeHash: stack.sandbox.storeHash, accessToken: stack.sandbox.managementToken, endpoint: stack.sandbox.url });
    const error = await management.refundOrder(999_999, [{ item_type: 'ORDER', item_id: 999_999, amount: 1 }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManagementApiError);
    expect((error as ManagementApiError).status).toBe(404);
    expect((error as ManagementApiError).correlationId).toMatch(/^[\da-f-]{36}$/);
    const bad = createManagementClient({ storeHash: stack.sandbox.storeHash, accessToken: 'wrong', endpoint: stack.sandbox.url });
    const unauthorized = await bad.refundOrder(1, [{ item_type: 'ORDER', item_id: 1, amount: 1 }]).catch((e: unknown) => e);
    expect(unauthorized).toBeInstanceOf(ManagementApiError);
    expect((unauthorized as ManagementApiError).status).toBe(401);
  });
});
