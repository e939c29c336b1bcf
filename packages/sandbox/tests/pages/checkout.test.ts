import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { startSandbox } from '../support/sandboxFixtures.js';
import { createCart } from '../support/storefrontFlow.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('GET /checkout', () => {
  it('shows a guest cart’s lines and "Guest" from a cartId query', async () => {
    const cartId = await createCart(sandbox);
    const res = await fetch(`${sandbox.url}/checkout?cartId=${cartId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    const line = sandbox.store.carts.get(cartId)!.lines[0]!;
    expect(html).toContain('Guest');
    expect(html).toContain(line.sku);
    expect(html).toContain((line.unitPrice / 100).toFixed(2));
  });

  it('says the cart is empty for an unknown cart or none', async () => {
    expect(await (await fetch(`${sandbox.url}/checkout?cartId=nope`)).text()).toContain('Your cart is empty');
    expect(await (await fetch(`${sandbox.url}/checkout`)).text()).toContain('Your cart is empty');
  });

  it('escapes what it renders', async () => {
    const cartId = await createCart(sandbox);
    sandbox.store.carts.get(cartId)!.lines[0]!.name = '<img src=x onerror=alert(1)>';
    const html = await (await fetch(`${sandbox.url}/checkout?cartId=${cartId}`)).text();
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
