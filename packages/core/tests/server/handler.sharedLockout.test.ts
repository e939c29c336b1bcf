import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/server/cache/createRedisStore.js';
import { createStorefrontHandler } from '../../src/server/createStorefrontHandler.js';
import { toNodeHandler } from '../../src/server/toNodeHandler.js';
import { startRedis, type TestRedis } from '../../../../tools/test-stack/startRedis.mjs';
import { startStack, type Stack } from './support/startStack.js';
import { createShopper } from './support/shopper.js';
import { forgedJwt, hostedSessionSyncJwt } from './support/sessionSync.js';

let redis: TestRedis;
let stack: Stack;
let second: { api: string; origin: string; close(): void };
const events: string[] = [];
const storeA = () => createRedisStore({ url: redis.url, keyPrefix: 'lockout-test:' });
const stores: ReturnType<typeof storeA>[] = [];

beforeAll(async () => {
  redis = await startRedis();
  const first = storeA();
  const other = storeA();
  stores.push(first, other);
  stack = await startStack({ secret: true, handler: { store: first, onStoreStateChange: (s) => events.push(s) } });
  // A second instance of the storefront server: same configuration, its own process memory, the same Redis.
  const handler = createStorefrontHandler({ client: stack.client, now: () => stack.sandbox.clock.now(), storeOrigin: stack.sandbox.url, store: other });
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  second = { origin, api: `${origin}/api/storefront`, close: () => server.close() };
});
afterAll(async () => {
  second.close();
  await stack.close();
  await Promise.all(stores.map((s) => s.close()));
  await redis.stop();
});

const validationsUpstream = () => stack.upstream.filter((r) => r.body.includes('validateSessionSyncJwt')).length;

describe('session-sync lockout shared through Redis', () => {
  it('a lockout one instance met stops the other too, with no further upstream validation', async () => {
    const ip = '203.0.113.80';
    const onFirst = createShopper(stack.origin, ip);
    for (let i = 0; i < 3; i++) await onFirst.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`);
    expect((await onFirst.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`)).status).toBe(429);

    const before = validationsUpstream();
    const onSecond = createShopper(second.origin, ip);
    const refused = await onSecond.fetch(`${second.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox, { ip })}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(validationsUpstream()).toBe(before);

    // Another shopper on the second instance still syncs.
    const other = '203.0.113.81';
    const synced = await createShopper(second.origin, other).fetch(`${second.api}/session-sync?jwt=${await hostedSessionSyncJwt(stack.sandbox, { ip: other, redirectTo: '/b' })}`);
    expect(synced.status).toBe(302);
  });

  it('keeps answering while Redis is down (this process remembers), tells once, and shares again when it is back', async () => {
    await redis.kill();
    const ip = '203.0.113.90';
    const shopper = createShopper(stack.origin, ip);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await shopper.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`)).status);
    expect(statuses.every((s) => s < 500)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(events).toEqual(['down']);

    await redis.start();
    const deadline = Date.now() + 10_000;
    // The guard tries Redis again a second after the failure; each attempt here is a real request.
    while (!events.includes('up') && Date.now() < deadline) {
      await shopper.fetch(`${stack.api}/session-sync?jwt=${forgedJwt()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(events).toEqual(['down', 'up']);
  });
});
