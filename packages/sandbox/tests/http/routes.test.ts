import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { addOrder, management, startSandbox } from '../support/sandboxFixtures.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const json = { 'content-type': 'application/json' };

describe('Management API routes', () => {
  it('answers a method a path does not take with 405, in that API version’s error shape', async () => {
    const order = addOrder(sandbox);
    for (const [method, path] of [
      ['GET', '/v3/payments/access_tokens'],
      ['POST', '/v3/payments/methods'],
      ['GET', `/v3/orders/${order.id}/payment_actions/refund_quotes`],
      ['PUT', `/v3/orders/${order.id}/payment_actions/refunds`],
    ]) {
      const res = await management(sandbox, path!, { method: method!, headers: json, ...(method === 'GET' ? {} : { body: {} }) });
      expect([path, res.status]).toEqual([path, 405]);
      expect(await res.json()).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    }
    for (const path of [`/v2/orders/${order.id}`, `/v2/orders/${order.id}/products`, '/v2/orders/999999']) {
      const res = await management(sandbox, path, { method: 'DELETE' });
      expect([path, res.status, await res.json()]).toEqual([path, 405, [{ status: 405, message: 'Method Not Allowed' }]]);
    }
  });

  it('looks up the order before the method on refunds', async () => {
    const res = await management(sandbox, '/v3/orders/999999/payment_actions/refunds', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ title: 'Order 999999 not found' });
  });

  it('answers unknown paths with 404 in the version’s shape, naming the path', async () => {
    for (const path of ['/v2', '/v2/customers', '/v2/orders', '/v2/orders/1/shipments']) {
      const res = await management(sandbox, path);
      expect([path, res.status, await res.json()]).toEqual([path, 404, [{ status: 404, message: 'The requested resource was not found.' }]]);
    }
    for (const path of ['/v3', '/v3/orders/1', '/v3/orders/1/payment_actions/captures', '/v3/payments']) {
      const res = await management(sandbox, path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.json()).toMatchObject({ detail: `The sandbox does not serve GET ${path}.` });
    }
  });

  it('reads ids as given and tolerates empty segments and a trailing slash', async () => {
    const order = addOrder(sandbox);
    for (const path of [`/v2/orders/${order.id}/`, `/v2//orders/${order.id}`, `/v2/orders/${order.id}/products/`]) {
      expect([path, (await management(sandbox, path)).status]).toEqual([path, 200]);
    }
    expect((await management(sandbox, '/v2/orders/abc')).status).toBe(404);
    const odd = await management(sandbox, '/v3/orders/1%2F2/payment_actions/refunds');
    expect(await odd.json()).toMatchObject({ status: 404, title: 'Order 1%2F2 not found' });
  });

  it('serves one store only', async () => {
    const res = await fetch(`${sandbox.url}/stores/other/v3/payments/methods`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ title: 'Store not found' });
  });
});

describe('sandbox endpoints', () => {
  it('answers each method a path takes, 405 naming the method and path otherwise', async () => {
    const cases: [string, string, number][] = [
      ['GET', '/__sandbox', 200],
      ['GET', '/__sandbox/', 200],
      ['HEAD', '/__sandbox', 405],
      ['POST', '/__sandbox/config', 405],
      ['GET', '/__sandbox/requests', 200],
      ['GET', '/__sandbox/ledger', 200],
      ['GET', '/__sandbox/reset', 405],
      ['GET', '/__sandbox/clock/', 200],
      ['DELETE', '/__sandbox/clock', 405],
      ['GET', '/__sandbox/faults', 200],
      ['DELETE', '/__sandbox/faults', 200],
      ['PUT', '/__sandbox/faults', 405],
    ];
    for (const [method, path, status] of cases) {
      const res = await fetch(`${sandbox.url}${path}`, { method });
      expect([method, path, res.status]).toEqual([method, path, status]);
      if (status === 405 && method !== 'HEAD') expect(await res.json()).toMatchObject({ detail: `${method} is not supported on ${path.replace(/\/$/, '')}.` });
      else await res.arrayBuffer();
    }
  });

  it('answers 404 for any other path under /__sandbox', async () => {
    for (const path of ['/__sandbox/CONFIG', '/__sandbox/config/x', '/__sandbox//config', '/__sandbox/nothing']) {
      const res = await fetch(`${sandbox.url}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.json()).toMatchObject({ detail: `No sandbox endpoint ${path}; see GET /__sandbox/config.` });
    }
  });
});
