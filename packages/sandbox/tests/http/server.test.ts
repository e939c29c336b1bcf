import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { loggedRequests, startSandbox } from '../support/sandboxFixtures.js';

const SECRET = 'proxy-secret-for-tests';
let withSecret: Sandbox;
let withoutSecret: Sandbox;
beforeAll(async () => {
  [withSecret, withoutSecret] = await Promise.all([startSandbox({ trustedProxySecret: SECRET }), startSandbox()]);
});
afterAll(() => Promise.all([withSecret.close(), withoutSecret.close()]));

async function attributedIp(sandbox: Sandbox, headers: Record<string, string>): Promise<{ clientIp: unknown; connectionIp: unknown }> {
  const correlationId = crypto.randomUUID();
  await fetch(`${sandbox.url}/checkout`, { headers: { ...headers, 'x-correlation-id': correlationId } });
  const [entry] = await loggedRequests(sandbox, correlationId);
  return { clientIp: entry!.clientIp, connectionIp: entry!.connectionIp };
}

describe('trusted-proxy attribution', () => {
  it('attributes a request with the right secret to its True-Client-IP', async () => {
    expect(await attributedIp(withSecret, { 'x-bc-trusted-proxy-secret': SECRET, 'true-client-ip': '203.0.113.7' })).toEqual({ clientIp: '203.0.113.7', connectionIp: '127.0.0.1' });
    expect((await attributedIp(withSecret, { 'x-bc-trusted-proxy-secret': SECRET, 'true-client-ip': '2001:db8::1' })).clientIp).toBe('2001:db8::1');
  });

  it('silently uses the connection’s address for a wrong or missing secret', async () => {
    const cases: Array<Record<string, string>> = [{ 'x-bc-trusted-proxy-secret': 'wrong', 'true-client-ip': '203.0.113.7' }, { 'x-bc-trusted-proxy-secret': `${SECRET}x`, 'true-client-ip': '203.0.113.7' }, { 'true-client-ip': '203.0.113.7' }];
    for (const headers of cases) {
      expect((await attributedIp(withSecret, headers)).clientIp).toBe('127.0.0.1');
    }
  });

  it('ignores a True-Client-IP that is not exactly one IP address', async () => {
    for (const ip of ['203.0.113.7, 198.51.100.1', 'localhost', '999.1.1.1', '']) {
      expect((await attributedIp(withSecret, { 'x-bc-trusted-proxy-secret': SECRET, 'true-client-ip': ip })).clientIp).toBe('127.0.0.1');
    }
  });

  it('never believes True-Client-IP when no secret is configured', async () => {
    expect((await attributedIp(withoutSecret, { 'x-bc-trusted-proxy-secret': SECRET, 'true-client-ip': '203.0.113.7' })).clientIp).toBe('127.0.0.1');
  });
});

describe('HTTP server', () => {
  it('answers unknown paths with 404 JSON', async () => {
    const res = await fetch(`${withSecret.url}/no/such/path`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('refuses bodies over 1 MB with 413 and keeps serving', async () => {
    const big = JSON.stringify({ query: `{ site { settings { storeName } } }`, padding: 'x'.repeat(1024 * 1024) });
    const res = await fetch(`${withSecret.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ status: 413 });
    expect((await fetch(`${withSecret.url}/__sandbox/config`)).status).toBe(200);
  });

  it('refuses an oversized chunked body (no Content-Length) with 413 too', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${withSecret.url}/stores/${withSecret.storeHash}/payments`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 20; i += 1) req.write(Buffer.alloc(100 * 1024, 0x61));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('never answers malformed input with 500', async () => {
    const s = withSecret;
    const paths = [
      ['POST', '/graphql'],
      ['POST', `/stores/${s.storeHash}/payments`],
      ['POST', `/stores/${s.storeHash}/v3/payments/access_tokens`],
      ['GET', `/stores/${s.storeHash}/v3/payments/methods?order_id=%00`],
      ['POST', `/stores/${s.storeHash}/v3/orders/abc/payment_actions/refunds`],
      ['POST', `/stores/${s.storeHash}/v3/orders/1/payment_actions/refund_quotes`],
      ['GET', `/stores/${s.storeHash}/v2/orders/-1`],
      ['GET', '/session-sync?jwt=%E0%A4%A'],
      ['GET', '/checkout?cartId=%00%00'],
      ['GET', '/images/stencil/999999x1/products/abc/1/x.svg'],
      ['POST', '/__sandbox/faults'],
      ['POST', '/__sandbox/clock'],
      ['PATCH', '/__sandbox/config'],
    ] as const;
    const bodies = ['', '{', 'null', '[]', '"x"', '{"query": 5}', '{"payment": {"instrument": null}}', '\u0000\uffff', '{"items": {"a": 1}}'];
    for (const [method, path] of paths) {
      for (const body of bodies) {
        const res = await fetch(`${s.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', authorization: 'PAT x', 'x-auth-token': s.managementToken, accept: 'application/vnd.bc.v1+json' },
          ...(method === 'GET' ? {} : { body }),
        });
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        await res.arrayBuffer();
      }
    }
  });

  it('answers a CORS preflight for the storefront API without allowing the trusted-proxy headers', async () => {
    const res = await fetch(`${withSecret.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const allowed = res.headers.get('access-control-allow-headers')!;
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('x-bc-customer-access-token');
    expect(allowed).not.toContain('x-bc-trusted-proxy-secret');
    expect(allowed).not.toContain('true-client-ip');
  });

  it('serves its connection details at /__sandbox/config', async () => {
    const config = (await (await fetch(`${withSecret.url}/__sandbox/config`)).json()) as Record<string, any>;
    expect(config).toMatchObject({
      storeHash: withSecret.storeHash,
      storefrontToken: withSecret.storefrontToken,
      privateToken: withSecret.privateToken,
      managementToken: withSecret.managementToken,
      origin: withSecret.url,
      graphqlUrl: `${withSecret.url}/graphql`,
      trustedProxySecret: SECRET,
    });
    expect(config.customers.length).toBeGreaterThan(0);
    expect(config.customers[0]).toEqual(expect.objectContaining({ email: expect.any(String), password: expect.any(String) }));
  });
});

describe('sandbox bugs', () => {
  it('answers a handler that throws with a logged 500 and keeps serving', async () => {
    const errors: string[] = [];
    const sandbox = await startSandbox({ logger: { error: (message) => errors.push(message) } });
    try {
      const carts = sandbox.store.carts;
      const get = carts.get.bind(carts);
      carts.get = () => {
        throw new Error('simulated bug');
      };
      const res = await fetch(`${sandbox.url}/checkout?cartId=abc`);
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ status: 500, title: 'Internal Server Error' });
      expect(errors).toEqual(['bc-sandbox: internal error on GET /checkout']);
      carts.get = get;
      expect((await fetch(`${sandbox.url}/checkout?cartId=abc`)).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});
