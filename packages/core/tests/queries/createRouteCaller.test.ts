import { MutationObserver, QueryClient } from '@tanstack/query-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../src/createSessionStore.js';
import { createStorefrontClient } from '../../src/createStorefrontClient.js';
import { isUuid } from '../../src/createUuid.js';
import { PaymentOutcomeUnknownError } from '../../src/errors/PaymentOutcomeUnknownError.js';
import { RateLimitError } from '../../src/errors/RateLimitError.js';
import { StorefrontHttpError } from '../../src/errors/StorefrontHttpError.js';
import { createRouteCaller } from '../../src/queries/createRouteCaller.js';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';
import { json, startTestServer, type TestServer } from '../helpers/startTestServer.js';

// A stand-in storefront server for the answers the real handler gives only in rare failures.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => void server.received.splice(0));
afterAll(() => server.close());

const setup = () => {
  const client = createStorefrontClient({ storeHash: 'abc', endpoints: { graphql: `${server.url}/api/storefront/graphql` }, retry: false, timeoutMs: 2000 });
  const session = createSessionStore();
  session.setCartId('cart-1');
  return { client, session, queries: storefrontQueries(client, { session, apiBase: `${server.url}/api/storefront/` }) };
};
const placeOrder = (queries: ReturnType<typeof setup>['queries']) =>
  new MutationObserver(new QueryClient(), queries.placeOrder() as never).mutate({ instrument: { type: 'card' } } as never);

describe('createRouteCaller', () => {
  it('POSTs JSON with a fresh X-Correlation-Id and no storefront token', async () => {
    server.respond((_req, res) => json(res, 200, { ok: true }));
    const { client } = setup();
    const routes = createRouteCaller(client.config, `${server.url}/api/storefront`);
    expect(await routes.call('POST', '/logout', { cartEntityId: 'c' })).toEqual({ ok: true });
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'POST', path: '/api/storefront/logout', body: '{"cartEntityId":"c"}' });
    expect(request!.headers['content-type']).toBe('application/json');
    expect(isUuid(request!.headers['x-correlation-id'] as string)).toBe(true);
    expect(request!.headers.authorization).toBeUndefined();
    await routes.call('GET', '/session', undefined, { correlationId: '11111111-2222-4333-8444-555555555555' });
    expect(server.received[1]!.headers['x-correlation-id']).toBe('11111111-2222-4333-8444-555555555555');
  });

  it('puts the handler’s message and code on the error, keeping its class', async () => {
    server.respond((_req, res, i) =>
      i === 0
        ? json(res, 409, { error: { code: 'CHECKOUT_NOT_COMPLETED', message: 'BigCommerce did not create an order.', correlationId: 'id-1' } })
        : json(res, 429, { error: { code: 'RATE_LIMITED', message: 'Slow down.' } }, { 'retry-after': '3' }),
    );
    const routes = createRouteCaller(setup().client.config, `${server.url}/api/storefront`);
    const conflict = await routes.call('POST', '/place-order', {}).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(StorefrontHttpError);
    expect(conflict).toMatchObject({ status: 409, code: 'CHECKOUT_NOT_COMPLETED', correlationId: 'id-1', message: expect.stringContaining('/place-order: BigCommerce did not create an order.') });
    const limited = await routes.call('POST', '/login', {}).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterMs: 3000 });
  });
});

describe('placeOrder outcomes the happy sandbox does not give', () => {
  it('an unknown payment outcome is surfaced as such, with the order id, and the cart is kept', async () => {
    server.respond((_req, res) => json(res, 502, { orderId: 42, paymentStatus: 'unknown', message: 'The payment outcome is unknown: check the order before paying again.', correlationId: 'c-1' }));
    const { queries, session } = setup();
    const error = await placeOrder(queries).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error).toMatchObject({ orderId: 42, correlationId: 'c-1', message: expect.stringContaining('check the order') });
    expect(session.getSnapshot().cartId).toBe('cart-1');
    expect(server.received).toHaveLength(1); // never retried
  });

  it('a dropped connection after the request left is an unknown outcome too, never retried', async () => {
    server.respond((_req, res) => res.socket?.destroy());
    const { queries } = setup();
    const error = await placeOrder(queries).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect((error as Error).message).toMatch(/may have gone through/);
    expect(server.received).toHaveLength(1);
  });
});
