import { afterEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/startStack.js';
import { createShopper } from './support/shopper.js';
import { forgedJwt, hostedSessionSyncJwt } from './support/sessionSync.js';

const A = '203.0.113.50';
const B = '203.0.113.51';
const FIVE_MINUTES = 5 * 60_000;

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const validationsUpstream = (s: Stack) => s.upstream.filter((r) => r.body.includes('validateSessionSyncJwt')).length;

describe('session-sync lockout', () => {
  it('locks shopper A for five minutes after three bad JWTs, while B behind the same proxy still syncs', async () => {
    stack = await startStack({ secret: true });
    const a = createShopper(stack.origin, A);
    const b = createShopper(stack.origin, B);
    for (let i = 0; i < 3; i++) expect((await a.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`)).status).toBe(400);

    // The fourth attempt, even with a valid JWT, is refused by BigCommerce: 429 with Retry-After.
    const locked = await a.fetch(`${stack.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox, { ip: A })}`);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(290);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(300);

    // From now on the handler answers A itself: no further upstream attempt.
    const before = validationsUpstream(stack);
    const again = await a.fetch(`${stack.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox, { ip: A })}`);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(validationsUpstream(stack)).toBe(before);

    // B, a different shopper behind the same proxy, is not affected.
    const synced = await b.fetch(`${stack.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox, { ip: B, redirectTo: '/b' })}`);
    expect(synced.status).toBe(302);
    expect(synced.headers.get('location')).toBe('/b');

    // Five minutes later on the sandbox clock, A syncs again.
    stack.sandbox.clock.advance(FIVE_MINUTES + 1000);
    const after = await a.fetch(`${stack.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox, { ip: A, redirectTo: '/a' })}`);
    expect(after.status).toBe(302);
    expect(after.headers.get('location')).toBe('/a');
  });

  it('without a trusted-proxy secret, one shopper locks out both: the reason a trusted proxy matters', async () => {
    stack = await startStack({ secret: false });
    const a = createShopper(stack.origin, A);
    const b = createShopper(stack.origin, B);
    for (let i = 0; i < 3; i++) expect((await a.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`)).status).toBe(400);
    // BigCommerce sees every shopper as the server's address, so B inherits A's block.
    const blocked = await b.fetch(`${stack.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox)}`);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // And no True-Client-IP or secret went upstream at all.
    for (const request of stack.upstream) {
      expect(request.headers['true-client-ip']).toBeUndefined();
      expect(request.headers['x-bc-trusted-proxy-secret']).toBeUndefined();
    }
  });

  it('a browser-sent True-Client-IP or secret never reaches upstream without a configured secret', async () => {
    stack = await startStack({ secret: false });
    const a = createShopper(stack.origin, A);
    await a.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`, { headers: { 'true-client-ip': B, 'x-bc-trusted-proxy-secret': 'guess' } });
    await a.fetch(`${stack.api}/graphql`, { method: 'POST', json: { query: '{ site { settings { storeName } } }' }, headers: { 'true-client-ip': B, 'x-bc-trusted-proxy-secret': 'guess' } });
    expect(stack.upstream).toHaveLength(2);
    for (const request of stack.upstream) {
      expect(request.headers['true-client-ip']).toBeUndefined();
      expect(request.headers['x-bc-trusted-proxy-secret']).toBeUndefined();
    }
  });

  it("another site cannot spend a shopper's attempts with <img> requests", async () => {
    stack = await startStack({ secret: true });
    const a = createShopper(stack.origin, A);
    const image = { 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image', 'sec-fetch-site': 'cross-site' };
    for (let i = 0; i < 5; i++) expect((await a.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`, { headers: image })).status).toBe(403);
    expect(validationsUpstream(stack)).toBe(0);
    // A real navigation still syncs.
    const page = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'sec-fetch-site': 'cross-site' };
    const synced = await a.fetch(`${stack.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox, { ip: A, redirectTo: '/a' })}`, { headers: page });
    expect(synced.status).toBe(302);
  });

  it('remembers at most lockoutMaxEntries addresses', async () => {
    stack = await startStack({ secret: true, handler: { lockoutMaxEntries: 2 } });
    const ips = ['198.51.100.1', '198.51.100.2', '198.51.100.3'];
    for (const ip of ips) {
      const s = createShopper(stack.origin, ip);
      for (let i = 0; i < 3; i++) await s.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`);
      expect((await s.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`)).status).toBe(429);
    }
    // The first address was evicted from the handler's memory, so its next attempt goes upstream
    // again (and BigCommerce still refuses it): memory stays bounded, protection stays upstream.
    const before = validationsUpstream(stack);
    expect((await createShopper(stack.origin, ips[0]).fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`)).status).toBe(429);
    expect(validationsUpstream(stack)).toBe(before + 1);
    expect((await createShopper(stack.origin, ips[2]).fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`)).status).toBe(429);
    expect(validationsUpstream(stack)).toBe(before + 1);
  });
});
