import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { startSandbox } from '../support/sandboxFixtures.js';
import { createCart, gql, login, sessionSyncUrl } from '../support/storefrontFlow.js';

const SECRET = 'session-sync-proxy-secret';
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ trustedProxySecret: SECRET });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

/** Headers of a request our trusted proxy forwards for the shopper at `ip`. */
function shopper(ip: string): Record<string, string> {
  return { 'x-bc-trusted-proxy-secret': SECRET, 'true-client-ip': ip };
}

function visit(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { redirect: 'manual', headers });
}

const BAD_JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJCQyJ9.c2lnbmF0dXJl';

async function validateViaGraphQL(jwt: string, headers: Record<string, string>) {
  return gql(sandbox, 'mutation V($jwt: String!) { validateSessionSyncJwt(jwt: $jwt) { content { redirectTo } errors { ... on Error { message } } } }', { jwt }, headers);
}

describe('GET /session-sync', () => {
  it('restores customer and cart as the hosted session and redirects to redirect_to', async () => {
    const token = await login(sandbox);
    const cartId = await createCart(sandbox, { 'x-bc-customer-access-token': token });
    const url = await sessionSyncUrl(sandbox, '/checkout', cartId, { 'x-bc-customer-access-token': token });
    expect(url.startsWith(`${sandbox.url}/session-sync?jwt=`)).toBe(true);

    const res = await visit(url);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${sandbox.url}/checkout`);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^SHOP_SESSION_TOKEN=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);

    const page = await (await fetch(`${sandbox.url}/checkout`, { headers: { cookie: cookie.split(';')[0]! } })).text();
    const customer = sandbox.customers[0]!;
    expect(page).toContain(`${customer.firstName} ${customer.lastName}`);
    expect(page).toContain(customer.email);
    expect(page).toContain(sandbox.store.carts.get(cartId)!.lines[0]!.name.replace(/&/g, '&amp;'));
  });

  it('follows createCartRedirectUrls’ checkout link to a hosted checkout for the signed-in customer', async () => {
    const token = await login(sandbox, 1);
    const cartId = await createCart(sandbox, { 'x-bc-customer-access-token': token });
    const res = await gql(
      sandbox,
      'mutation Urls($input: CreateCartRedirectUrlsInput) { cart { createCartRedirectUrls(input: $input) { redirectUrls { redirectedCheckoutUrl } errors { ... on Error { message } } } } }',
      { input: { cartEntityId: cartId } },
      { 'x-bc-customer-access-token': token },
    );
    const link = res.body.data.cart.createCartRedirectUrls.redirectUrls.redirectedCheckoutUrl as string;
    expect(link.startsWith(`${sandbox.url}/session-sync?jwt=`)).toBe(true);
    const landed = await visit(link);
    expect(landed.status).toBe(302);
    const target = new URL(landed.headers.get('location')!);
    expect(target.origin).toBe(sandbox.url);
    const page = await (await fetch(target, { headers: { cookie: landed.headers.get('set-cookie')!.split(';')[0]! } })).text();
    expect(page).toContain(sandbox.customers[1]!.email);
    expect(page).toContain(sandbox.store.carts.get(cartId)!.lines[0]!.sku);
  });

  it('is single use (and a HEAD does not use it up)', async () => {
    const url = await sessionSyncUrl(sandbox, '/checkout', null);
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(404);
    expect((await visit(url)).status).toBe(302);
    expect((await visit(url)).status).toBe(400);
  });

  it('expires after 30 seconds on the sandbox clock', async () => {
    const url = await sessionSyncUrl(sandbox, '/checkout', null);
    sandbox.clock.advance(31_000);
    const res = await visit(url);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('expired');
  });

  it('refuses a JWT generated for another shopper IP', async () => {
    const url = await sessionSyncUrl(sandbox, '/checkout', null, shopper('203.0.113.9'));
    expect((await visit(url, shopper('198.51.100.4'))).status).toBe(400);
    const fresh = await sessionSyncUrl(sandbox, '/checkout', null, shopper('203.0.113.9'));
    expect((await visit(fresh, shopper('203.0.113.9'))).status).toBe(302);
  });
});

describe('session-sync lockout', () => {
  it('blocks an IP for five minutes after three invalid JWTs, on the page and on validateSessionSyncJwt; other IPs are unaffected', async () => {
    const attacker = shopper('203.0.113.66');
    for (let i = 0; i < 3; i += 1) expect((await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`, attacker)).status).toBe(400);

    const blocked = await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`, attacker);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(300);

    // A valid JWT during the block is refused too.
    const valid = await sessionSyncUrl(sandbox, '/checkout', null, attacker);
    expect((await visit(valid, attacker)).status).toBe(429);

    const viaGraphQL = await validateViaGraphQL(BAD_JWT, attacker);
    expect(viaGraphQL.status).toBe(429);
    expect(Number(viaGraphQL.headers.get('retry-after'))).toBeGreaterThan(0);

    const neighbour = shopper('203.0.113.67');
    expect((await visit(await sessionSyncUrl(sandbox, '/checkout', null, neighbour), neighbour)).status).toBe(302);

    sandbox.clock.advance(60_000);
    const later = await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`, attacker);
    expect(Number(later.headers.get('retry-after'))).toBe(240);

    sandbox.clock.advance(4 * 60_000);
    expect((await visit(await sessionSyncUrl(sandbox, '/checkout', null, attacker), attacker)).status).toBe(302);
  });

  it('counts invalid JWTs from both paths towards one block', async () => {
    const attacker = shopper('203.0.113.70');
    await validateViaGraphQL(BAD_JWT, attacker);
    await validateViaGraphQL(BAD_JWT, attacker);
    expect((await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`, attacker)).status).toBe(400);
    expect((await visit(`${sandbox.url}/session-sync?jwt=`, attacker)).status).toBe(429);
    expect((await validateViaGraphQL(BAD_JWT, attacker)).status).toBe(429);
  });

  it('without a trusted proxy every shopper behind the proxy shares one IP, so one bad actor locks out all', async () => {
    const spoofed = { 'true-client-ip': '203.0.113.80', 'x-bc-trusted-proxy-secret': 'not-the-secret' };
    for (let i = 0; i < 3; i += 1) await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`, spoofed);
    const innocent = await sessionSyncUrl(sandbox, '/checkout', null);
    expect((await visit(innocent)).status).toBe(429);
  });

  it('is cleared by reset', async () => {
    for (let i = 0; i < 3; i += 1) await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`);
    expect((await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`)).status).toBe(429);
    expect((await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(200);
    expect((await visit(`${sandbox.url}/session-sync?jwt=${BAD_JWT}`)).status).toBe(400);
  });
});
