import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/startStack.js';
import { createCartThrough, createShopper, gqlThrough } from './support/shopper.js';
import { forgedJwt, hostedSessionSyncJwt, sandboxLogin } from './support/sessionSync.js';

const ME = 'query { customer { entityId } }';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.sandbox.reset());

describe('GET /checkout: session sync out', () => {
  it('hands the cart to hosted checkout with the shopper arriving signed in, in one correlated operation', async () => {
    const customer = stack.sandbox.customers[0]!;
    // The shopper is the test connection itself (127.0.0.1), so it can follow the link to the sandbox
    // from the address the JWT was issued for.
    const shopper = createShopper(stack.origin);
    await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    const cartId = await createCartThrough(stack, shopper);
    shopper.cookies.set('bc_session', encodeURIComponent(JSON.stringify({ cartId, visitorId: '2f1e8a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5b', locale: null, customer: null })));
    stack.upstream.length = 0;

    const handoff = await shopper.fetch(`${stack.api}/checkout`, { headers: { 'user-agent': 'test-browser/1.0' } });
    expect(handoff.status).toBe(302);
    const location = handoff.headers.get('location')!;
    expect(location.startsWith(`${stack.sandbox.url}/session-sync?jwt=`)).toBe(true);
    // The generate request carried the customer token, the visitor id and the request data.
    const sent = JSON.parse(stack.upstream[0]!.body) as { variables: { cartId: string; analytics: { initiator: { visitorId: string; visitId: string }; request: { userAgent: string; ip: string } } } };
    expect(sent.variables.cartId).toBe(cartId);
    expect(sent.variables.analytics.initiator.visitorId).toBe('2f1e8a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5b');
    expect(sent.variables.analytics.initiator.visitId).toMatch(/^[\da-f-]{36}$/);
    expect(sent.variables.analytics.request).toMatchObject({ userAgent: 'test-browser/1.0', ip: '127.0.0.1' });
    expect(stack.upstream[0]!.headers['x-bc-customer-access-token']).toMatch(/^[0-9a-f]{64}_\d+$/);

    // The browser follows the link to the hosted pages.
    const landing = await fetch(location, { redirect: 'manual' });
    expect(landing.status).toBe(302);
    const hostedCookie = landing.headers.getSetCookie()[0]!.split(';')[0]!;
    const checkout = await fetch(new URL(landing.headers.get('location')!, stack.sandbox.url), { headers: { cookie: hostedCookie } });
    const html = await checkout.text();
    expect(html).toContain(`Signed in as <strong class="customer-name">${customer.firstName} ${customer.lastName}</strong>`);
  });

  it('sends a shopper whose token was revoked elsewhere to sign in again, clearing the cookie', async () => {
    const customer = stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin);
    await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    const cartId = await createCartThrough(stack, shopper);
    shopper.cookies.set('bc_session', encodeURIComponent(JSON.stringify({ cartId, visitorId: null, locale: null, customer: null })));
    // Signed out on another device: BigCommerce's logout invalidates the token everywhere.
    stack.sandbox.store.revokeCustomerAccessTokens(customer.entityId);
    const response = await shopper.fetch(`${stack.api}/checkout`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?redirectTo=%2Fcart');
    expect(shopper.cookies.has('bc-customer')).toBe(false);
  });

  it('sends a shopper without a cart to the cart page', async () => {
    const response = await createShopper(stack.origin).fetch(`${stack.api}/checkout`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/cart');
  });
});

describe('GET /session-sync: session sync in', () => {
  it('sets the session cookie, adopts the cart and redirects to the same-site path', async () => {
    const ip = '203.0.113.40';
    const customer = stack.sandbox.customers[0]!;
    const token = await sandboxLogin(stack.sandbox);
    const shopper = createShopper(stack.origin, ip);
    const cartId = await createCartThrough(stack, createShopper(stack.origin, ip));
    const jwt = await hostedSessionSyncJwt(stack.sandbox, { ip, redirectTo: '/account/orders?page=2', cartId, customerToken: token });
    const response = await shopper.fetch(`${stack.api}/session-sync?jwt=${jwt}`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/account/orders?page=2');
    expect(shopper.cookies.get('bc-customer')).toMatch(/^[0-9a-f]{64}_\d+$/);
    const session = JSON.parse(decodeURIComponent(shopper.cookies.get('bc_session')!)) as { cartId: string; customer: { entityId: number } };
    expect(session.cartId).toBe(cartId);
    expect(session.customer.entityId).toBe(customer.entityId);
    expect(shopper.lastSetCookies.find((c) => c.startsWith('bc_session='))).not.toContain('HttpOnly');
    const me = await gqlThrough(shopper, stack.api, ME);
    expect(me.body.data?.customer.entityId).toBe(customer.entityId);
  });

  it('redirects an encoded protocol-relative redirectTo to / instead', async () => {
    const ip = '203.0.113.41';
    const jwt = await hostedSessionSyncJwt(stack.sandbox, { ip, redirectTo: '/%2F%2Fevil.example/x' });
    const response = await createShopper(stack.origin, ip).fetch(`${stack.api}/session-sync?jwt=${jwt}`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
  });

  it('answers 400 for an invalid JWT and sends an expired one back where the shopper came from', async () => {
    const ip = '203.0.113.42';
    const shopper = createShopper(stack.origin, ip);
    const invalid = await shopper.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`);
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe('INVALID_SESSION_SYNC_JWT');
    expect((await shopper.fetch(`${stack.api}/session-sync?jwt=garbage`)).status).toBe(400);
    expect((await shopper.fetch(`${stack.api}/session-sync`)).status).toBe(400);

    const jwt = await hostedSessionSyncJwt(stack.sandbox, { ip });
    stack.sandbox.clock.advance(31_000);
    const expired = await shopper.fetch(`${stack.api}/session-sync?jwt=${jwt}`, { headers: { referer: `${stack.origin}/product/7?color=red` } });
    expect(expired.status).toBe(302);
    expect(expired.headers.get('location')).toBe('/product/7?color=red');
    const jwt2 = await hostedSessionSyncJwt(stack.sandbox, { ip });
    stack.sandbox.clock.advance(31_000);
    const foreignReferer = await shopper.fetch(`${stack.api}/session-sync?jwt=${jwt2}`, { headers: { referer: 'https://evil.example/x' } });
    expect(foreignReferer.headers.get('location')).toBe('/');
  });
});
