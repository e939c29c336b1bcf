import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { card, chargesFor, loggedRequests, management, pay, startSandbox } from '../support/sandboxFixtures.js';
import { completeCheckout, createCart, login } from '../support/storefrontFlow.js';

// Orders placed in this test (live ids start at 100; below are the demo customers' seeded history).
const liveOrders = (sb: Sandbox) => [...sb.store.orders.keys()].filter((id) => id >= 100).length;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ refundProcessingMs: 10 });
});
afterAll(() => sandbox.close());

describe('one checkout as one correlated operation', () => {
  it('carts, checks out over GraphQL, pays, refunds — and the inspector shows it as one timeline', async () => {
    const correlationId = crypto.randomUUID();
    const headers = { 'x-correlation-id': correlationId };
    const token = await login(sandbox, 0, headers);
    const customerHeaders = { ...headers, 'x-bc-customer-access-token': token };
    const cartId = await createCart(sandbox, customerHeaders);
    const { orderId, paymentAccessToken } = await completeCheckout(sandbox, cartId, customerHeaders);
    const order = sandbox.store.orders.get(orderId)!;
    expect(order.status).toBe('Incomplete');
    const hosted = await (await fetch(`${sandbox.url}/checkout?cartId=${cartId}`)).text();
    expect(hosted).toContain(`<td class="num grand-total">${(order.total / 100).toFixed(2)} ${order.currencyCode}</td>`);

    const paid = await pay(sandbox, paymentAccessToken, card('4111111111111111'), { headers });
    expect(paid.status).toBe(201);
    expect(sandbox.store.orders.get(orderId)!.status).toBe('Awaiting Fulfillment');
    expect(await chargesFor(sandbox, orderId)).toEqual([expect.objectContaining({ amount: order.total })]);

    const products = (await (await management(sandbox, `/v2/orders/${orderId}/products`, { headers })).json()) as Array<{ id: number }>;
    const items = [{ item_type: 'PRODUCT', item_id: products[0]!.id, quantity: 1 }];
    const quote = (await (await management(sandbox, `/v3/orders/${orderId}/payment_actions/refund_quotes`, { method: 'POST', body: { items }, headers })).json()) as {
      data: { refund_methods: Array<Array<{ provider_id: string; amount: number }>> };
    };
    const method = quote.data.refund_methods[0]![0]!;
    const refunded = await management(sandbox, `/v3/orders/${orderId}/payment_actions/refunds`, {
      method: 'POST',
      body: { items, payments: [{ provider_id: method.provider_id, amount: method.amount, offline: false }] },
      headers,
    });
    expect(refunded.status).toBe(201);

    const log = await loggedRequests(sandbox, correlationId);
    const graphql = log.filter((e) => e.path === '/graphql');
    expect(graphql.map((e) => e.operationName)).toEqual(['Login', 'CreateCart', 'Billing', 'Cart', 'Ship', 'Option', 'Complete']);
    expect(graphql.map((e) => e.operationType)).toEqual(['mutation', 'mutation', 'mutation', 'query', 'mutation', 'mutation', 'mutation']);
    expect(graphql.slice(1).every((e) => e.customer === true)).toBe(true);
    expect(log.map((e) => e.path).slice(-4)).toEqual([
      `/stores/${sandbox.storeHash}/payments`,
      `/stores/${sandbox.storeHash}/v2/orders/${orderId}/products`,
      `/stores/${sandbox.storeHash}/v3/orders/${orderId}/payment_actions/refund_quotes`,
      `/stores/${sandbox.storeHash}/v3/orders/${orderId}/payment_actions/refunds`,
    ]);
    expect(log.every((e) => (e.status as number) < 300)).toBe(true);

    const html = await (await fetch(`${sandbox.url}/__sandbox`)).text();
    const section = html.split('<section>').find((s) => s.includes(`Operation ${correlationId}`))!;
    expect(section.match(/<tr class=/g)).toHaveLength(log.length);
    expect(section).toContain('mutation Complete');
  });

  it('reset() forgets orders, carts, the ledger, faults and the log but keeps the connection details', async () => {
    const cartId = await createCart(sandbox);
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ match: { path: '/checkout' }, fault: { status: 500 } }) });
    expect((await loggedRequests(sandbox)).length).toBeGreaterThan(0);
    sandbox.reset();
    expect(sandbox.store.carts.has(cartId)).toBe(false);
    expect(liveOrders(sandbox)).toBe(0);
    expect(await loggedRequests(sandbox)).toEqual([]);
    expect(((await (await fetch(`${sandbox.url}/__sandbox/ledger`)).json()) as { data: unknown[] }).data).toEqual([]);
    expect((await fetch(`${sandbox.url}/checkout`)).status).toBe(200);
    const config = (await (await fetch(`${sandbox.url}/__sandbox/config`)).json()) as { storefrontToken: string };
    expect(config.storefrontToken).toBe(sandbox.storefrontToken);
  });

  it('POST /__sandbox/clock moves the sandbox clock and validates its body', async () => {
    const before = sandbox.clock.now();
    const res = await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 3_600_000 }) });
    expect(res.status).toBe(200);
    expect(sandbox.clock.now() - before).toBeGreaterThanOrEqual(3_600_000);
    for (const body of ['{}', '{"advanceMs": -5}', '{"advanceMs": "1"}', 'x', '{"advanceMs": 1e308}']) {
      expect((await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', body })).status).toBe(400);
    }
    expect((await fetch(`${sandbox.url}/checkout`)).status).toBe(200);
  });
});
