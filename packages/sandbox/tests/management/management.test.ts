import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import type { SandboxOrder } from '../../src/store/SandboxStore.js';
import { addOrder, card, management, pay, paymentAccessToken, startSandbox } from '../support/sandboxFixtures.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ refundProcessingMs: 400 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function paidOrder(): Promise<SandboxOrder> {
  const order = addOrder(sandbox);
  expect((await pay(sandbox, await paymentAccessToken(sandbox, order.id), card('4111111111111111'))).status).toBe(201);
  return order;
}

async function quote(orderId: number, items: unknown): Promise<{ status: number; body: Record<string, any> }> {
  const res = await management(sandbox, `/v3/orders/${orderId}/payment_actions/refund_quotes`, { method: 'POST', body: { items } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function refund(orderId: number, items: unknown, amount: number): Promise<{ status: number; body: Record<string, any> }> {
  const res = await management(sandbox, `/v3/orders/${orderId}/payment_actions/refunds`, {
    method: 'POST',
    body: { items, payments: [{ provider_id: 'stripe', amount, offline: false }] },
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('Management API authentication', () => {
  it('answers 401 with BigCommerce’s body for a missing or wrong X-Auth-Token, on v2 and v3', async () => {
    const order = addOrder(sandbox);
    for (const path of ['/v3/payments/methods?order_id=1', `/v2/orders/${order.id}`, `/v3/orders/${order.id}/payment_actions/refunds`]) {
      for (const token of ['', 'wrong-token']) {
        const res = await management(sandbox, path, { headers: { 'x-auth-token': token } });
        expect(res.status).toBe(401);
        expect(await res.json()).toMatchObject({ status: 401, title: expect.any(String), type: expect.any(String) });
      }
    }
  });
});

describe('content type', () => {
  it('answers a POST without Content-Type: application/json with 415', async () => {
    const order = addOrder(sandbox);
    const res = await management(sandbox, '/v3/payments/access_tokens', { method: 'POST', body: { order: { id: order.id } }, headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
  });
});

describe('payment access tokens and methods', () => {
  it('issues a PAT for an unpaid order only', async () => {
    const order = addOrder(sandbox);
    const res = await management(sandbox, '/v3/payments/access_tokens', { method: 'POST', body: { order: { id: order.id } } });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { id: string } };
    const claims = JSON.parse(Buffer.from(data.id.split('.')[1]!, 'base64url').toString()) as Record<string, any>;
    expect(claims).toMatchObject({ iss: 'payments.bigcommerce.com', sub: sandbox.storeHash, data: { order_id: order.id, amount: 5900, currency: 'USD' } });
    expect(claims.exp - claims.iat).toBe(3600);

    const missing = await management(sandbox, '/v3/payments/access_tokens', { method: 'POST', body: { order: { id: 123456 } } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404, code: 30003 });
    const bad = await management(sandbox, '/v3/payments/access_tokens', { method: 'POST', body: '{oops' });
    expect(bad.status).toBe(422);
    await paidOrder().then(async (paid) => {
      const again = await management(sandbox, '/v3/payments/access_tokens', { method: 'POST', body: { order: { id: paid.id } } });
      expect(again.status).toBe(422);
      expect(await again.json()).toMatchObject({ code: 30101 });
    });
  });

  it('lists accepted methods for an order', async () => {
    const order = addOrder(sandbox);
    const res = await management(sandbox, `/v3/payments/methods?order_id=${order.id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Array<Record<string, any>>; meta: object };
    expect(body.data[0]).toMatchObject({ id: 'stripe.card', type: 'card', test_mode: true, stored_instruments: [] });
    expect(body.data[0]!.supported_instruments).toContainEqual({ instrument_type: 'VISA', verification_value_required: true });
    expect((await management(sandbox, '/v3/payments/methods')).status).toBe(400);
    expect((await management(sandbox, '/v3/payments/methods?order_id=999999')).status).toBe(404);
  });
});

describe('orders (served on v2, as BigCommerce does)', () => {
  it('returns the order and its products with the ids refunds use', async () => {
    const order = await paidOrder();
    const res = await management(sandbox, `/v2/orders/${order.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: order.id, status: 'Awaiting Fulfillment', status_id: 11, total_inc_tax: '59.0000', currency_code: 'USD', refunded_amount: '0.0000', payment_status: 'captured' });
    const products = (await (await management(sandbox, `/v2/orders/${order.id}/products`)).json()) as Array<Record<string, any>>;
    expect(products.map((p) => [p.id, p.quantity, p.price_inc_tax])).toEqual([
      [order.lines[0]!.id, 2, '12.0000'],
      [order.lines[1]!.id, 1, '30.0000'],
    ]);
    const missing = await management(sandbox, '/v2/orders/424242');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual([{ status: 404, message: expect.any(String) }]);
    expect((await management(sandbox, `/v3/orders/${order.id}`)).status).toBe(404);
  });
});

describe('refunds', () => {
  it('quotes, refunds the quoted amount, lists the refund and updates the order', async () => {
    const order = await paidOrder();
    const items = [{ item_type: 'PRODUCT', item_id: order.lines[0]!.id, quantity: 1 }, { item_type: 'SHIPPING', item_id: order.id, amount: 5 }];
    const q = await quote(order.id, items);
    expect(q.status).toBe(201);
    expect(q.body.data).toMatchObject({ total_refund_amount: 17, total_refund_tax_amount: 1, adjustment: 0 });
    const method = q.body.data.refund_methods[0][0];
    expect(method).toMatchObject({ provider_id: 'stripe', amount: 17, offline: false });

    const r = await refund(order.id, items, method.amount);
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ order_id: order.id, total_amount: 17, total_tax: 1, payments: [{ provider_id: 'stripe', amount: 17, is_declined: false }] });

    const list = (await (await management(sandbox, `/v3/orders/${order.id}/payment_actions/refunds`)).json()) as { data: unknown[] };
    expect(list.data).toEqual([r.body.data]);
    expect(sandbox.store.orders.get(order.id)!.status).toBe('Partially Refunded');
    expect(await (await management(sandbox, `/v2/orders/${order.id}`)).json()).toMatchObject({ refunded_amount: '17.0000' });
  });

  it('refuses a refund whose amount does not match the quote (422, data-list error body)', async () => {
    const order = await paidOrder();
    const items = [{ item_type: 'PRODUCT', item_id: order.lines[1]!.id, quantity: 1 }];
    const r = await refund(order.id, items, 29.99);
    expect(r.status).toBe(422);
    expect(r.body.data[0]).toMatchObject({ status: 422, title: expect.stringContaining('does not match') });
    expect((await refund(order.id, items, 30)).status).toBe(201);
  });

  it('never refunds more than was paid', async () => {
    const order = await paidOrder();
    const all = [{ item_type: 'ORDER', item_id: order.id, amount: 59 }];
    expect((await refund(order.id, all, 59)).status).toBe(201);
    expect(sandbox.store.orders.get(order.id)!.status).toBe('Refunded');
    const again = await refund(order.id, [{ item_type: 'ORDER', item_id: order.id, amount: 1 }], 1);
    expect(again.status).toBe(422);
    const q = await quote(order.id, [{ item_type: 'ORDER', item_id: order.id, amount: 1 }]);
    expect(q.status).toBe(422);

    const other = await paidOrder();
    const over = await refund(other.id, [{ item_type: 'ORDER', item_id: other.id, amount: 60 }], 60);
    expect(over.status).toBe(422);
    expect(over.body.data[0].title).toContain('exceeds');
    const overQuantity = await quote(other.id, [{ item_type: 'PRODUCT', item_id: other.lines[0]!.id, quantity: 3 }]);
    expect(overQuantity.status).toBe(422);
  });

  it('processes refunds on one order one at a time: a concurrent second refund is refused with 409', async () => {
    const order = await paidOrder();
    const items = [{ item_type: 'ORDER', item_id: order.id, amount: 10 }];
    const [first, second] = await Promise.all([refund(order.id, items, 10), refund(order.id, items, 10)]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const list = (await (await management(sandbox, `/v3/orders/${order.id}/payment_actions/refunds`)).json()) as { data: unknown[] };
    expect(list.data).toHaveLength(1);
    expect((await refund(order.id, items, 10)).status).toBe(201);
  });

  it('refuses refunds of an unpaid order and bad items with 422, unknown orders with 404', async () => {
    const unpaid = addOrder(sandbox);
    expect((await quote(unpaid.id, [{ item_type: 'ORDER', item_id: unpaid.id, amount: 1 }])).status).toBe(422);
    const paid = await paidOrder();
    for (const items of [[], [{ item_type: 'PRODUCT', item_id: 1, quantity: 1 }], [{ item_type: 'ORDER', item_id: paid.id, amount: -1 }], [{ item_type: 'GIFT', item_id: 1 }], 'x']) {
      const q = await quote(paid.id, items);
      expect(q.status, JSON.stringify(items)).toBe(422);
      expect(q.body).toMatchObject({ status: 422, errors: expect.any(Object) });
    }
    expect((await quote(999999, [])).status).toBe(404);
    const garbage = await management(sandbox, `/v3/orders/${paid.id}/payment_actions/refunds`, { method: 'POST', body: '{{{' });
    expect(garbage.status).toBe(400);
  });
});
