// The token model of 2026 from the client's side, against the real sandbox over HTTP: a private
// token on the server, a storefront token in the browser, and each mistake refused with the fix.
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsufficientScopeError, StorefrontConfigError, StorefrontGraphQLError, createStorefrontClient } from '../../src/index.js';
import { createServerClient } from '../../src/server/index.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ logger: { error() {} } });
});
afterAll(() => sandbox.close());

/** Mints a token through the sandbox's Management API, as a merchant would at BigCommerce. */
async function mint(path: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await fetch(`${sandbox.url}/stores/${sandbox.storeHash}/v3/storefront/${path}`, {
    method: 'POST',
    headers: { 'x-auth-token': sandbox.managementToken, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ channel_id: 1, expires_at: Math.floor(sandbox.clock.now() / 1000) + 3600, ...body }),
  });
  return ((await res.json()) as { data: { token: string } }).data.token;
}

const serverClient = (storefrontToken: string) =>
  createServerClient({ storeHash: sandbox.storeHash, storefrontToken, endpoints: { graphql: `${sandbox.url}/graphql` }, retry: false });
const forRequest = (storefrontToken: string) => serverClient(storefrontToken).forRequest(new Request('http://shop.test/'), { remoteAddress: '127.0.0.1' });
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { result } }';

describe('the server client with a private token', () => {
  it('signs a customer in with the sandbox private token (Unauthenticated + Customer)', async () => {
    const shopper = sandbox.customers[0]!;
    expect(await forRequest(sandbox.privateToken).request(LOGIN, { email: shopper.email, password: shopper.password })).toEqual({ login: { result: 'success' } });
  });

  it('throws InsufficientScopeError, naming the fix, when the token lacks the Customer scope', async () => {
    const shopper = sandbox.customers[0]!;
    const client = forRequest(await mint('api-token-private', { scopes: ['Unauthenticated'] }));
    const error = await client.request(LOGIN, { email: shopper.email, password: shopper.password }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect(error).toBeInstanceOf(StorefrontGraphQLError);
    expect(error).toMatchObject({ name: 'InsufficientScopeError', requiredScopes: ['Customer'], correlationId: client.correlationId });
    expect((error as Error).message).toMatch(/^GraphQL: Insufficient access scope for Mutation\.login: .*; create a private token with the Customer scope for your server$/);
    // The catalog needs no more than Unauthenticated.
    expect(await client.request('query { site { settings { storeName } } }')).toEqual({ site: { settings: { storeName: expect.any(String) } } });
  });

  it('refuses at creation a storefront token created after 2026-06-30, which BigCommerce refuses server to server', () => {
    const attempt = () => serverClient(sandbox.storefrontToken);
    expect(attempt).toThrow(StorefrontConfigError);
    expect(attempt).toThrow(/config\.storefrontToken is a storefront token created 2\d{3}-\d\d-\d\d.*Create a private token \(POST \/v3\/storefront\/api-token-private.*BIGCOMMERCE_STOREFRONT_TOKEN holds a private token/);
  });

  it('takes a storefront token created before the cut-off, which BigCommerce still takes server to server', async () => {
    const now = sandbox.clock.now();
    sandbox.clock.set(Date.UTC(2026, 5, 1));
    let old: string;
    try {
      // Valid until an hour after the real now.
      old = await mint('api-token', { expires_at: Math.floor(now / 1000) + 3600 });
    } finally {
      sandbox.clock.set(now);
    }
    expect(await forRequest(old).request('query { site { settings { storeName } } }')).toEqual({ site: { settings: { storeName: expect.any(String) } } });
  });
});

describe('the browser client', () => {
  it('refuses at creation a private or customer impersonation token, naming the fix', async () => {
    for (const token of [sandbox.privateToken, await mint('api-token-customer-impersonation')]) {
      let error: unknown;
      try {
        createStorefrontClient({ storeHash: sandbox.storeHash, storefrontToken: token });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StorefrontConfigError);
      expect(error).toMatchObject({ field: 'config.storefrontToken' });
      expect((error as Error).message).toBe(
        'createStorefrontClient: config.storefrontToken is a private or impersonation token, never for a browser: keep it on your server and give the browser a storefront token',
      );
    }
  });

  it('takes a storefront token, and a value that is not a JWT', () => {
    expect(createStorefrontClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.storefrontToken }).config.storefrontToken).toBe(sandbox.storefrontToken);
    expect(() => createStorefrontClient({ storeHash: 'abc', storefrontToken: 'not.a-jwt.at-all' })).not.toThrow();
  });
});
