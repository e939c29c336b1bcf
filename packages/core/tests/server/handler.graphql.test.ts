import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SECRET, startStack, type Stack } from './support/startStack.js';
import { createShopper, gqlThrough } from './support/shopper.js';

const STORE_NAME = 'query { site { settings { storeName } } }';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.upstream.length = 0;
});

describe('POST /graphql: spoofing', () => {
  it('drops every header a browser must not control and sets the server-side ones', async () => {
    const shopper = createShopper(stack.origin, '203.0.113.7');
    const forged = {
      'X-BC-Trusted-Proxy-Secret': 'forged-secret',
      'True-Client-IP': '6.6.6.6',
      Authorization: 'Bearer forged-token',
      'X-Bc-Customer-Access-Token': `${'f'.repeat(64)}_9999999999`,
      'X-Bc-Customer-Id': '42',
      Forwarded: 'for=6.6.6.6',
      'X-Correlation-Id': 'not-a-uuid',
      'X-Custom-Thing': 'x',
    };
    const result = await gqlThrough(shopper, stack.api, STORE_NAME, {}, forged);
    expect(result.status).toBe(200);
    expect(result.body.data?.site.settings.storeName).toBeTruthy();
    expect(stack.upstream).toHaveLength(1);
    const seen = stack.upstream[0]!.headers;
    expect(seen['x-bc-trusted-proxy-secret']).toBe(SECRET);
    expect(seen['true-client-ip']).toBe('203.0.113.7');
    expect(seen.authorization).toBe(`Bearer ${stack.sandbox.privateToken}`);
    expect(seen['x-bc-customer-access-token']).toBeUndefined();
    expect(seen['x-bc-customer-id']).toBeUndefined();
    expect(seen.forwarded).toBeUndefined();
    expect(seen['x-forwarded-for']).toBeUndefined();
    expect(seen['x-custom-thing']).toBeUndefined();
    expect(seen['x-correlation-id']).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    expect(result.headers.get('x-correlation-id')).toBe(seen['x-correlation-id']);
    // BigCommerce attributed the request to the shopper, not to the server.
    const logged = stack.sandbox.config && (await (await fetch(`${stack.sandbox.url}/__sandbox/requests?correlationId=${seen['x-correlation-id']}`)).json()) as { data: { clientIp: string }[] };
    expect(logged.data.map((e) => e.clientIp)).toEqual(['203.0.113.7']);
  });

  it("keeps the browser's correlation id when it is a UUID", async () => {
    const id = '0b5bd4b5-4b51-4c8e-9d3c-8f6a1e2b3c4d';
    const result = await gqlThrough(createShopper(stack.origin), stack.api, STORE_NAME, {}, { 'X-Correlation-Id': id.toUpperCase() });
    expect(stack.upstream[0]!.headers['x-correlation-id']).toBe(id);
    expect(result.headers.get('x-correlation-id')).toBe(id);
  });

  it('never lets the secret appear in a response, whatever the request', async () => {
    const shopper = createShopper(stack.origin, '198.51.100.1');
    const post = (query: string, headers: Record<string, string> = {}) => shopper.fetch(`${stack.api}/graphql`, { method: 'POST', json: { query }, headers });
    const probes: (() => Promise<Response>)[] = [
      () => post(STORE_NAME, { 'X-BC-Trusted-Proxy-Secret': SECRET }),
      () => post('query { nope }'),
      () => shopper.fetch(`${stack.api}/graphql`, { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }),
      () => shopper.fetch(`${stack.api}/graphql`),
      () => shopper.fetch(`${stack.api}/nothing`),
      () => shopper.fetch(`${stack.api}/session-sync?jwt=a.b.c`),
      () => shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: 'x@y.z', password: 'nope' } }),
    ];
    for (const probe of probes) {
      const response = await probe();
      const text = await response.text();
      const headers = [...response.headers].flat().join('\n');
      expect(text).not.toContain(SECRET);
      expect(headers).not.toContain(SECRET);
    }
  });

  it('removes customer access tokens from responses, aliased or not', async () => {
    const customer = stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin);
    const aliased = await gqlThrough(shopper, stack.api, 'mutation ($e: String!, $p: String!) { a: login(email: $e, password: $p) { customer { entityId } t: customerAccessToken { v: value expiresAt } } }', {
      e: customer.email,
      p: customer.password,
    });
    expect(aliased.status).toBe(200);
    expect(aliased.body.data?.a.customer.entityId).toBe(customer.entityId);
    expect(aliased.body.data?.a.t.v).toBeNull();
    expect(aliased.text).not.toMatch(/[0-9a-f]{64}_\d+/);
    const plain = await gqlThrough(shopper, stack.api, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { customerAccessToken { value } } }', {
      e: customer.email,
      p: customer.password,
    });
    expect(plain.body.data?.login.customerAccessToken).toBeNull();
    expect(plain.text).not.toMatch(/[0-9a-f]{64}_\d+/);
    // Logging in through /graphql sets no session: the token went nowhere.
    expect(shopper.cookies.size).toBe(0);
  });
});

