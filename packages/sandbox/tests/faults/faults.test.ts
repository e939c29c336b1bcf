import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { addOrder, card, chargesFor, loggedRequests, pay, paymentAccessToken, startSandbox } from '../support/sandboxFixtures.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

async function inject(body: unknown): Promise<Response> {
  return fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('fault injection', () => {
  it('fails the next N matching requests with a status and Retry-After, then answers normally', async () => {
    const created = await inject({ match: { path: '/checkout' }, count: 2, fault: { status: 429, retryAfter: 7 } });
    expect(created.status).toBe(201);
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(`${sandbox.url}/checkout`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(await res.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    }
    expect((await fetch(`${sandbox.url}/checkout`)).status).toBe(200);
    const log = await loggedRequests(sandbox);
    expect(log.map((e) => e.fault)).toEqual(['status 429', 'status 429', null]);
  });

  it('leaves other paths alone and matches a path prefix ending in *', async () => {
    await inject({ match: { path: '/images/*' }, fault: { status: 503 } });
    expect((await fetch(`${sandbox.url}/checkout`)).status).toBe(200);
    expect((await fetch(`${sandbox.url}/images/stencil/100x100/products/1/11/a.svg`)).status).toBe(503);
  });

  it('matches a GraphQL operation name', async () => {
    await inject({ match: { operationName: 'AddToCart' }, fault: { status: 502 } });
    const send = (name: string) =>
      fetch(`${sandbox.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation ${name} { cart { deleteCart(input: { cartEntityId: "x" }) { deletedCartEntityId } } }` }) });
    const other = await send('Other');
    expect(other.status).not.toBe(502);
    expect((await send('AddToCart')).status).toBe(502);
  });

  it('drops the connection', async () => {
    await inject({ match: { path: '/checkout' }, fault: { drop: true } });
    await expect(fetch(`${sandbox.url}/checkout`)).rejects.toThrow();
    const [entry] = await loggedRequests(sandbox);
    expect(entry).toMatchObject({ status: null, fault: 'drop' });
  });

  it('answers with a malformed body', async () => {
    await inject({ match: { path: '/__nothing-here' }, fault: { malformedBody: true } });
    const res = await fetch(`${sandbox.url}/__nothing-here`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('after the handler, truncates the real body', async () => {
    const real = await (await fetch(`${sandbox.url}/checkout`)).text();
    await inject({ match: { path: '/checkout' }, fault: { malformedBody: true }, afterHandler: true });
    const res = await fetch(`${sandbox.url}/checkout`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeLessThan(real.length);
    expect(real.startsWith(text)).toBe(true);
  });

  it('delays and then answers normally', async () => {
    await inject({ match: { path: '/checkout' }, fault: { delayMs: 50 } });
    const res = await fetch(`${sandbox.url}/checkout`);
    expect(res.status).toBe(200);
    expect((await loggedRequests(sandbox))[0]!.fault).toBe('delay 50 ms');
  });

  it('after the handler: the payment is charged, then the answer is dropped; the retry is refused and the ledger holds one charge', async () => {
    const payments = `/stores/${sandbox.storeHash}/payments`;
    await inject({ match: { path: payments }, fault: { drop: true }, afterHandler: true });
    const order = addOrder(sandbox);
    const pat = await paymentAccessToken(sandbox, order.id);
    await expect(pay(sandbox, pat, card('4111111111111111'))).rejects.toThrow();
    expect(await chargesFor(sandbox, order.id)).toHaveLength(1);
    const retry = await pay(sandbox, pat, card('4111111111111111'));
    expect(retry.status).toBe(422);
    expect(await chargesFor(sandbox, order.id)).toHaveLength(1);
  });

  it('after the handler with a status: charged, yet the client sees a 504', async () => {
    await inject({ match: { path: `/stores/${sandbox.storeHash}/payments` }, fault: { status: 504 }, afterHandler: true });
    const order = addOrder(sandbox);
    const res = await pay(sandbox, await paymentAccessToken(sandbox, order.id), card('4111111111111111'));
    expect(res.status).toBe(504);
    expect(await chargesFor(sandbox, order.id)).toHaveLength(1);
  });

  it('before the handler (the default): nothing is charged', async () => {
    await inject({ match: { path: `/stores/${sandbox.storeHash}/payments` }, fault: { drop: true } });
    const order = addOrder(sandbox);
    await expect(pay(sandbox, await paymentAccessToken(sandbox, order.id), card('4111111111111111'))).rejects.toThrow();
    expect(await chargesFor(sandbox, order.id)).toHaveLength(0);
  });

  it('lists and clears faults', async () => {
    await inject({ match: { path: '/checkout' }, count: 3, fault: { status: 500 } });
    const list = (await (await fetch(`${sandbox.url}/__sandbox/faults`)).json()) as { data: Array<{ remaining: number }> };
    expect(list.data).toEqual([expect.objectContaining({ remaining: 3 })]);
    expect((await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(`${sandbox.url}/checkout`)).status).toBe(200);
  });

  it('validates the fault body with 400s that say what to fix', async () => {
    const bad = [
      'nope',
      {},
      { match: {}, fault: { status: 500 } },
      { match: { path: 'checkout' }, fault: { status: 500 } },
      { match: { path: '/x' }, fault: {} },
      { match: { path: '/x' }, fault: { status: 99 } },
      { match: { path: '/x' }, fault: { status: 500 }, count: 0 },
      { match: { path: '/x' }, fault: { status: 500 }, count: 1.5 },
      { match: { path: '/x' }, fault: { drop: true, status: 500 } },
      { match: { path: '/x' }, fault: { retryAfter: 3 } },
      { match: { path: '/x' }, fault: { delayMs: -1 } },
      { match: { path: '/x' }, fault: { status: 500, colour: 'red' } },
      { match: { path: '/x' }, fault: { status: 500 }, afterHandler: 'yes' },
      { match: { path: '/x' }, fault: { status: 500 }, extra: 1 },
    ];
    for (const body of bad) {
      const res = await inject(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toMatch(/^POST \/__sandbox\/faults: /);
    }
    const list = (await (await fetch(`${sandbox.url}/__sandbox/faults`)).json()) as { data: unknown[] };
    expect(list.data).toEqual([]);
  });
});
