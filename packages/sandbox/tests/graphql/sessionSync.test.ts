import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { LOCKOUT_MS } from '../../src/sessionSync/SessionSyncLockout.js';
import { createCart, gql, gqlData, startSandbox } from './graphqlClient.js';

const SECRET = 'trusted-proxy-secret-for-tests';
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ trustedProxySecret: SECRET });
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

/** Headers of a request the trusted proxy forwards for shopper `ip`. */
const from = (ip: string, extra: Record<string, string> = {}) => ({ 'x-bc-trusted-proxy-secret': SECRET, 'true-client-ip': ip, ...extra });

const GENERATE = `mutation G($redirectTo: String!, $cartId: String) { generateSessionSyncJwt(redirectTo: $redirectTo, cartId: $cartId) {
  result { token url } errors { __typename ... on Error { message } } } }`;
const VALIDATE = `mutation V($jwt: String!) { validateSessionSyncJwt(jwt: $jwt) {
  content { redirectTo customer { entityId email } customerAccessToken { value expiresAt } cart { entityId } }
  errors { __typename ... on InvalidSessionSyncJwtError { errorType message } ... on JwtTokenExpiredError { message } } } }`;

async function loginToken(ip: string): Promise<string> {
  const data = await gqlData(sandbox, 'mutation { login(email: "jane@example.com", password: "Shopper123!") { customerAccessToken { value } } }', { headers: from(ip) });
  return data.login.customerAccessToken.value;
}

async function generate(ip: string, headers: Record<string, string> = {}, cartId?: string): Promise<{ token: string; url: string }> {
  const data = await gqlData(sandbox, GENERATE, { variables: { redirectTo: '/checkout', ...(cartId ? { cartId } : {}) }, headers: from(ip, headers) });
  expect(data.generateSessionSyncJwt.errors).toEqual([]);
  return data.generateSessionSyncJwt.result;
}

function validate(jwt: string, ip: string) {
  return gql(sandbox, VALIDATE, { variables: { jwt }, headers: from(ip) });
}

describe('generateSessionSyncJwt → validateSessionSyncJwt', () => {
  test('round trip carries customer and cart and returns a fresh customer access token', async () => {
    const ip = '203.0.113.10';
    const token = await loginToken(ip);
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }], from(ip, { 'x-bc-customer-access-token': token }));
    const generated = await generate(ip, { 'x-bc-customer-access-token': token }, cart.entityId);
    expect(generated.url).toBe(`${sandbox.url}/session-sync?jwt=${generated.token}`);
    expect(decodeProtectedHeader(generated.token).alg).toBe('ES256');
    const claims = decodeJwt(generated.token) as Record<string, any>;
    expect(claims).toMatchObject({
      iss: 'BC',
      operation: 'session_sync',
      sid: Number(sandbox.storeId),
      request_ip: ip,
      redirect_to: `${sandbox.url}/checkout`,
      session_payload: { cart_id: cart.entityId, customer_id: 1, cart_locale: 'en' },
    });
    expect(claims.eat - claims.iat).toBe(30);
    expect(claims.jti).toEqual(expect.any(String));
    expect(claims.session_payload.visitor_id).toEqual(expect.any(String));

    const res = await validate(generated.token, ip);
    expect(res.status).toBe(200);
    const { content, errors } = res.body.data.validateSessionSyncJwt;
    expect(errors).toEqual([]);
    expect(content).toMatchObject({ redirectTo: `${sandbox.url}/checkout`, customer: { entityId: 1, email: 'jane@example.com' }, cart: { entityId: cart.entityId } });
    expect(content.customerAccessToken.value).toMatch(/^[0-9a-f]{64}_\d+$/);
    expect(content.customerAccessToken.value).not.toBe(token);
    const me = await gqlData(sandbox, '{ customer { entityId } }', { headers: { 'x-bc-customer-access-token': content.customerAccessToken.value } });
    expect(me.customer.entityId).toBe(1);
  });

  test('a guest JWT has no customer; an unknown cart is a CartNotFound error; off-store redirects are refused', async () => {
    const guest = await generate('203.0.113.11');
    expect((decodeJwt(guest.token) as any).session_payload.customer_id).toBeNull();
    const missing = await gqlData(sandbox, GENERATE, { variables: { redirectTo: '/', cartId: 'no-such-cart' }, headers: from('203.0.113.11') });
    expect(missing.generateSessionSyncJwt).toEqual({ result: null, errors: [{ __typename: 'GenerateSessionSyncTokenCartNotFound', message: expect.stringMatching(/Cart not found/) }] });
    const evil = await gql(sandbox, GENERATE, { variables: { redirectTo: 'https://evil.example/' }, headers: from('203.0.113.11') });
    expect(evil.body.errors?.[0]?.message).toMatch(/store's domain/);
  });

  test('the JWT verifies with the sandbox’s ES256 key only while unexpired (30 s on the sandbox clock)', async () => {
    const ip = '203.0.113.12';
    const generated = await generate(ip);
    sandbox.clock.advance(31_000);
    const res = await validate(generated.token, ip);
    expect(res.body.data.validateSessionSyncJwt).toEqual({ content: null, errors: [{ __typename: 'JwtTokenExpiredError', message: expect.stringMatching(/expired/) }] });
    // Signature itself is real ES256 (a foreign key must not verify it).
    const { generateKeyPair } = await import('jose');
    const other = await generateKeyPair('ES256');
    await expect(jwtVerify(generated.token, other.publicKey)).rejects.toThrow();
  });

  test('single use', async () => {
    const ip = '203.0.113.13';
    const generated = await generate(ip);
    expect((await validate(generated.token, ip)).body.data.validateSessionSyncJwt.errors).toEqual([]);
    const second = await validate(generated.token, ip);
    expect(second.body.data.validateSessionSyncJwt.errors).toEqual([{ __typename: 'InvalidSessionSyncJwtError', errorType: 'OTHER', message: expect.stringMatching(/already used/) }]);
  });

  test('request_ip is checked against the attributed client IP', async () => {
    const generated = await generate('203.0.113.14');
    const res = await validate(generated.token, '198.51.100.7');
    expect(res.body.data.validateSessionSyncJwt.errors).toEqual([{ __typename: 'InvalidSessionSyncJwtError', errorType: 'SHOPPER_IP_MISMATCH', message: expect.any(String) }]);
    // The mismatch did not burn the JWT: the right shopper can still use it.
    expect((await validate(generated.token, '203.0.113.14')).body.data.validateSessionSyncJwt.errors).toEqual([]);
  });

  test('tampered and garbage JWTs are InvalidSessionSyncJwtError OTHER', async () => {
    const ip = '203.0.113.15';
    const generated = await generate(ip);
    const [h, p, s] = generated.token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    claims.session_payload.customer_id = 2;
    const tampered = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    for (const jwt of [tampered, 'garbage']) {
      sandbox.reset();
      const res = await validate(jwt, ip);
      expect(res.body.data.validateSessionSyncJwt.errors[0]).toMatchObject({ __typename: 'InvalidSessionSyncJwtError', errorType: 'OTHER' });
    }
  });
});

