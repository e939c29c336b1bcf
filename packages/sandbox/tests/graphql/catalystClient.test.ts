// BigCommerce's own transport, `@bigcommerce/catalyst-client`, against the sandbox: it sends
// `X-Bc-Error-On-Invalid-Customer-Access-Token: true` on every request by default, guests' included,
// and every Catalyst store serves guests with it. So a request without a customer access token is a
// guest's; only a token that is sent and is invalid, expired or logged out is refused.
import { createClient, InvalidCustomerAccessTokenError } from '@bigcommerce/catalyst-client';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
const realFetch = globalThis.fetch;
/** The strict-token header of every request catalyst-client sent, in order. */
const strictHeaders: Array<string | null> = [];

beforeAll(async () => {
  sandbox = await startSandbox();
  delete process.env.BIGCOMMERCE_TRUSTED_PROXY_SECRET;
  // catalyst-client always calls the global fetch with https://store-{hash}-{channel}.mybigcommerce.com;
  // this points that host at the sandbox (what a hosts-file entry would do). Method, headers and
  // body go to the real sandbox over HTTP untouched, and its real answer comes back.
  const storeOrigin = `https://store-${sandbox.storeHash}-1.mybigcommerce.com`;
  globalThis.fetch = (input, init) => {
    const url = String(input);
    if (!url.startsWith(storeOrigin)) return realFetch(input, init);
    strictHeaders.push(new Headers(init?.headers).get('x-bc-error-on-invalid-customer-access-token'));
    return realFetch(sandbox.url + url.slice(storeOrigin.length), init);
  };
});
beforeEach(() => {
  sandbox.reset();
  strictHeaders.length = 0;
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await sandbox.close();
});

const client = () => createClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, channelId: '1', logger: false });

// Catalyst types its documents with gql.tada; at run time catalyst-client also takes the query text.
const doc = (text: string): any => text;

const PRODUCTS = doc(`query GuestProducts { site { products(first: 3) { edges { node { entityId name prices { price { value } } variants(first: 1) { edges { node { entityId } } } } } } } }`);
const ADD = doc(`mutation GuestAddToCart($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId lineItems { totalQuantity } } } } }`);
const CART = doc(`query GuestCart($id: String!) { site { cart(entityId: $id) { entityId lineItems { totalQuantity } } } }`);
const LOGIN = doc(`mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { customerAccessToken { value } } }`);
const ME = doc(`query Me { customer { entityId email } }`);
const LOGOUT = doc(`mutation Logout { logout { result } }`);

async function signIn(): Promise<string> {
  const jane = sandbox.customers[0]!;
  const result = await client().fetch({ document: LOGIN, variables: { email: jane.email, password: jane.password } });
  return (result.data as any).login.customerAccessToken.value;
}

describe('a guest through catalyst-client (strict token errors on every request)', () => {
  test('browses products and adds to cart as a guest', async () => {
    const products = (await client().fetch({ document: PRODUCTS })).data as any;
    const first = products.site.products.edges[0].node;
    expect(first).toMatchObject({ entityId: expect.any(Number), name: expect.any(String) });

    const added = (await client().fetch({ document: ADD, variables: { input: { lineItems: [{ productEntityId: first.entityId, variantEntityId: first.variants.edges[0].node.entityId, quantity: 2 }] } } })).data as any;
    const cart = added.cart.createCart.cart;
    expect(cart.lineItems.totalQuantity).toBe(2);
    const read = (await client().fetch({ document: CART, variables: { id: cart.entityId } })).data as any;
    expect(read.site.cart).toEqual({ entityId: cart.entityId, lineItems: { totalQuantity: 2 } });
    expect((await client().fetch({ document: ME })).data).toEqual({ customer: null });

    // Every one of those requests asked for strict token errors, and none was refused.
    expect(strictHeaders).toEqual(['true', 'true', 'true', 'true']);
  });

  test('signs in as a guest, then is a customer with the token', async () => {
    const token = await signIn();
    expect((await client().fetch({ document: ME, customerAccessToken: token })).data).toEqual({ customer: { entityId: 1, email: 'jane@example.com' } });
    expect(strictHeaders).toEqual(['true', 'true']);
  });
});

describe('a customer access token that is sent and no longer valid is refused', () => {
  test('a made-up token', async () => {
    const bad = `${'a'.repeat(64)}_${Math.floor(sandbox.clock.now() / 1000) + 3600}`;
    const error = await client().fetch({ document: ME, customerAccessToken: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidCustomerAccessTokenError);
    expect(JSON.stringify((error as InvalidCustomerAccessTokenError).errors)).toMatch(/INVALID_CUSTOMER_ACCESS_TOKEN/);
  });

  test('an expired token', async () => {
    const token = await signIn();
    sandbox.clock.advance(2 * 86_400_000);
    await expect(client().fetch({ document: ME, customerAccessToken: token })).rejects.toBeInstanceOf(InvalidCustomerAccessTokenError);
  });

  test('a logged-out token', async () => {
    const token = await signIn();
    await client().fetch({ document: LOGOUT, customerAccessToken: token });
    await expect(client().fetch({ document: ME, customerAccessToken: token })).rejects.toBeInstanceOf(InvalidCustomerAccessTokenError);
    // The same shopper without the token is a guest again.
    expect((await client().fetch({ document: ME })).data).toEqual({ customer: null });
  });
});
