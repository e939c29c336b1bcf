import { createSandbox, type CreateSandboxOptions, type Sandbox } from '../../src/createSandbox.js';
import type { SandboxOrder } from '../../src/store/SandboxStore.js';

/** Starts a sandbox on 127.0.0.1, port 0, quiet about the 500s some tests provoke on purpose. */
export function startSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  return createSandbox({ logger: { error() {} }, ...options });
}

let nextOrderId = 9000;

/**
 * Puts an unpaid order straight into the store (as `completeCheckout` would leave it), so REST
 * tests do not depend on the GraphQL flow. Two lines: 2 × 12.00 (1.00 tax each) and 1 × 30.00
 * (2.50 tax), shipping 5.00: total 59.00.
 */
export function addOrder(sandbox: Sandbox, overrides: Partial<SandboxOrder> = {}): SandboxOrder {
  nextOrderId += 1;
  const id = overrides.id ?? nextOrderId;
  const order: SandboxOrder = {
    id,
    cartEntityId: `cart-${id}`,
    customerEntityId: null,
    currencyCode: 'USD',
    total: 5900,
    taxTotal: 450,
    shippingCost: 500,
    discountTotal: 0,
    lines: [
      { id: id * 10 + 1, productEntityId: 101, variantEntityId: 1001, name: 'Trail Mug', sku: 'MUG-1', quantity: 2, unitPrice: 1200, unitTax: 100 },
      { id: id * 10 + 2, productEntityId: 102, variantEntityId: 1002, name: 'Canvas Tote', sku: 'TOTE-1', quantity: 1, unitPrice: 3000, unitTax: 250 },
    ],
    billingEmail: 'guest@example.com',
    status: 'Incomplete',
    createdAt: sandbox.clock.now(),
    ...overrides,
  };
  sandbox.store.orders.set(order.id, order);
  return order;
}

/** A Management API call with the sandbox's `X-Auth-Token`. */
export function management(sandbox: Sandbox, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(`${sandbox.url}/stores/${sandbox.storeHash}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'x-auth-token': sandbox.managementToken, accept: 'application/json', 'content-type': 'application/json', ...init.headers },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
  });
}

/** Creates a payment access token for an order through the Management API. */
export async function paymentAccessToken(sandbox: Sandbox, orderId: number): Promise<string> {
  const res = await management(sandbox, '/v3/payments/access_tokens', { method: 'POST', body: { order: { id: orderId } } });
  if (res.status !== 201) throw new Error(`access token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

/** A card instrument with the given number. */
export function card(number: string): Record<string, unknown> {
  return { type: 'card', number, cardholder_name: 'Jane Doe', expiry_month: 12, expiry_year: 2099, verification_value: '123' };
}

/** A Payments API call. */
export function pay(
  sandbox: Sandbox,
  pat: string,
  instrument: Record<string, unknown>,
  init: { headers?: Record<string, string>; signal?: AbortSignal; body?: string } = {},
): Promise<Response> {
  return fetch(`${sandbox.url}/stores/${sandbox.storeHash}/payments`, {
    method: 'POST',
    headers: { accept: 'application/vnd.bc.v1+json', 'content-type': 'application/json', authorization: `PAT ${pat}`, ...init.headers },
    body: init.body ?? JSON.stringify({ payment: { instrument, payment_method_id: 'stripe.card' } }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
}

/** The charges the ledger holds for one order. */
export async function chargesFor(sandbox: Sandbox, orderId: number): Promise<Array<{ kind: string; amount: number }>> {
  const res = await fetch(`${sandbox.url}/__sandbox/ledger?orderId=${orderId}`);
  const { data } = (await res.json()) as { data: Array<{ kind: string; amount: number }> };
  return data.filter((e) => e.kind === 'charge');
}

/** Inspector entries, optionally for one correlation id. */
export async function loggedRequests(sandbox: Sandbox, correlationId?: string): Promise<Array<Record<string, unknown>>> {
  const query = correlationId ? `?correlationId=${encodeURIComponent(correlationId)}` : '';
  const res = await fetch(`${sandbox.url}/__sandbox/requests${query}`);
  return ((await res.json()) as { data: Array<Record<string, unknown>> }).data;
}
