import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { addOrder, card, chargesFor, management, pay, paymentAccessToken, startSandbox } from '../support/sandboxFixtures.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ slowPaymentDelayMs: 1500 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('Payments API', () => {
  it('charges a good card once: 201, the order moves to Awaiting Fulfillment, one ledger entry', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    const res = await pay(sandbox, pat, card('4111111111111111'), { headers: { 'x-correlation-id': 'pay-ok' } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { data: { id: string; status: string; transaction_type: string } };
    expect(body.data).toMatchObject({ status: 'success', transaction_type: 'purchase' });
    expect(body.data.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sandbox.store.orders.get(order.id)!.status).toBe('Awaiting Fulfillment');
    expect(await chargesFor(sandbox, order.id)).toEqual([expect.objectContaining({ amount: 5900, correlationId: 'pay-ok', id: body.data.id })]);
  });

  it('declines the decline card with 422 and BigCommerce’s error body, charging nothing', async () => {
    const order = addOrder(sandbox);
    const res = await pay(sandbox, await paymentAccessToken(sandbox, order.id), card('4000000000000002'));
    expect(res.status).toBe(422);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 422, code: 30104, title: expect.stringContaining('problem processing your card') });
    expect(typeof body.type).toBe('string');
    expect(sandbox.store.orders.get(order.id)!.status).toBe('Incomplete');
    expect(await chargesFor(sandbox, order.id)).toHaveLength(0);
  });

  it('refuses a second payment of a paid order (30101), so a retry never charges twice', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    expect((await pay(sandbox, pat, card('4111111111111111'))).status).toBe(201);
    const again = await pay(sandbox, pat, card('4111111111111111'));
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ status: 422, code: 30101, title: 'Order is invalid.' });
    expect(await chargesFor(sandbox, order.id)).toHaveLength(1);
  });

  it('charges once when two payments for one order race', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    const statuses = (await Promise.all([pay(sandbox, pat, card('4111111111111111')), pay(sandbox, pat, card('4111111111111111'))])).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 422]);
    expect(await chargesFor(sandbox, order.id)).toHaveLength(1);
  });

  it('refuses an expired payment access token (one hour on the sandbox clock) with 401', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    sandbox.clock.advance(3600 * 1000 + 1000);
    const res = await pay(sandbox, pat, card('4111111111111111'));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ status: 401, detail: expect.stringContaining('expired') });
    expect(await chargesFor(sandbox, order.id)).toHaveLength(0);
  });

  it('refuses a token whose bound amount no longer matches the order (30004)', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    sandbox.store.orders.get(order.id)!.total = 100;
    const res = await pay(sandbox, pat, card('4111111111111111'));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 30004 });
  });

  it('refuses missing, malformed and forged tokens with 401', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    const [header, payload] = pat.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const authorization of ['', `Bearer ${pat}`, 'PAT not-a-jwt', `PAT ${forged}`]) {
      const res = await pay(sandbox, pat, card('4111111111111111'), { headers: { authorization } });
      expect(res.status, authorization).toBe(401);
    }
    expect(await chargesFor(sandbox, order.id)).toHaveLength(0);
  });

  it('requires Accept: application/vnd.bc.v1+json', async () => {
    const order = addOrder(sandbox);
    const res = await pay(sandbox, await paymentAccessToken(sandbox, order.id), card('4111111111111111'), { headers: { accept: 'application/json' } });
    expect(res.status).toBe(406);
  });

  it('answers bad bodies with 400/422 naming the fields, never 500', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    const bodies = ['{not json', '[]', '{"payment":1}', JSON.stringify({ payment: { instrument: { type: 'card' }, payment_method_id: 'stripe.card' } }), JSON.stringify({ payment: { instrument: card('4111111111111111') } }), JSON.stringify({ payment: { instrument: { type: 'bitcoin' }, payment_method_id: 'stripe.card' } })];
    for (const body of bodies) {
      const res = await pay(sandbox, pat, {}, { body });
      expect([400, 422], body).toContain(res.status);
      expect(await res.json()).toMatchObject({ status: res.status, code: 10001 });
    }
    const fields = (await (await pay(sandbox, pat, {}, { body: bodies[3] })).json()) as { errors: Record<string, string> };
    expect(Object.keys(fields.errors)).toEqual(expect.arrayContaining(['payment.instrument.number', 'payment.instrument.expiry_month']));
    expect(await chargesFor(sandbox, order.id)).toHaveLength(0);
  });

  it('refuses an expired card (30103) and an unverifiable number (30102)', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    const expired = await pay(sandbox, pat, { ...card('4111111111111111'), expiry_year: 2001 });
    expect(await expired.json()).toMatchObject({ status: 422, code: 30103 });
    const bad = await pay(sandbox, pat, card('4111111111111112'));
    expect(await bad.json()).toMatchObject({ status: 422, code: 30102 });
  });

  it('charges the customer’s stored card listed by GET /v3/payments/methods, and refuses an unknown token', async () => {
    const customer = sandbox.customers[0]!;
    const order = addOrder(sandbox, { customerEntityId: customer.entityId });
    const methods = (await (await management(sandbox, `/v3/payments/methods?order_id=${order.id}`)).json()) as {
      data: Array<{ id: string; stored_instruments: Array<{ token: string; type: string }> }>;
    };
    const stripe = methods.data.find((m) => m.id === 'stripe.card')!;
    expect(stripe.stored_instruments).toHaveLength(1);
    const pat = await paymentAccessToken(sandbox, order.id);
    const unknown = await pay(sandbox, pat, { type: 'stored_card', token: 'f'.repeat(64) });
    expect(await unknown.json()).toMatchObject({ status: 422, code: 30051 });
    const res = await pay(sandbox, pat, { type: 'stored_card', token: stripe.stored_instruments[0]!.token, verification_value: '123' });
    expect(res.status).toBe(201);
  });

  it('takes the money before answering slowly: a client timeout leaves exactly one charge', async () => {
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    const outcome = await pay(sandbox, pat, card('4000000000000077'), { signal: AbortSignal.timeout(300) }).then(
      (r) => `answered ${r.status}`,
      (e: Error) => e.name,
    );
    expect(outcome).toBe('TimeoutError');
    expect(await chargesFor(sandbox, order.id)).toHaveLength(1);
    expect(sandbox.store.orders.get(order.id)!.status).toBe('Awaiting Fulfillment');
    const retry = await pay(sandbox, pat, card('4111111111111111'));
    expect(retry.status).toBe(422);
    expect(await chargesFor(sandbox, order.id)).toHaveLength(1);
  });

  it('answers 404 for another store hash', async () => {
    const res = await fetch(`${sandbox.url}/stores/otherstore/payments`, { method: 'POST' });
    expect(res.status).toBe(404);
  });
});
