import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { createCart, gql, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
let client: { clientId: string; clientSecret: string };
beforeAll(async () => {
  sandbox = await startSandbox();
  client = ((await (await fetch(`${sandbox.url}/__sandbox/config`)).json()) as { customerLoginClient: typeof client }).customerLoginClient;
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const LOGIN = `mutation($jwt: String!, $cartEntityId: String) { loginWithCustomerLoginJwt(jwt: $jwt, guestCartEntityId: $cartEntityId) {
  customer { entityId email } customerAccessToken { value } cart { entityId } } }`;

function sign(claims: Record<string, unknown>, secret = client.clientSecret) {
  const iat = Math.floor(sandbox.clock.now() / 1000);
  return new SignJWT({ iss: client.clientId, iat, jti: randomUUID(), operation: 'customer_login', store_hash: sandbox.storeHash, customer_id: 2, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret));
}
const login = async (jwt: string, cartEntityId?: string) => gql(sandbox, LOGIN, { variables: { jwt, ...(cartEntityId ? { cartEntityId } : {}) } });

describe('loginWithCustomerLoginJwt', () => {
  test('a JWT signed with the client secret signs its customer in, once, and takes the guest cart', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 131, quantity: 1 }]);
    const jwt = await sign({});
    const res = await login(jwt, cart.entityId);
    expect(res.body.errors).toBeUndefined();
    const result = res.body.data.loginWithCustomerLoginJwt;
    expect(result.customer).toEqual({ entityId: 2, email: 'max@example.com' });
    expect(result.cart).toEqual({ entityId: cart.entityId });
    const me = await gql(sandbox, '{ customer { entityId } }', { headers: { 'x-bc-customer-access-token': result.customerAccessToken.value } });
    expect(me.body.data.customer).toEqual({ entityId: 2 });
    const replay = await login(jwt);
    expect(replay.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('already used'), extensions: { code: 'INVALID_CREDENTIALS' } });
  });

  test('forged, foreign, stale or wrong-purpose JWTs are refused', async () => {
    const now = Math.floor(sandbox.clock.now() / 1000);
    const refused = [
      await sign({}, 'not-the-secret'),
      await sign({ iss: 'another-app' }),
      await sign({ store_hash: 'otherstore' }),
      await sign({ operation: 'session_sync' }),
      await sign({ customer_id: 999999 }),
      await sign({ iat: now - 120 }),
      await sign({ channel_id: 2 }),
      'not.a.jwt',
    ];
    for (const jwt of refused) {
      const res = await login(jwt);
      expect(res.body.errors?.[0]?.extensions?.code, jwt).toBe('INVALID_CREDENTIALS');
      expect(res.body.data?.loginWithCustomerLoginJwt ?? null).toBeNull();
    }
    // An unsigned token ("alg": "none") is not accepted either.
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ iss: client.clientId, iat: now, jti: 'x', operation: 'customer_login', store_hash: sandbox.storeHash, customer_id: 2 })).toString('base64url');
    expect((await login(`${header}.${body}.`)).body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });
});
