import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { addOrder, paymentAccessToken, startSandbox } from '../support/sandboxFixtures.js';

let sandbox: Sandbox;
const errors: string[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ trustedProxySecret: 'fuzz-secret-123', logger: { error: (m) => errors.push(m) } });
});
afterAll(() => sandbox.close());

describe('fuzzed requests', () => {
  it('never get a 500, whatever the body, on every route', async () => {
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
    // JSON values built from the fields these routes read, at most three levels deep.
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { maxDepth: 3, depthIdentifier: 'value' },
        fc.constantFrom(...atoms),
        fc.array(tie('value'), { maxLength: 2 }),
        fc.dictionary(fc.constantFrom(...keys), tie('value'), { minKeys: 1, maxKeys: 4 }),
      ),
    }));
    const request = fc.record({
      route: fc.constantFrom(...routes),
      // Now and then raw bytes instead of JSON.
      body: fc.oneof({ arbitrary: value.map((v) => JSON.stringify(v)), weight: 85 }, { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 15 }),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'),
      authorization: fc.constantFrom(`PAT ${pat}`, `Bearer ${sandbox.privateToken}`, 'PAT x.y.z'),
      trueClientIp: fc.constantFrom('1.2.3.4', '::1', 'garbage', ''),
      proxySecret: fc.constantFrom('fuzz-secret-123', 'nope'),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ route: [method, path], body, contentType, authorization, trueClientIp, proxySecret }) => {
        const res = await fetch(`${sandbox.url}${path}`, {
          method,
          headers: {
            'content-type': contentType,
            accept: 'application/vnd.bc.v1+json',
            authorization,
            'x-auth-token': sandbox.managementToken,
            'true-client-ip': trueClientIp,
            'x-bc-trusted-proxy-secret': proxySecret,
          },
          body,
        });
        await res.arrayBuffer();
        expect(res.status, `${method} ${path} ${typeof body === 'string' ? body : '(bytes)'}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    expect(errors).toEqual([]);
    expect((await fetch(`${sandbox.url}/__sandbox/config`)).status).toBe(200);
  });
});