describe('session-sync lockout', () => {
  test('three invalid JWTs block that IP for five minutes with 429 + Retry-After; other IPs unaffected', async () => {
    const attacker = '192.0.2.66';
    const shopper = '192.0.2.7';
    for (let i = 0; i < 3; i++) {
      const res = await validate('not-a-jwt', attacker);
      expect(res.status).toBe(200);
      expect(res.body.data.validateSessionSyncJwt.errors[0].errorType).toBe('OTHER');
    }
    const blocked = await validate('not-a-jwt', attacker);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(LOCKOUT_MS / 1000);
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');

    // A valid JWT from the blocked IP is refused too.
    const valid = await generate(attacker);
    const refused = await validate(valid.token, attacker);
    expect(refused.status).toBe(429);

    // Another IP is unaffected.
    const other = await generate(shopper);
    const ok = await validate(other.token, shopper);
    expect(ok.status).toBe(200);
    expect(ok.body.data.validateSessionSyncJwt.errors).toEqual([]);

    // Retry-After counts down on the sandbox clock; the block ends after five minutes.
    sandbox.clock.advance(60_000);
    expect(Number((await validate('x', attacker)).headers.get('retry-after'))).toBe(LOCKOUT_MS / 1000 - 60);
    sandbox.clock.advance(LOCKOUT_MS - 60_000);
    const fresh = await generate(attacker);
    const after = await validate(fresh.token, attacker);
    expect(after.status).toBe(200);
    expect(after.body.data.validateSessionSyncJwt.errors).toEqual([]);
  });
});

describe('shared with the hosted /session-sync page', () => {
  const page = (jwt: string, ip: string) => fetch(`${sandbox.url}/session-sync?jwt=${encodeURIComponent(jwt)}`, { headers: from(ip), redirect: 'manual' });

  test('a JWT from generateSessionSyncJwt signs in on the hosted page and is then used up', async () => {
    const ip = '203.0.113.30';
    const generated = await generate(ip);
    const res = await page(generated.token, ip);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${sandbox.url}/checkout`);
    const again = await validate(generated.token, ip);
    expect(again.body.data.validateSessionSyncJwt.errors[0].message).toMatch(/already used/);
  });

  test('invalid JWTs on either path count towards one block', async () => {
    const ip = '192.0.2.99';
    await validate('bad-1', ip);
    expect((await page('bad-2', ip)).status).toBe(400);
    await validate('bad-3', ip);
    const blockedPage = await page('bad-4', ip);
    expect(blockedPage.status).toBe(429);
    expect(Number(blockedPage.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await validate('bad-5', ip)).status).toBe(429);
  });
});

describe('createCartRedirectUrls with a customer access token', () => {
  test('returns session-sync links that sign the customer in and land on the hosted checkout', async () => {
    const ip = '203.0.113.20';
    const token = await loginToken(ip);
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }], from(ip, { 'x-bc-customer-access-token': token }));
    const data = await gqlData(sandbox, 'mutation R($id: String) { cart { createCartRedirectUrls(input: { cartEntityId: $id }) { redirectUrls { redirectedCheckoutUrl embeddedCheckoutUrl } errors { __typename } } } }', {
      variables: { id: cart.entityId },
      headers: from(ip, { 'x-bc-customer-access-token': token }),
    });
    const { redirectedCheckoutUrl, embeddedCheckoutUrl } = data.cart.createCartRedirectUrls.redirectUrls;
    for (const link of [redirectedCheckoutUrl, embeddedCheckoutUrl]) {
      const url = new URL(link);
      expect(`${url.origin}${url.pathname}`).toBe(`${sandbox.url}/session-sync`);
      const claims = decodeJwt(url.searchParams.get('jwt')!) as any;
      expect(claims.session_payload).toMatchObject({ cart_id: cart.entityId, customer_id: 1 });
      expect(claims.redirect_to.startsWith(`${sandbox.url}/checkout`)).toBe(true);
    }
    const res = await validate(new URL(redirectedCheckoutUrl).searchParams.get('jwt')!, ip);
    expect(res.body.data.validateSessionSyncJwt.content.redirectTo).toBe(`${sandbox.url}/checkout`);
  });
});
