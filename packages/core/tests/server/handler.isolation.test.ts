import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed } from '@bc-headless/sandbox';
import { startStack, type Stack } from './support/startStack.js';
import { createCartThrough, createShopper, type Shopper } from './support/shopper.js';

const CUSTOMERS = 50;
const REQUESTS = 1000;

let stack: Stack;
const shoppers: { shopper: Shopper; entityId: number; cartId: string; token: string }[] = [];

beforeAll(async () => {
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({
    entityId: 100 + i,
    email: `shopper${i}@example.com`,
    password: `Password-${i}!`,
    firstName: `Shopper${i}`,
    lastName: 'Test',
  }));
  stack = await startStack({ sandbox: { seed: { ...defaultSeed, customers, orders: [], wishlists: [] } } });
  for (const [i, customer] of customers.entries()) {
    const shopper = createShopper(stack.origin, `198.51.100.${i + 1}`);
    const login = await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    expect(login.status).toBe(200);
    const cartId = await createCartThrough(stack, shopper);
    shoppers.push({ shopper, entityId: customer.entityId, cartId, token: shopper.cookies.get('bc-customer')! });
  }
  stack.upstream.length = 0;
}, 60_000);
afterAll(() => stack.close());

describe('isolation', () => {
  it(`answers ${REQUESTS} concurrent requests from ${CUSTOMERS} signed-in customers each with only its own customer and cart`, async () => {
    const query = 'query ($id: String) { customer { entityId email } site { cart(entityId: $id) { entityId } } }';
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, async (_, k) => {
        const own = shoppers[(k * 7) % CUSTOMERS]!;
        const correlationId = randomUUID();
        const response = await own.shopper.fetch(`${stack.api}/graphql`, {
          method: 'POST',
          json: { query, variables: { id: own.cartId } },
          headers: { 'x-correlation-id': correlationId },
        });
        const body = (await response.json()) as { data: { customer: { entityId: number }; site: { cart: { entityId: string } | null } } };
        return { own, correlationId, status: response.status, body };
      }),
    );
    const upstreamById = new Map(stack.upstream.map((r) => [r.headers['x-correlation-id'], r]));
    expect(upstreamById.size).toBe(REQUESTS);
    for (const { own, correlationId, status, body } of results) {
      expect(status).toBe(200);
      expect(body.data.customer.entityId).toBe(own.entityId);
      expect(body.data.site.cart?.entityId).toBe(own.cartId);
      // What went upstream for this request was this shopper's token and address, nobody else's.
      const sent = upstreamById.get(correlationId)!;
      expect(sent.headers['x-bc-customer-access-token']).toBe(own.token);
      expect(sent.headers['true-client-ip']).toBe(own.shopper.ip);
    }
  }, 60_000);
});
