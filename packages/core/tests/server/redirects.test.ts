import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorefrontHttpError } from '../../src/index.js';
import { createServerClient } from '../../src/server/createServerClient.js';
import { startHandlerServer } from '../helpers/startHandlerServer.js';
import { startTestServer, type TestServer } from '../helpers/startTestServer.js';

// The server holds what must never leave for another host: the trusted-proxy secret and the
// shopper's customer access token. An upstream answering with a redirect (a misconfigured
// endpoint, a hijacked DNS name, a compromised relay) must not make the server resend them.
const SECRET = 'trusted-proxy-secret-123';
const TOKEN = `${'a'.repeat(64)}_${Math.floor(Date.now() / 1000) + 3600}`;
const QUERY = 'query { customer { firstName } }';

let upstream: TestServer;
let elsewhere: TestServer;
let handlerServer: Awaited<ReturnType<typeof startHandlerServer>>;
let api: string;

beforeEach(async () => {
  upstream = await startTestServer();
  elsewhere = await startTestServer();
  upstream.respond((_req, res) => {
    res.writeHead(307, { location: `${elsewhere.url}/graphql` });
    res.end();
  });
  const client = createServerClient({
    storeHash: 'abc123',
    storefrontToken: 'sf-token',
    endpoints: { graphql: `${upstream.url}/graphql`, payments: `${upstream.url}/payments` },
    trustedProxySecret: SECRET,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 },
  });
  handlerServer = await startHandlerServer(client);
  api = handlerServer.api;
});

afterEach(async () => {
  await handlerServer.close();
  await upstream.close();
  await elsewhere.close();
});

describe('an upstream redirect', () => {
  it('is not followed by the GraphQL pass-through: 502, and the secret and token go nowhere else', async () => {
    const response = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `bc-customer=${TOKEN}` },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(502);
    // The configured upstream got the request, with the secret and token, once (the pass-through never retries).
    expect(upstream.received).toHaveLength(1);
    expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_ERROR', correlationId: upstream.received[0]!.headers['x-correlation-id'] } });
    expect(upstream.received[0]!.headers['x-bc-trusted-proxy-secret']).toBe(SECRET);
    expect(upstream.received[0]!.headers['x-bc-customer-access-token']).toBe(TOKEN);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('is not followed by the server client, and is not retried: the error says it was a redirect', async () => {
    const client = createServerClient({
      storeHash: 'abc123',
      storefrontToken: 'sf-token',
      endpoints: { graphql: `${upstream.url}/graphql` },
      trustedProxySecret: SECRET,
      retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 },
    });
    const scoped = client.forRequest({ headers: { cookie: `bc-customer=${TOKEN}` }, url: 'http://localhost/' }, { remoteAddress: '203.0.113.9' });
    const error = await scoped.request(QUERY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect((error as StorefrontHttpError).message).toMatch(/HTTP 307 \(a redirect: never followed\)$/);
    expect(upstream.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
  });
});
