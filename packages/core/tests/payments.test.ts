import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  createStorefrontClient,
  HeaderValidationError,
  PaymentDeclinedError,
  PaymentOutcomeUnknownError,
  StorefrontHttpError,
  TimeoutError,
  type StorefrontClient,
} from '../src/index.js';
import { json, startTestServer, type TestServer } from './helpers/startTestServer.js';

const instrument = { type: 'card', number: '4111111111111111', cardholder_name: 'A B', expiry_month: 12, expiry_year: 2030, verification_value: '123' };
const input = { paymentAccessToken: 'pat.jwt.value', paymentMethodId: 'stripe.card', instrument };

let server: TestServer;
let client: StorefrontClient;
beforeEach(async () => {
  server = await startTestServer();
  client = createStorefrontClient({
    storeHash: 'abc123',
    storefrontToken: 'sf',
    endpoints: { graphql: `${server.url}/graphql`, payments: `${server.url}/stores/abc123/payments` },
    // Generous, so that a loaded machine never turns a prompt answer into a timeout (the timeout
    // test's server never answers at all).
    timeoutMs: 2_000,
    retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });
});
afterEach(() => server.close());

const pay = (options?: { signal?: AbortSignal }) =>
  client.operation('pay', async (op) => ({ payment: await op.payments.create(input, options), id: op.correlationId }));

describe('op.payments.create', () => {
  it('posts the Payments API request and reads the 201 answer', async () => {
    server.respond((_req, res) => json(res, 201, { data: { id: 'pay_1', status: 'success', transaction_type: 'purchase' } }));
    const { payment, id } = await pay();
    expect(payment).toEqual({ id: 'pay_1', status: 'success', transactionType: 'purchase' });
    const [request] = server.received;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/stores/abc123/payments');
    expect(request!.headers).toMatchObject({
      authorization: 'PAT pat.jwt.value',
      accept: 'application/vnd.bc.v1+json',
      'content-type': 'application/json',
      'x-correlation-id': id,
    });
    // The storefront token and customer context never go to the Payments API.
    expect(request!.headers['x-bc-customer-access-token']).toBeUndefined();
    expect(JSON.parse(request!.body)).toEqual({ payment: { instrument, payment_method_id: 'stripe.card' } });
  });

  it('shares the correlation id with the GraphQL requests of the operation', async () => {
    server.respond((req, res) =>
      req.path == '/graphql'
        ? json(res, 200, { data: { checkout: { completeCheckout: { paymentAccessToken: 'pat' } } } })
        : json(res, 201, { data: { id: 'p', status: 'pending', transaction_type: 'authorization' } }),
    );
    await client.operation('checkout', async (op) => {
      await op.request('mutation { checkout { completeCheckout(input: { checkoutEntityId: "c" }) { paymentAccessToken } } }');
      await op.payments.create({ ...input, saveInstrument: true });
    });
    const [graphql, payment] = server.received;
    expect(payment!.headers['x-correlation-id']).toBe(graphql!.headers['x-correlation-id']);
    expect(JSON.parse(payment!.body).payment.save_instrument).toBe(true);
  });

  it("raises PaymentDeclinedError with BigCommerce's error body on 422", async () => {
    const body = { status: 422, title: 'Payment was declined', detail: 'Card declined', type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes', code: 30102 };
    server.respond((_req, res) => json(res, 422, body));
    const error = await pay().catch((e) => e);
    expect(error).toBeInstanceOf(PaymentDeclinedError);
    expect(error).toMatchObject({ status: 422, title: 'Payment was declined', detail: 'Card declined', code: 30102, operationName: 'pay' });
    expect(error.correlationId).toBe(server.received[0]!.headers['x-correlation-id']);
    expect(server.received).toHaveLength(1);
  });

  it('raises StorefrontHttpError (not an unknown outcome) for other 4xx', async () => {
    server.respond((_req, res) => json(res, 401, { status: 401, title: 'Unauthorized', type: 'about:blank' }));
    const error = await pay().catch((e) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(error).not.toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.body).toMatchObject({ title: 'Unauthorized' });
  });

  it('raises PaymentOutcomeUnknownError on a dropped connection, after exactly one request', async () => {
    server.respond((_req, res) => res.socket!.destroy());
    const error = await pay().catch((e) => e);
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.correlationId).toBe(server.received[0]!.headers['x-correlation-id']);
    expect(server.received).toHaveLength(1);
  });

  it('raises PaymentOutcomeUnknownError on a timeout, never retrying', async () => {
    server.respond(() => {});
    const error = await pay().catch((e) => e);
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.cause).toBeInstanceOf(TimeoutError);
    expect(server.received).toHaveLength(1);
  });

  it.each([500, 502, 503])('raises PaymentOutcomeUnknownError on %i, never retrying', async (status) => {
    server.respond((_req, res) => json(res, status, {}));
    await expect(pay()).rejects.toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(server.received).toHaveLength(1);
  });

  it('raises PaymentOutcomeUnknownError on an unreadable 2xx', async () => {
    server.respond((_req, res) => {
      res.writeHead(201, { 'content-type': 'text/html' });
      res.end('<html>ok?</html>');
    });
    await expect(pay()).rejects.toBeInstanceOf(PaymentOutcomeUnknownError);
  });

  it('raises PaymentOutcomeUnknownError when the caller aborts in flight', async () => {
    server.respond(() => {});
    const controller = new AbortController();
    const pending = pay({ signal: controller.signal });
    while (server.received.length == 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.cause).toBeInstanceOf(AbortError);
  });

  it('sends nothing and raises AbortError when aborted before sending', async () => {
    await expect(pay({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server.received).toHaveLength(0);
  });

  it('rejects a payment access token with CR/LF before sending', async () => {
    const error = await client.operation('pay', (op) => op.payments.create({ ...input, paymentAccessToken: 'x\r\nX-Evil: 1' })).catch((e) => e);
    expect(error).toBeInstanceOf(HeaderValidationError);
    expect(server.received).toHaveLength(0);
  });
});
