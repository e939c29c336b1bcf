import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { CART_FIELDS, createCart, gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const LOGIN = `mutation Login($email: String!, $password: String!, $guestCartEntityId: String) {
  login(email: $email, password: $password, guestCartEntityId: $guestCartEntityId) {
    result customer { entityId email firstName lastName } customerAccessToken { value expiresAt } cart { ${CART_FIELDS} } } }`;
const ME = '{ customer { entityId email firstName } }';

async function login(email = 'jane@example.com', password = 'Shopper123!', guestCartEntityId?: string) {
  return (await gqlData(sandbox, LOGIN, { variables: { email, password, ...(guestCartEntityId ? { guestCartEntityId } : {}) } })).login;
}

describe('login, customer context, logout', () => {
  test('login returns the customer and a token in BigCommerce’s format', async () => {
    const result = await login();
    expect(result.result).toBe('success');
    expect(result.customer).toEqual({ entityId: 1, email: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' });
    const { value, expiresAt } = result.customerAccessToken;
    expect(value).toMatch(/^[0-9a-f]{64}_\d+$/);
    const unix = Number(value.split('_')[1]);
    expect(new Date(expiresAt).getTime()).toBe(unix * 1000);
    expect(unix).toBeGreaterThan(sandbox.clock.now() / 1000);
  });

  test('wrong password or unknown email: an error, no token', async () => {
    for (const [email, password] of [['jane@example.com', 'wrong'], ['nobody@example.com', 'Shopper123!']]) {
      const res = await gql(sandbox, LOGIN, { variables: { email, password } });
      expect(res.body.errors?.[0]?.message).toBe('Invalid credentials');
      expect(res.body.data?.login ?? null).toBeNull();
    }
  });

  test('X-Bc-Customer-Access-Token sets the customer; logout invalidates it on every device', async () => {
    const a = (await login()).customerAccessToken.value;
    const b = (await login()).customerAccessToken.value;
    expect(a).not.toBe(b);
    expect((await gqlData(sandbox, ME, { headers: { 'x-bc-customer-access-token': a } })).customer).toEqual({ entityId: 1, email: 'jane@example.com', firstName: 'Jane' });
    expect((await gqlData(sandbox, ME)).customer).toBeNull();
    const out = await gqlData(sandbox, 'mutation { logout { result cartUnassignResult { cart { entityId } errors { __typename } } } }', { headers: { 'x-bc-customer-access-token': a } });
    expect(out.logout).toEqual({ result: 'success', cartUnassignResult: { cart: null, errors: [] } });
    for (const token of [a, b]) {
      expect((await gqlData(sandbox, ME, { headers: { 'x-bc-customer-access-token': token } })).customer).toBeNull();
    }
  });

  test('tokens expire on the sandbox clock', async () => {
    const { value } = (await login()).customerAccessToken;
    const unix = Number(value.split('_')[1]);
    sandbox.clock.set(unix * 1000 - 1000);
    expect((await gqlData(sandbox, ME, { headers: { 'x-bc-customer-access-token': value } })).customer).not.toBeNull();
    sandbox.clock.advance(1000);
    expect((await gqlData(sandbox, ME, { headers: { 'x-bc-customer-access-token': value } })).customer).toBeNull();
  });

  test('invalid token: guest by default, an error with X-Bc-Error-On-Invalid-Customer-Access-Token; no token: always a guest', async () => {
    const bad = `${'a'.repeat(64)}_${Math.floor(sandbox.clock.now() / 1000) + 100}`;
    expect((await gql(sandbox, ME, { headers: { 'x-bc-customer-access-token': bad } })).body).toEqual({ data: { customer: null } });
    const strict = await gql(sandbox, ME, { headers: { 'x-bc-customer-access-token': bad, 'x-bc-error-on-invalid-customer-access-token': 'true' } });
    expect(strict.status).toBe(200);
    expect(strict.body.errors?.[0]?.extensions?.code).toBe('INVALID_CUSTOMER_ACCESS_TOKEN');
    // No token at all: a guest, even with the header (Catalyst's client sends it on every request).
    const missing = await gql(sandbox, ME, { headers: { 'x-bc-error-on-invalid-customer-access-token': 'true' } });
    expect(missing.body).toEqual({ data: { customer: null } });
    const good = (await login()).customerAccessToken.value;
    const ok = await gql(sandbox, ME, { headers: { 'x-bc-customer-access-token': good, 'x-bc-error-on-invalid-customer-access-token': 'true' } });
    expect(ok.body).toEqual({ data: { customer: { entityId: 1, email: 'jane@example.com', firstName: 'Jane' } } });
  });

  test('login with guestCartEntityId assigns the guest cart when the customer has none', async () => {
    const guest = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    const result = await login('jane@example.com', 'Shopper123!', guest.entityId);
    expect(result.cart.entityId).toBe(guest.entityId);
    expect(sandbox.store.carts.get(guest.entityId)?.customerEntityId).toBe(1);
  });

  test('login merges the guest cart into the customer’s existing cart', async () => {
    const token = (await login()).customerAccessToken.value;
    const own = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }, { productEntityId: 131, quantity: 1 }], { 'x-bc-customer-access-token': token });
    const guest = await createCart(sandbox, [{ productEntityId: 122, quantity: 2 }, { productEntityId: 135, quantity: 1 }]);
    const result = await login('jane@example.com', 'Shopper123!', guest.entityId);
    expect(result.cart.entityId).toBe(own.entityId);
    const quantities = Object.fromEntries(result.cart.lineItems.physicalItems.map((l: any) => [l.productEntityId, l.quantity]));
    expect(quantities).toEqual({ 122: 3, 131: 1, 135: 1 });
    expect(sandbox.store.carts.has(guest.entityId)).toBe(false);
  });

  test('logout with cartEntityId leaves the cart with the device as a guest cart', async () => {
    const token = (await login()).customerAccessToken.value;
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }], { 'x-bc-customer-access-token': token });
    const out = await gqlData(sandbox, 'mutation L($id: String) { logout(cartEntityId: $id) { result cartUnassignResult { cart { entityId } errors { __typename } } } }', {
      variables: { id: cart.entityId },
      headers: { 'x-bc-customer-access-token': token },
    });
    expect(out.logout.cartUnassignResult).toEqual({ cart: { entityId: cart.entityId }, errors: [] });
    expect(sandbox.store.carts.get(cart.entityId)?.customerEntityId).toBeNull();
  });
});
