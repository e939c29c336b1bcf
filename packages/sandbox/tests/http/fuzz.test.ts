import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { addOrder, paymentAccessToken, startSandbox } from '../support/sandboxFixtures.js';

let sandbox: Sandbox;
const errors: string[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ trustedProxySecret: 'fuzz-secret-123', logger: { error: (m) => errors.push(m) } });
});
afterAll(() => sandbox.close());

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fuzzed requests', () => {
  it('never get a 500, whatever the body, on every route', async () => {
    const rand = random(20261127);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    const h = sandbox.storeHash;
    const routes = [
      ['POST', '/graphql'],
      ['POST', `/stores/${h}/payments`],
      ['POST', `/stores/${h}/v3/payments/access_tokens`],
      ['POST', `/stores/${h}/v3/orders/${order.id}/payment_actions/refund_quotes`],
      ['POST', `/stores/${h}/v3/orders/${order.id}/payment_actions/refunds`],
      ['POST', '/__sandbox/faults'],
      ['POST', '/__sandbox/clock'],
    ] as const;
    const atoms: unknown[] = [null, true, 0, -1, 1e308, 'x', '', '<script>', [], {}, [{}], 4111111111111111, '4111111111111111'];
    const keys = ['payment', 'instrument', 'type', 'number', 'payment_method_id', 'order', 'id', 'items', 'item_type', 'item_id', 'quantity', 'amount', 'payments', 'provider_id', 'offline', 'query', 'variables', 'operationName', 'match', 'fault', 'count', 'advanceMs'];
    const value = (depth: number): unknown => {
      if (depth > 3 || rand() < 0.4) return pick(atoms);
      if (rand() < 0.3) return Array.from({ length: Math.floor(rand() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => [pick(keys), value(depth + 1)]));
    };
    for (let i = 0; i < 300; i += 1) {
      const [method, path] = pick(routes);
      const raw = rand() < 0.15;
      const body = raw ? Buffer.from(Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256))) : JSON.stringify(value(0));
      const res = await fetch(`${sandbox.url}${path}`, {
        method,
        headers: {
          'content-type': pick(['application/json', 'text/plain', 'application/json; charset=utf-8']),
          accept: 'application/vnd.bc.v1+json',
          authorization: pick([`PAT ${pat}`, `Bearer ${sandbox.storefrontToken}`, 'PAT x.y.z']),
          'x-auth-token': sandbox.managementToken,
          'true-client-ip': pick(['1.2.3.4', '::1', 'garbage', '']),
          'x-bc-trusted-proxy-secret': pick(['fuzz-secret-123', 'nope']),
        },
        body,
      });
      expect(res.status, `${method} ${path} ${raw ? '(bytes)' : String(body)}`).toBeLessThan(500);
      await res.arrayBuffer();
    }
    expect(errors).toEqual([]);
    expect((await fetch(`${sandbox.url}/__sandbox/config`)).status).toBe(200);
  });
});