describe('POST /graphql: locale', () => {
  it("sends the app's locale as Accept-Language, never the browser's", async () => {
    const localized = await startStack({ handler: { locale: (request) => new URL(request.url).searchParams.get('lang') ?? undefined } });
    try {
      await gqlThrough(createShopper(localized.origin), `${localized.api}`, STORE_NAME, {}, { 'accept-language': 'de' });
      // Without an app locale nothing is set (Node's fetch then sends its default `*`), never `de`.
      expect(localized.upstream[0]!.headers['accept-language']).not.toBe('de');
      const shopper = createShopper(localized.origin);
      await shopper.fetch(`${localized.api}/graphql?lang=fr`, { method: 'POST', json: { query: STORE_NAME }, headers: { 'accept-language': 'de' } });
      expect(localized.upstream[1]!.headers['accept-language']).toBe('fr');
    } finally {
      await localized.close();
    }
  });
});

describe('POST /graphql: what is refused', () => {
  it('refuses other methods with 405 and Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await createShopper(stack.origin).fetch(`${stack.api}/graphql`, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
    expect(stack.upstream).toHaveLength(0);
  });

  it('refuses bodies over 100 KB, declared or streamed', async () => {
    const big = JSON.stringify({ query: `query { site { settings { storeName } } } #${'x'.repeat(100_001)}` });
    const declared = await createShopper(stack.origin).fetch(`${stack.api}/graphql`, { method: 'POST', body: big, headers: { 'content-type': 'application/json' } });
    expect(declared.status).toBe(413);
    // Chunked, no Content-Length: cut off while streaming.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${stack.api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(10_000));
      req.end();
    });
    expect(status).toBe(413);
    const justUnder = JSON.stringify({ query: `${STORE_NAME} #${'x'.repeat(90_000)}` });
    expect((await createShopper(stack.origin).fetch(`${stack.api}/graphql`, { method: 'POST', body: justUnder, headers: { 'content-type': 'application/json' } })).status).toBe(200);
    expect(stack.upstream).toHaveLength(1);
  });

  it('refuses batched requests, non-JSON bodies and missing queries', async () => {
    const shopper = createShopper(stack.origin);
    const post = (body: string, type = 'application/json') => shopper.fetch(`${stack.api}/graphql`, { method: 'POST', body, headers: { 'content-type': type } });
    const batch = await post(JSON.stringify([{ query: STORE_NAME }, { query: STORE_NAME }]));
    expect(batch.status).toBe(400);
    expect(((await batch.json()) as { error: { code: string } }).error.code).toBe('BATCH_NOT_SUPPORTED');
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ variables: {} }))).status).toBe(400);
    expect((await post(JSON.stringify({ query: STORE_NAME, variables: [1] }))).status).toBe(400);
    expect((await post(`query=${encodeURIComponent(STORE_NAME)}`, 'application/x-www-form-urlencoded')).status).toBe(415);
    expect(stack.upstream).toHaveLength(0);
  });

  it('refuses cross-site POSTs', async () => {
    const shopper = createShopper(stack.origin);
    const evil = await shopper.fetch(`${stack.api}/graphql`, { method: 'POST', json: { query: STORE_NAME }, headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    const fetchSite = await shopper.fetch(`${stack.api}/graphql`, { method: 'POST', json: { query: STORE_NAME }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchSite.status).toBe(403);
    const same = await shopper.fetch(`${stack.api}/graphql`, { method: 'POST', json: { query: STORE_NAME }, headers: { origin: stack.origin, 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(200);
    expect(stack.upstream).toHaveLength(1);
  });
});

describe('POST /graphql: what is passed back', () => {
  it('passes status, body and X-Bc-Graphql-* headers, nothing else of upstream', async () => {
    const result = await gqlThrough(createShopper(stack.origin), stack.api, STORE_NAME);
    expect(result.headers.get('x-bc-graphql-complexity')).toMatch(/^\d+$/);
    expect(result.headers.get('x-bc-graphql-operation-type')).toBe('query');
    expect(result.headers.get('content-type')).toMatch(/^application\/json/);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.headers.get('set-cookie')).toBeNull();
  });

  it('clears the session cookie when BigCommerce no longer accepts its token', async () => {
    const shopper = createShopper(stack.origin);
    // Well formed and unexpired, but unknown upstream (signed out elsewhere, say).
    shopper.cookies.set('bc-customer', `${'e'.repeat(64)}_${Math.floor(Date.now() / 1000) + 3600}`);
    const result = await gqlThrough(shopper, stack.api, 'query { customer { firstName } }');
    expect(result.text).toMatch(/INVALID_CUSTOMER_ACCESS_TOKEN/);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.headers.getSetCookie()).toHaveLength(1);
    expect(result.headers.getSetCookie()[0]).toMatch(/^bc-customer=; .*Max-Age=0/);
    expect(shopper.cookies.has('bc-customer')).toBe(false);
  });

  it('passes GraphQL errors through with their status', async () => {
    const result = await gqlThrough(createShopper(stack.origin), stack.api, 'query { site { nope } }');
    expect(result.body.errors?.length).toBeGreaterThan(0);
    expect([200, 400]).toContain(result.status);
  });
});
