import { QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorefrontServer, type StorefrontServer } from '../../src/server/createStorefrontServer.js';
import { createShopper } from './support/shopper.js';
import { startStack, type Stack } from './support/startStack.js';

// Non-default names on both sides, so a request context that ignored the handler's would miss them.
const SESSION = 'shop_session';
let stack: Stack;
let server: StorefrontServer<QueryClient>;
beforeAll(async () => {
  stack = await startStack({
    client: { cookie: { name: 'shop-token' } },
    handler: { browserSessionCookie: SESSION },
    createHandler: (options) => (server = createStorefrontServer({ ...options, queryClient: () => new QueryClient() })).handler,
  });
});
afterAll(() => stack.close());

const sessionCookie = (value: unknown) => `${SESSION}=${encodeURIComponent(JSON.stringify(value))}`;
const page = (headers: Record<string, string> = {}) => new Request(`${stack.origin}/products/1`, { headers });

describe('createStorefrontServer().requestContext', () => {
  it('reads the customer token the handler set, with its cookie name, and prefetches as that shopper from their IP', async () => {
    const customer = stack.sandbox.customers[0]!;
    const shopper = createShopper(stack.origin, '198.51.100.20');
    const login = await shopper.fetch(`${stack.api}/login`, { method: 'POST', json: { email: customer.email, password: customer.password } });
    expect(login.status).toBe(200);
    const token = shopper.cookies.get('shop-token');
    expect(token).toMatch(/^[0-9a-f]{64}_\d+$/);

    const cookie = `shop-token=${token}; ${sessionCookie({ cartId: null, visitorId: null, locale: null, customer: { entityId: customer.entityId } })}`;
    const ctx = server.requestContext(page({ cookie, 'x-forwarded-for': '198.51.100.20' }), { remoteAddress: '127.0.0.1' });
    expect(ctx.client.customerAccessToken).toBe(token);
    expect(ctx.client.clientIp).toBe('198.51.100.20');
    expect(ctx.state.customer?.entityId).toBe(customer.entityId);

    const before = stack.upstream.length;
    await ctx.prefetchView({ settings: true, customer: true });
    const sent = stack.upstream.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['true-client-ip']).toBe('198.51.100.20');
    expect(sent[0]!.headers['x-bc-customer-access-token']).toBe(token);
    expect(ctx.queryClient.getQueryData(ctx.queries.customer(ctx.state).queryKey)).toMatchObject({ entityId: customer.entityId, email: customer.email });
  });

  it('gives every request its own QueryClient and session', () => {
    const a = server.requestContext(page(), { remoteAddress: '127.0.0.1' });
    const b = server.requestContext(page(), { remoteAddress: '127.0.0.1' });
    expect(a.queryClient).not.toBe(b.queryClient);
    a.session.setCartId('abc');
    expect(b.session.getSnapshot().cartId).toBeNull();
  });

  it('reads the cart and locale from the browser session cookie, and a locale passed in wins', () => {
    const cookie = sessionCookie({ cartId: 'cart-1', visitorId: '0b7c2b5e-9f55-4a53-a1d5-3f8b0c6f1e2a', locale: 'de', customer: null });
    const fromCookie = server.requestContext(page({ cookie }), { remoteAddress: '127.0.0.1' });
    expect(fromCookie.state).toMatchObject({ cartId: 'cart-1', locale: 'de', visitorId: '0b7c2b5e-9f55-4a53-a1d5-3f8b0c6f1e2a' });
    expect(fromCookie.locale).toBe('de');
    const fromUrl = server.requestContext(page({ cookie }), { remoteAddress: '127.0.0.1', locale: 'fr' });
    expect(fromUrl.state.locale).toBe('fr');
    expect(fromUrl.client.config.locale ?? null).not.toBe('fr'); // the config stays; the scoped client sends it per request
    expect(fromUrl.locale).toBe('fr');
  });

  it('sends the passed locale upstream as Accept-Language', async () => {
    const ctx = server.requestContext(page(), { remoteAddress: '127.0.0.1', locale: 'fr' });
    const before = stack.upstream.length;
    await ctx.prefetchView({ categories: true });
    expect(stack.upstream.slice(before)[0]!.headers['accept-language']).toBe('fr');
  });
});

describe('requestContext refuses what a shopper can forge', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    const ctx = server.requestContext(page({ 'x-forwarded-for': '1.2.3.4' }), { remoteAddress: '203.0.113.9' });
    expect(ctx.client.clientIp).toBe('203.0.113.9');
  });

  it('takes the address the trusted proxy appended, not the one the client wrote on the left', () => {
    const ctx = server.requestContext(page({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }), { remoteAddress: '127.0.0.1' });
    expect(ctx.client.clientIp).toBe('198.51.100.7');
  });

  it('renders a guest when the session cookie claims a customer but no customer token proves it', async () => {
    const cookie = sessionCookie({ cartId: null, visitorId: null, locale: null, customer: { entityId: stack.sandbox.customers[0]!.entityId, email: 'x@example.com' } });
    const ctx = server.requestContext(page({ cookie }), { remoteAddress: '127.0.0.1' });
    expect(ctx.state.customer).toBeNull();
    const before = stack.upstream.length;
    await ctx.prefetchView({ customer: true });
    expect(stack.upstream.length).toBe(before); // a guest's customer query asks nothing
  });

  it.each([
    ['a token that is not one', 'shop-token=<script>alert(1)</script>'],
    ['two different tokens (one tossed in by a sibling subdomain)', `shop-token=${'a'.repeat(64)}_9999999999; shop-token=${'b'.repeat(64)}_9999999999`],
    ['an expired token', `shop-token=${'a'.repeat(64)}_1000`],
  ])('sends no customer token for %s', (_name, cookie) => {
    expect(server.requestContext(page({ cookie }), { remoteAddress: '127.0.0.1' }).client.customerAccessToken).toBeNull();
  });

  it.each([
    ['not JSON', `${SESSION}=%7Bnot-json`],
    ['a broken escape', `${SESSION}=%E0%A4%A`],
    ['hostile fields', sessionCookie({ cartId: '"><script>', visitorId: '../../etc', locale: 'fr\r\nSet-Cookie: x=1', customer: 'admin', __proto__: { polluted: 1 } })],
    ['an oversized value', `${SESSION}=${'x'.repeat(100_000)}`],
  ])('reads a session cookie with %s as an empty session, without throwing', (_name, cookie) => {
    const ctx = server.requestContext(page({ cookie }), { remoteAddress: '127.0.0.1' });
    expect(ctx.state).toMatchObject({ cartId: null, locale: null, customer: null });
    expect(ctx.state.visitorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['fr\r\nx-evil: 1', '../fr', '', 'f'])('refuses the locale %j with a TypeError naming the fix', (locale) => {
    expect(() => server.requestContext(page(), { remoteAddress: '127.0.0.1', locale })).toThrow(/requestContext locale .* is not a language tag/);
  });

  it('refuses to guess the connection address', () => {
    expect(() => server.requestContext(page())).toThrow(/createStorefrontServer: requestContext needs the connection's address/);
  });
});

describe('createStorefrontServer options', () => {
  it('requires a QueryClient factory', () => {
    expect(() => createStorefrontServer({ client: stack.client } as never)).toThrow(/options\.queryClient must make a fresh QueryClient/);
  });

  it('validates the handler options under its own name', () => {
    expect(() => createStorefrontServer({ client: stack.client, queryClient: () => new QueryClient(), browserSessionCookie: 'a b' })).toThrow(/createStorefrontServer: browserSessionCookie "a b"/);
  });
});
