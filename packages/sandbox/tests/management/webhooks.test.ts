import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { management, startSandbox } from '../support/sandboxFixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhookReceiver.js';

let sandbox: Sandbox;
let receiver: WebhookReceiver;
beforeAll(async () => {
  sandbox = await startSandbox();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});
beforeEach(() => {
  sandbox.reset();
  receiver.received.length = 0;
  receiver.answers.length = 0;
});

async function call(path: string, init: Parameters<typeof management>[2] = {}): Promise<{ status: number; body: any }> {
  const res = await management(sandbox, path, init);
  return { status: res.status, body: await res.json() };
}

const createHook = (body: unknown) => call('/v3/hooks', { method: 'POST', body });

describe('webhook CRUD', () => {
  it('creates (200, webhook_Full), gets, lists, updates and deletes a hook', async () => {
    const created = await createHook({ scope: 'store/product/updated', destination: `${receiver.url}/hooks`, is_active: true, headers: { 'x-secret': 'abc' } });
    expect(created.status).toBe(200);
    const hook = created.body.data;
    expect(hook).toMatchObject({
      id: expect.any(Number),
      client_id: expect.stringMatching(/^[0-9a-f]{31}$/),
      store_hash: sandbox.storeHash,
      scope: 'store/product/updated',
      destination: `${receiver.url}/hooks`,
      headers: { 'x-secret': 'abc' },
      is_active: true,
      created_at: Math.floor(sandbox.clock.now() / 1000),
    });
    expect(hook.client_id).not.toContain(sandbox.managementToken.slice(0, 8));
    expect(created.body.meta).toEqual({});

    expect((await call(`/v3/hooks/${hook.id}`)).body.data).toEqual(hook);
    sandbox.clock.advance(5000);
    const updated = await call(`/v3/hooks/${hook.id}`, { method: 'PUT', body: { is_active: false, headers: null } });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ id: hook.id, is_active: false, headers: null, scope: 'store/product/updated', updated_at: hook.created_at + 5 });

    const list = await call('/v3/hooks');
    expect(list.body.data).toHaveLength(1);
    expect(list.body.meta.pagination).toMatchObject({ total: 1, count: 1, current_page: 1, total_pages: 1 });

    const deleted = await call(`/v3/hooks/${hook.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data.id).toBe(hook.id);
    const gone = await call(`/v3/hooks/${hook.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ status: 404, title: `Webhook with id [${hook.id}] not found` });
  });

  it('filters the list by is_active, scope and destination, and pages it', async () => {
    for (let i = 0; i < 5; i += 1) expect((await createHook({ scope: 'store/product/updated', destination: `${receiver.url}/p${i}`, is_active: i % 2 === 0 })).status).toBe(200);
    await createHook({ scope: 'store/category/updated', destination: `${receiver.url}/c` });
    expect((await call('/v3/hooks?is_active=false')).body.data).toHaveLength(2);
    expect((await call('/v3/hooks?scope=store/category/updated')).body.data.map((h: any) => h.destination)).toEqual([`${receiver.url}/c`]);
    expect((await call(`/v3/hooks?destination=${encodeURIComponent(`${receiver.url}/p3`)}`)).body.data).toHaveLength(1);
    const page2 = await call('/v3/hooks?limit=4&page=2');
    expect(page2.body.data).toHaveLength(2);
    expect(page2.body.meta.pagination).toMatchObject({ total: 6, count: 2, per_page: 4, current_page: 2, total_pages: 2, links: { previous: '?limit=4&page=1', current: '?limit=4&page=2' } });
    expect(page2.body.meta.pagination.links.next).toBeUndefined();
    for (const bad of ['limit=0', 'limit=251', 'page=-1', 'page=x', 'is_active=yes']) expect((await call(`/v3/hooks?${bad}`)).status).toBe(400);
  });

  it('answers 422 with BigCommerce’s body for missing or wrong fields', async () => {
    const missing = await createHook({});
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ status: 422, title: 'JSON data is missing or invalid', type: expect.any(String), errors: { scope: expect.stringContaining('error.path.missing'), destination: expect.stringContaining('error.path.missing') } });
    const cases: Array<[unknown, string]> = [
      [{ scope: 42, destination: `${receiver.url}/x` }, 'scope'],
      [{ scope: 'orders', destination: `${receiver.url}/x` }, 'scope'],
      [{ scope: 'store/product/updated', destination: 'ftp://example.com/x' }, 'destination'],
      [{ scope: 'store/product/updated', destination: 'javascript:alert(1)' }, 'destination'],
      [{ scope: 'store/product/updated', destination: 'not a url' }, 'destination'],
      [{ scope: 'store/product/updated', destination: 'https://user:pw@example.com/' }, 'destination'],
      [{ scope: 'store/product/updated', destination: `https://example.com/${'a'.repeat(3000)}` }, 'destination'],
      [{ scope: 'store/product/updated', destination: `${receiver.url}/x`, is_active: 'yes' }, 'is_active'],
      [{ scope: 'store/product/updated', destination: `${receiver.url}/x`, headers: ['a'] }, 'headers'],
      [{ scope: 'store/product/updated', destination: `${receiver.url}/x`, headers: { 'x-a': 1 } }, 'headers'],
      [{ scope: 'store/product/updated', destination: `${receiver.url}/x`, headers: { 'x-a': 'ok\r\nx-injected: 1' } }, 'headers'],
      [{ scope: 'store/product/updated', destination: `${receiver.url}/x`, headers: { 'bad name': 'v' } }, 'headers'],
      [{ scope: 'store/product/updated', destination: `${receiver.url}/x`, headers: { 'Content-Type': 'text/plain' } }, 'headers'],
      [{ scope: 'store/product/updated', destination: `${receiver.url}/x`, headers: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`x-h${i}`, 'v'])) }, 'headers'],
      [[{ scope: 'store/product/updated' }], 'body'],
      // The sandbox itself: a callback would call its own admin and Management endpoints.
      [{ scope: 'store/product/updated', destination: `${sandbox.url}/__sandbox/reset` }, 'destination'],
      [{ scope: 'store/product/updated', destination: `http://localhost:${new URL(sandbox.url).port}/x` }, 'destination'],
    ];
    for (const [body, field] of cases) {
      const res = await createHook(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    expect((await call('/v3/hooks')).body.data).toEqual([]);
  });

  it('refuses bad JSON (400), a wrong content type (415), a huge body (413) and other methods (405)', async () => {
    expect((await call('/v3/hooks', { method: 'POST', body: '{"scope": ' })).status).toBe(400);
    expect((await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/updated', destination: receiver.url }, headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    const huge = await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/updated', destination: receiver.url, headers: { 'x-big': 'a'.repeat(2 * 1024 * 1024) } } });
    expect(huge.status).toBe(413);
    expect((await call('/v3/hooks', { method: 'PATCH', body: {} })).status).toBe(405);
    expect((await call('/v3/hooks/abc')).status).toBe(404);
    expect((await call('/v3/hooks/99999999999999999999')).status).toBe(404);
  });

  it('caps the hooks of a store at 1000 across scopes', async () => {
    for (let i = 0; i < 1000; i += 1) expect((await createHook({ scope: `store/test${i}/updated`, destination: `${receiver.url}/x` })).status).toBe(200);
    const over = await createHook({ scope: 'store/one/more', destination: `${receiver.url}/x` });
    expect(over.status).toBe(422);
    expect(over.body.errors.scope).toMatch(/at most 1000/);
  });

  it('keeps one hook per scope + destination and at most ten per scope', async () => {
    expect((await createHook({ scope: 'store/product/updated', destination: `${receiver.url}/same` })).status).toBe(200);
    const twin = await createHook({ scope: 'store/product/updated', destination: `${receiver.url}/same` });
    expect(twin.status).toBe(422);
    expect(twin.body.errors.destination).toMatch(/already exists/);
    // Another scope to the same destination is a different hook.
    expect((await createHook({ scope: 'store/product/*', destination: `${receiver.url}/same` })).status).toBe(200);
    for (let i = 1; i < 10; i += 1) expect((await createHook({ scope: 'store/product/updated', destination: `${receiver.url}/n${i}` })).status).toBe(200);
    const eleventh = await createHook({ scope: 'store/product/updated', destination: `${receiver.url}/n10` });
    expect(eleventh.status).toBe(422);
    expect(eleventh.body.errors.scope).toMatch(/10 webhooks/);
    // Moving a hook onto a full scope by update is refused too.
    const other = (await call('/v3/hooks?scope=store/product/*')).body.data[0];
    expect((await call(`/v3/hooks/${other.id}`, { method: 'PUT', body: { scope: 'store/product/updated', destination: `${receiver.url}/elsewhere` } })).status).toBe(422);
  });

  it('needs the management token, and shows no hook to another store', async () => {
    const hook = (await createHook({ scope: 'store/product/updated', destination: receiver.url })).body.data;
    for (const token of ['', 'wrong-token']) {
      const res = await management(sandbox, `/v3/hooks/${hook.id}`, { headers: { 'x-auth-token': token } });
      expect(res.status).toBe(401);
      expect(JSON.stringify(await res.json())).not.toContain(receiver.url);
    }
    const other = await startSandbox();
    try {
      const listed = await management(other, '/v3/hooks');
      expect(((await listed.json()) as any).data).toEqual([]);
      expect((await management(other, `/v3/hooks/${hook.id}`)).status).toBe(404);
      // The other store's token does not open this store's hooks.
      const crossed = await fetch(`${sandbox.url}/stores/${sandbox.storeHash}/v3/hooks`, { headers: { 'x-auth-token': other.managementToken } });
      expect(crossed.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('webhook payloads', () => {
  it('builds BigCommerce’s callback body with a SHA-1 hash of the JSON-encoded data', async () => {
    await createHook({ scope: 'store/category/updated', destination: `${receiver.url}/c`, headers: { Authorization: 'Basic dTpw' } });
    const res = await call('/v3/catalog/trees/categories', { method: 'PUT', body: [{ category_id: 21, name: 'Fresh Coffee' }] });
    expect(res.status).toBe(200);
    const [callback] = await receiver.waitFor(1);
    expect(callback!.path).toBe('/c');
    expect(callback!.headers['content-type']).toBe('application/json');
    expect(callback!.headers.authorization).toBe('Basic dTpw');
    const { body } = callback!;
    expect(body).toEqual({
      scope: 'store/category/updated',
      store_id: sandbox.storeId,
      data: { type: 'category', id: 21 },
      hash: createHash('sha1').update(JSON.stringify({ type: 'category', id: 21 })).digest('hex'),
      created_at: expect.any(Number),
      producer: `stores/${sandbox.storeHash}`,
    });
    expect(Math.abs(body.created_at - sandbox.clock.now() / 1000)).toBeLessThan(60);
  });

  it('sends nothing to an inactive hook, and sends to wildcard scopes', async () => {
    await createHook({ scope: 'store/product/updated', destination: `${receiver.url}/off`, is_active: false });
    await createHook({ scope: 'store/sku/*', destination: `${receiver.url}/sku` });
    await createHook({ scope: 'store/product/*', destination: `${receiver.url}/all` });
    await createHook({ scope: 'store/category/*', destination: `${receiver.url}/cat` });
    expect((await call('/v3/catalog/products/115', { method: 'PUT', body: { price: 30, inventory_level: 9 } })).status).toBe(200);
    expect((await call('/v3/catalog/products/121/variants/12151', { method: 'PUT', body: { inventory_level: 8 } })).status).toBe(200);
    const got = await receiver.waitFor(3);
    // Let anything wrongly sent arrive before asserting what did not.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const byPath = (path: string) => receiver.received.filter((r) => r.path === path).map((r) => r.body.scope).sort();
    expect(got.length).toBe(3);
    expect(byPath('/all')).toEqual(['store/product/inventory/updated', 'store/product/updated']);
    expect(byPath('/sku')).toEqual(['store/sku/inventory/updated']);
    expect(byPath('/off')).toEqual([]);
    expect(byPath('/cat')).toEqual([]);
    const sku = receiver.received.find((r) => r.path === '/sku')!.body;
    expect(sku.data).toEqual({ type: 'sku', id: 12151, inventory: { product_id: 121, method: 'absolute', value: 8, variant_id: 12151 } });
    const inventory = receiver.received.find((r) => r.body.scope === 'store/product/inventory/updated')!.body;
    expect(inventory.data).toEqual({ type: 'product', id: 115, inventory: { product_id: 115, method: 'absolute', value: 9 } });
  });
});
