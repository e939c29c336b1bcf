import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { createSandboxKeys } from '../../src/keys.js';
import { signApiToken } from '../../src/tokens/signApiToken.js';
import { gql, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ storefrontTokenTtlSeconds: 3600 });
});
afterAll(() => sandbox.close());

const QUERY = '{ site { settings { storeName } } }';

describe('storefront token (Authorization: Bearer)', () => {
  test('the issued token is a JWT with BigCommerce-shaped claims and works', async () => {
    const [, payload] = sandbox.storefrontToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims).toMatchObject({ iss: 'BC', sub: sandbox.storeHash, sid: Number(sandbox.storeId), cid: [1], sub_type: 0, token_type: 1 });
    expect(claims.eat - claims.iat).toBe(3600);
    const res = await gql(sandbox, QUERY);
    expect(res.status).toBe(200);
    expect(res.body.data.site.settings.storeName).toBe('Trailhead Coffee & Goods');
  });

  test('missing token: 401 with BigCommerce’s message', async () => {
    const res = await gql(sandbox, QUERY, { headers: { authorization: '' } });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toBe('GraphQL credentials were missing. No token was sent.');
  });

  test('a string that is not a JWT: 401', async () => {
    for (const authorization of ['Bearer not-a-jwt', 'Basic abc', 'Bearer']) {
      const res = await gql(sandbox, QUERY, { headers: { authorization } });
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.message).toBe('GraphQL invalid credentials. String is not a JWT');
    }
  });

  test('a JWT signed by someone else: 401', async () => {
    const otherKeys = await createSandboxKeys();
    const forged = await signApiToken(otherKeys, { storeHash: sandbox.storeHash, storeId: sandbox.storeId, channelIds: [1], clock: sandbox.clock, kind: 'private', scopes: ['Unauthenticated'] });
    const res = await gql(sandbox, QUERY, { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toMatch(/^GraphQL invalid credentials\./);
    const hs = await new SignJWT({ sub: sandbox.storeHash }).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32));
    expect((await gql(sandbox, QUERY, { headers: { authorization: `Bearer ${hs}` } })).status).toBe(401);
  });

  test('a token listing CORS origins refuses browser requests from other origins', async () => {
    const scoped = await startSandbox({ storefrontTokenCorsOrigins: ['https://shop.example'] });
    try {
      const browser = (origin: string) => ({ headers: { origin, authorization: `Bearer ${scoped.storefrontToken}` } });
      const ok = await gql(scoped, QUERY, browser('https://shop.example'));
      expect(ok.status).toBe(200);
      const evil = await gql(scoped, QUERY, browser('https://evil.example'));
      expect(evil.status).toBe(403);
      expect(evil.body.errors?.[0]?.message).toMatch(/^'Origin' header invalid/);
    } finally {
      await scoped.close();
    }
  });

  test('expired on the sandbox clock: 401 "JWT is expired"', async () => {
    const res0 = await gql(sandbox, QUERY);
    expect(res0.status).toBe(200);
    sandbox.clock.advance(3601_000);
    const res = await gql(sandbox, QUERY);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toBe('GraphQL invalid credentials. JWT is expired');
  });
});
