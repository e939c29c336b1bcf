import { describe, expect, it } from 'vitest';
import { createServerClient } from '../../src/server/createServerClient.js';
import { createStorefrontHandler } from '../../src/server/createStorefrontHandler.js';

const client = createServerClient({ storeHash: 'abc123', storefrontToken: 'token', endpoints: { graphql: 'http://127.0.0.1:9/graphql' }, retry: false });

describe('createStorefrontHandler', () => {
  it('validates its options with clear errors and is pure', () => {
    expect(() => createStorefrontHandler({} as never)).toThrow(/options\.client must be the result of createServerClient/);
    expect(() => createStorefrontHandler({ client, basePath: 'api' })).toThrow(/basePath/);
    expect(() => createStorefrontHandler({ client, loginPagePath: '//evil.example' })).toThrow(/loginPagePath must be a path/);
    expect(() => createStorefrontHandler({ client, browserSessionCookie: 'a b' })).toThrow(/browserSessionCookie/);
    expect(typeof createStorefrontHandler({ client })).toBe('function');
  });

  it('survives an onError callback that throws', async () => {
    const handler = createStorefrontHandler({ client, onError: () => {
      throw new Error('logger down');
    } });
    const response = await handler(new Request('http://shop.example/api/storefront/checkout'));
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INTERNAL_ERROR');
  });

  it('answers 404 outside its routes and for unknown ones, without any upstream call', async () => {
    const handler = createStorefrontHandler({ client });
    for (const path of ['/elsewhere', '/api/storefront', '/api/storefront/nope', '/api/storefront/__proto__', '/api/storefront/constructor']) {
      const response = await handler(new Request(`http://shop.example${path}`), { remoteAddress: '127.0.0.1' });
      expect(response.status, path).toBe(404);
    }
  });

  it('fails clearly (500, no details to the browser) without a remote address', async () => {
    const errors: unknown[] = [];
    const handler = createStorefrontHandler({ client, onError: (error) => errors.push(error) });
    const response = await handler(new Request('http://shop.example/api/storefront/checkout'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('remoteAddress');
    expect(String(errors[0])).toMatch(/no remoteAddress for this request/);
    const withGetter = createStorefrontHandler({ client, getRemoteAddress: () => '203.0.113.9' });
    expect((await withGetter(new Request('http://shop.example/api/storefront/checkout'))).status).toBe(302);
  });

  it('honours a custom basePath', async () => {
    const handler = createStorefrontHandler({ client, basePath: '/bc/' });
    const response = await handler(new Request('http://shop.example/bc/login?redirectTo=%2Fx'), { remoteAddress: '127.0.0.1' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?redirectTo=%2Fx');
  });
});

describe('createServerClient', () => {
  it('validates the secret and the proxy list at creation', () => {
    expect(() => createServerClient({ storeHash: 'abc123', storefrontToken: 't', trustedProxySecret: 'short' })).toThrow(/trustedProxySecret/);
    expect(() => createServerClient({ storeHash: 'abc123', storefrontToken: 't', trustedProxySecret: 'has a space in it' })).toThrow(/trustedProxySecret/);
    expect(() => createServerClient({ storeHash: 'abc123', storefrontToken: 't', trustedProxies: ['nope'] })).toThrow(/trustedProxies/);
    expect(() => createServerClient({ storeHash: '', storefrontToken: 't' })).toThrow(/storeHash/);
    expect(() => createServerClient({ storeHash: 'abc123', storefrontToken: 't', cookie: { name: 'bad;name' } })).toThrow(/not a valid cookie name/);
  });

  it('scopes a client to one request: IP, cookie token, correlation id', () => {
    const server = createServerClient({ storeHash: 'abc123', storefrontToken: 't', trustedProxies: 1, trustedProxySecret: 'secret-secret' });
    const token = `${'ab'.repeat(32)}_${Math.floor(Date.now() / 1000) + 3600}`;
    const request = new Request('https://shop.example/api/storefront/graphql', {
      headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.4', cookie: `__Host-bc-customer=${token}`, 'x-correlation-id': 'nope' },
    });
    const scoped = server.forRequest(request, { remoteAddress: '10.0.0.1' });
    expect(scoped.clientIp).toBe('198.51.100.4');
    expect(scoped.customerAccessToken).toBe(token);
    expect(scoped.cookie.secure).toBe(true);
    expect(scoped.correlationId).toMatch(/^[\da-f]{8}-[\da-f]{4}-4/);
    const other = server.forRequest(new Request('https://shop.example/x'), { remoteAddress: '10.0.0.2' });
    expect(other.customerAccessToken).toBeNull();
    expect(other.clientIp).toBe('10.0.0.2');
    expect(other.correlationId).not.toBe(scoped.correlationId);
    expect(server.forRequest(request, { remoteAddress: '10.0.0.1', customerAccessToken: null }).customerAccessToken).toBeNull();
  });

  it('without trusted proxies, gives each request the IP of its own socket, also when one address repeats', () => {
    // forRequest remembers the last socket address (keep-alive connections repeat it): the answer
    // must still follow each call's remoteAddress, never a header, never a previous request's.
    const server = createServerClient({ storeHash: 'abc123', storefrontToken: 't', trustedProxySecret: 'secret-secret' });
    const spoofing = new Request('https://shop.example/x', { headers: { 'x-forwarded-for': '6.6.6.6', forwarded: 'for=6.6.6.6' } });
    const sequence = ['10.0.0.1', '10.0.0.1', '::ffff:10.0.0.2', '[2001:db8::1]:443', '10.0.0.1', '2001:DB8::1', '10.0.0.1'];
    const expected = ['10.0.0.1', '10.0.0.1', '10.0.0.2', '2001:db8::1', '10.0.0.1', '2001:db8::1', '10.0.0.1'];
    expect(sequence.map((remoteAddress) => server.forRequest(spoofing, { remoteAddress }).clientIp)).toEqual(expected);
    // A bad address is refused every time, and does not disturb the remembered one.
    expect(() => server.forRequest(spoofing, { remoteAddress: 'not-an-ip' })).toThrow(/remoteAddress/);
    expect(() => server.forRequest(spoofing, { remoteAddress: 'not-an-ip' })).toThrow(/remoteAddress/);
    expect(server.forRequest(spoofing, { remoteAddress: '10.0.0.1' }).clientIp).toBe('10.0.0.1');
  });
});
