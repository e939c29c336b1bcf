import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/startStack.js';
import { createCartThrough, createShopper, gqlThrough } from './support/shopper.js';

const ME = 'query { customer { entityId email } }';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

function parseSetCookie(line: string) {
  const [pair, ...attributes] = line.split('; ');
  const eq = pair!.indexOf('=');
  return { name: pair!.slice(0, eq), value: pair!.slice(eq + 1), attributes };
}

describe('POST /login', () => {
  it('keeps the token in an httpOnly cookie and answers the public profile only', async () => {
    const customer = stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin, '198.51.100.20');
    const response = await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/[0-9a-f]{64}_\d+/);
    const body = JSON.parse(text) as { customer: Record<string, unknown> };
    expect(body.customer).toEqual({ entityId: customer.entityId, firstName: customer.firstName, lastName: customer.lastName, email: customer.email });

    const [line] = shopper.lastSetCookies;
    const cookie = parseSetCookie(line!);
    expect(cookie.name).toBe('bc-customer'); // 127.0.0.1: no __Host- prefix, no Secure
    expect(cookie.value).toMatch(/^[0-9a-f]{64}_\d+$/);
    expect(cookie.attributes).toContain('HttpOnly');
    expect(cookie.attributes).toContain('SameSite=Lax');
    expect(cookie.attributes).toContain('Path=/');
    expect(cookie.attributes).not.toContain('Secure');
    // Expiring with the token: the value's unix expiry is the cookie's.
    const expiry = Number(cookie.value.split('_')[1]) * 1000;
    expect(cookie.attributes).toContain(`Expires=${new Date(expiry).toUTCString()}`);
    const maxAge = Number(cookie.attributes.find((a) => a.startsWith('Max-Age='))!.slice(8));
    expect(Math.abs(maxAge - (expiry - stack.sandbox.clock.now()) / 1000)).toBeLessThanOrEqual(2);

    // The cookie signs later requests in, server side.
    const me = await gqlThrough(shopper, stack.api, ME);
    expect(me.body.data?.customer).toEqual({ entityId: customer.entityId, email: customer.email });
  });

  it('sets Secure and the __Host- prefix for a non-local host', async () => {
    const customer = stack.sandbox.customers[0]!;
    const body = JSON.stringify({ email: customer.email, password: customer.password });
    const cookies = await new Promise<string[]>((resolve, reject) => {
      const req = httpRequest(`${stack.api}/login`, { method: 'POST', headers: { host: 'shop.example', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        resolve(res.headers['set-cookie'] ?? []);
      });
      req.on('error', reject);
      req.end(body);
    });
    const cookie = parseSetCookie(cookies[0]!);
    expect(cookie.name).toBe('__Host-bc-customer');
    expect(cookie.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Secure']));
    expect(cookie.attributes.some((a) => a.startsWith('Domain='))).toBe(false);
  });

  it('answers 401 with a clear message for wrong credentials, setting no cookie', async () => {
    const customer = stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin);
    const response = await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: 'wrong password' } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'The email or password is wrong.' });
    expect(shopper.lastSetCookies).toEqual([]);
  });

  it('refuses malformed bodies, form posts and cross-site logins', async () => {
    const shopper = createShopper(stack.origin);
    expect((await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: 'a@b.c' } })).status).toBe(400);
    expect((await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: [1] })).status).toBe(400);
    expect((await shopper.fetch(`${stack.api}/login`, { method: 'POST', body: 'email=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    // Login CSRF: another site must not sign the shopper into the attacker's account.
    const customer = stack.sandbox.customers[0]!;
    const csrf = await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password }, headers: { origin: 'https://evil.example' } });
    expect(csrf.status).toBe(403);
    expect(shopper.cookies.size).toBe(0);
    expect((await shopper.fetch(`${stack.api}/login`, { method: 'PUT' })).status).toBe(405);
  });

  it('merges the guest cart from the browser session cookie', async () => {
    const customer = stack.sandbox.customers[1] ?? stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin);
    const cartId = await createCartThrough(stack, shopper);
    shopper.cookies.set('bc_session', encodeURIComponent(JSON.stringify({ cartId, visitorId: '0b5bd4b5-4b51-4c8e-9d3c-8f6a1e2b3c4d', locale: null, customer: null })));
    const response = await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    const body = (await response.json()) as { cart: { entityId: string } | null };
    expect(body.cart?.entityId).toBeTruthy();
    const cart = stack.sandbox.store.carts.get(body.cart!.entityId)!;
    expect(cart.customerEntityId).toBe(customer.entityId);
  });
});

describe('logout', () => {
  it('POST /logout signs out upstream and clears the cookie', async () => {
    const customer = stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin);
    await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    const token = shopper.cookies.get('bc-customer')!;
    expect(token).toBeTruthy();
    const response = await shopper.fetch(`${stack.api}/logout`, { method: 'POST', json: {} });
    expect(response.status).toBe(200);
    const cleared = parseSetCookie(shopper.lastSetCookies[0]!);
    expect(cleared).toMatchObject({ name: 'bc-customer', value: '' });
    expect(cleared.attributes).toEqual(expect.arrayContaining(['Max-Age=0', 'HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(shopper.cookies.has('bc-customer')).toBe(false);
    // The old token is dead upstream too (logout invalidates it on all devices).
    const replay = await fetch(`${stack.sandbox.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.sandbox.privateToken}`, 'x-bc-customer-access-token': token, 'x-bc-error-on-invalid-customer-access-token': 'true' },
      body: JSON.stringify({ query: ME }),
    });
    expect(JSON.stringify(await replay.json())).toMatch(/INVALID_CUSTOMER_ACCESS_TOKEN/);
  });

  it('GET /logout?redirectTo= clears the cookie and redirects only to a same-site path', async () => {
    const customer = stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin);
    await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    const ok = await shopper.fetch(`${stack.api}/logout?redirectTo=${encodeURIComponent('/account?tab=orders')}`);
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe('/account?tab=orders');
    expect(shopper.cookies.has('bc-customer')).toBe(false);
    for (const evil of ['https://evil.example/', '//evil.example', '/\\evil.example', '/%2F%2Fevil.example', '/%5Cevil.example']) {
      const response = await shopper.fetch(`${stack.api}/logout?redirectTo=${encodeURIComponent(evil)}`);
      expect(response.headers.get('location'), evil).toBe('/');
    }
  });

  it('GET /login?redirectTo= sends the shopper to the login page with a safe redirectTo', async () => {
    const shopper = createShopper(stack.origin);
    const ok = await shopper.fetch(`${stack.api}/login?redirectTo=${encodeURIComponent('/checkout?step=2')}`);
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`/login?redirectTo=${encodeURIComponent('/checkout?step=2')}`);
    const evil = await shopper.fetch(`${stack.api}/login?redirectTo=${encodeURIComponent('https://evil.example')}`);
    expect(evil.headers.get('location')).toBe('/login?redirectTo=%2F');
  });
});

describe('cookie isolation', () => {
  it('a cookie with a token in the wrong format is ignored, never sent upstream', async () => {
    const shopper = createShopper(stack.origin);
    shopper.cookies.set('bc-customer', 'abc%0D%0AX-Injected:%201');
    stack.upstream.length = 0;
    const me = await gqlThrough(shopper, stack.api, ME);
    expect(me.body.data?.customer).toBeNull();
    expect(stack.upstream.at(-1)!.headers['x-bc-customer-access-token']).toBeUndefined();
  });
});
