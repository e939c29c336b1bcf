import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { management } from '../support/sandboxFixtures.js';
import { gql, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const QUERY = '{ site { settings { storeName } } }';
const inAYear = () => Math.floor(sandbox.clock.now() / 1000) + 365 * 86_400;
const bearer = (token: string, headers: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...headers } });
// What a browser's fetch adds to a cross-origin POST (Fetch Standard, Fetch Metadata).
const FROM_BROWSER = { origin: 'https://shop.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' };
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

/** Mints a token through the Management API and returns it. */
async function mint(path: string, body: Record<string, unknown>): Promise<string> {
  const res = await management(sandbox, `/v3/storefront/${path}`, { method: 'POST', body: { channel_id: 1, expires_at: inAYear(), ...body } });
  const json = (await res.json()) as { data?: { token?: string } };
  if (res.status !== 200 || !json.data?.token) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json.data.token;
}

describe('Management API: issuing and revoking GraphQL tokens', () => {
  test('issues the three kinds as BigCommerce-shaped JWTs, and refuses bad bodies with 422 naming the field', async () => {
    const storefront = await mint('api-token', { allowed_cors_origins: ['https://shop.example'] });
    const privateToken = await mint('api-token-private', { scopes: ['Unauthenticated', 'Customer'] });
    const impersonation = await mint('api-token-customer-impersonation', {});
    expect(claimsOf(storefront)).toMatchObject({ iss: 'BC', sub: sandbox.storeHash, cid: [1], cors: ['https://shop.example'], token_type: 1 });
    expect(claimsOf(privateToken)).toMatchObject({ sub: sandbox.storeHash, scopes: ['Unauthenticated', 'Customer'], token_type: 3 });
    expect(claimsOf(impersonation)).toMatchObject({ sub: sandbox.storeHash, token_type: 2 });

    const refused = async (path: string, body: Record<string, unknown>, field: string) => {
      const res = await management(sandbox, `/v3/storefront/${path}`, { method: 'POST', body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(((await res.json()) as { errors: Record<string, string> }).errors).toHaveProperty(field);
    };
    await refused('api-token-private', { channel_id: 1, expires_at: inAYear() }, 'scopes');
    await refused('api-token-private', { channel_id: 1, expires_at: inAYear(), scopes: ['Admin'] }, 'scopes');
    await refused('api-token', { channel_id: 1, expires_at: 1 }, 'expires_at');
    await refused('api-token', { channel_id: 1, channel_ids: [1], expires_at: inAYear() }, 'channel_id');
    await refused('api-token-customer-impersonation', { expires_at: inAYear() }, 'channel_id');
    await refused('api-token', { channel_id: 1, expires_at: inAYear(), allowed_cors_origins: ['a', 'b', 'c'] }, 'allowed_cors_origins');
    const unauthorised = await management(sandbox, '/v3/storefront/api-token-private', { method: 'POST', body: { channel_id: 1, expires_at: inAYear(), scopes: ['Customer'] }, headers: { 'x-auth-token': 'wrong' } });
    expect(unauthorised.status).toBe(401);
  });

  test('DELETE /v3/storefront/api-token with Sf-Api-Token revokes a token: GraphQL then answers 401', async () => {
    const token = await mint('api-token-private', { scopes: ['Unauthenticated'] });
    expect((await gql(sandbox, QUERY, bearer(token))).status).toBe(200);
    expect((await management(sandbox, '/v3/storefront/api-token', { method: 'DELETE', headers: { 'sf-api-token': token } })).status).toBe(200);
    const after = await gql(sandbox, QUERY, bearer(token));
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.message).toBe('GraphQL invalid credentials. JWT has been revoked');
    expect((await gql(sandbox, QUERY)).status).toBe(200);
    for (const header of [{}, { 'sf-api-token': 'not-a-jwt' }] as Array<Record<string, string>>) {
      expect((await management(sandbox, '/v3/storefront/api-token', { method: 'DELETE', headers: header })).status).toBe(422);
    }
  });
});

describe('where each kind may be used', () => {
  test('a private token works from a server and is refused from a browser (Origin or Sec-Fetch-Site)', async () => {
    expect((await gql(sandbox, QUERY, bearer(sandbox.privateToken, { 'sec-fetch-mode': 'cors' }))).status).toBe(200);
    for (const browser of [FROM_BROWSER, { origin: 'https://shop.example' }, { 'sec-fetch-site': 'same-origin' }] as Array<Record<string, string>>) {
      const res = await gql(sandbox, QUERY, bearer(sandbox.privateToken, browser));
      expect(res.status, JSON.stringify(browser)).toBe(403);
      expect(res.body.errors?.[0]?.message).toMatch(/private token cannot be used from a web browser: keep it on your server/);
    }
  });

  test('a storefront token created after 2026-06-30 works from a browser and is refused server to server', async () => {
    expect((await gql(sandbox, QUERY, bearer(sandbox.storefrontToken, FROM_BROWSER))).status).toBe(200);
    const server = await gql(sandbox, QUERY, bearer(sandbox.storefrontToken));
    expect(server.status).toBe(403);
    expect(server.body.errors?.[0]?.message).toMatch(/created after 2026-06-30 cannot be used server to server: create a private token \(POST \/v3\/storefront\/api-token-private/);
  });

  test('a storefront token created before the cut-off (sandbox clock) still works server to server', async () => {
    const now = sandbox.clock.now();
    sandbox.clock.set(Date.UTC(2026, 5, 30, 12));
    let old: string;
    try {
      old = await mint('api-token', {});
    } finally {
      sandbox.clock.set(now);
    }
    expect(new Date((claimsOf(old).iat as number) * 1000).toISOString()).toBe('2026-06-30T12:00:00.000Z');
    expect((await gql(sandbox, QUERY, bearer(old))).status).toBe(200);
    expect((await gql(sandbox, QUERY, bearer(old, FROM_BROWSER))).status).toBe(200);
  });

  test('a customer impersonation token acts for X-Bc-Customer-Id from a server, and is refused from a browser', async () => {
    const token = await mint('api-token-customer-impersonation', {});
    const shopper = sandbox.customers[0]!;
    const me = await gql(sandbox, '{ customer { email } }', bearer(token, { 'x-bc-customer-id': String(shopper.entityId) }));
    expect(me.body).toEqual({ data: { customer: { email: shopper.email } } });
    const guest = await gql(sandbox, '{ customer { email } }', bearer(token));
    expect(guest.body).toEqual({ data: { customer: null } });
    const unknown = await gql(sandbox, '{ customer { email } }', bearer(token, { 'x-bc-customer-id': '999999' }));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Another kind of token ignores the header, as BigCommerce does.
    expect((await gql(sandbox, '{ customer { email } }', { headers: { 'x-bc-customer-id': String(shopper.entityId) } })).body).toEqual({ data: { customer: null } });
    const browser = await gql(sandbox, QUERY, bearer(token, FROM_BROWSER));
    expect(browser.status).toBe(403);
    expect(browser.body.errors?.[0]?.message).toMatch(/customer impersonation token cannot be used from a web browser/);
  });
});

describe('private token scopes, checked per field', () => {
  const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { customerAccessToken { value } } }';
  const insufficient = { code: 'INSUFFICIENT_ACCESS_SCOPE', requiredScopes: ['Customer'] };

  test('without Customer: the catalog works; sign-in, the customer and session sync answer INSUFFICIENT_ACCESS_SCOPE', async () => {
    const token = await mint('api-token-private', { scopes: ['Unauthenticated'] });
    expect((await gql(sandbox, QUERY, bearer(token))).body.data.site.settings.storeName).toBeTruthy();
    const shopper = sandbox.customers[0]!;
    const login = await gql(sandbox, LOGIN, { ...bearer(token), variables: { email: shopper.email, password: shopper.password } });
    expect(login.status).toBe(200);
    expect(login.body.data).toBeNull();
    expect(login.body.errors?.[0]).toMatchObject({ path: ['login'], extensions: insufficient });
    expect(login.body.errors?.[0]?.message).toMatch(/Create a private token with these scopes/);
    const mixed = await gql(sandbox, `{ customer { email } ${QUERY.slice(1, -1)} }`, bearer(token));
    expect(mixed.body.data).toMatchObject({ customer: null, site: { settings: { storeName: expect.any(String) } } });
    expect(mixed.body.errors).toEqual([expect.objectContaining({ path: ['customer'], extensions: insufficient })]);
    const sync = await gql(sandbox, 'mutation { generateSessionSyncJwt(redirectTo: "/checkout") { result { token } } }', bearer(token));
    expect(sync.body.errors?.[0]).toMatchObject({ path: ['generateSessionSyncJwt'], extensions: insufficient });
  });

  test("the customer's cart needs Customer; a guest's cart does not", async () => {
    const shopper = sandbox.customers[0]!;
    const login = await gql(sandbox, LOGIN, { variables: { email: shopper.email, password: shopper.password } });
    const customerAccessToken = login.body.data.login.customerAccessToken.value as string;
    const token = await mint('api-token-private', { scopes: ['Unauthenticated'] });
    const CART = '{ site { cart { entityId } } }';
    const guest = await gql(sandbox, CART, bearer(token));
    expect(guest.body).toEqual({ data: { site: { cart: null } } });
    const customer = await gql(sandbox, CART, bearer(token, { 'x-bc-customer-access-token': customerAccessToken }));
    expect(customer.body.errors?.[0]).toMatchObject({ path: ['site', 'cart'], extensions: insufficient });
    const withScope = await gql(sandbox, CART, bearer(sandbox.privateToken, { 'x-bc-customer-access-token': customerAccessToken }));
    expect(withScope.body.errors).toBeUndefined();
  });
});
