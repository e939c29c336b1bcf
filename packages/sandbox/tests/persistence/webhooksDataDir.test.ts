// A data dir keeps the webhooks and the Management API's catalog writes across restarts, and a
// file whose webhooks part is malformed is refused, never reset.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { SandboxDataError } from '../../src/index.js';
import { gqlData } from '../graphql/graphqlClient.js';
import { management, startSandbox } from '../support/sandboxFixtures.js';

const dirs: string[] = [];
const running: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of running.splice(0)) await sandbox.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<Sandbox> {
  const sandbox = await startSandbox({ dataDir });
  running.push(sandbox);
  return sandbox;
}

const PRODUCT = '{ site { product(entityId: 121) { name prices { price { value } } variants { edges { node { entityId prices { price { value } } inventory { aggregated { availableToSell } } } } } } category(entityId: 21) { name } } }';

describe('webhooks and catalog writes in a data dir', () => {
  it('survive a restart: hooks (with their ids and state), names, prices, variant prices, stock, visibility, categories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-hooks-'));
    dirs.push(dir);
    const first = await start(dir);
    const hook = ((await (await management(first, '/v3/hooks', { method: 'POST', body: { scope: 'store/product/*', destination: 'http://127.0.0.1:9/hooks', is_active: false, headers: { 'x-k': 'v' } } })).json()) as any).data;
    expect((await management(first, '/v3/catalog/products/121', { method: 'PUT', body: { name: 'Trail Mug', price: 19, is_visible: false } })).status).toBe(200);
    expect((await management(first, '/v3/catalog/products/121/variants/12150', { method: 'PUT', body: { price: 17.5, inventory_level: 77 } })).status).toBe(200);
    expect((await management(first, '/v3/catalog/trees/categories', { method: 'PUT', body: [{ category_id: 21, name: 'Beans' }] })).status).toBe(200);
    const before = await gqlData(first, PRODUCT);
    await first.close();
    running.splice(0);

    const second = await start(dir);
    expect(await gqlData(second, PRODUCT)).toEqual(before);
    expect(before.site.product.name).toBe('Trail Mug');
    expect(before.site.category.name).toBe('Beans');
    const variant = before.site.product.variants.edges.find((e: any) => e.node.entityId === 12150).node;
    expect(variant).toMatchObject({ prices: { price: { value: 17.5 } }, inventory: { aggregated: { availableToSell: 77 } } });
    expect(((await (await management(second, `/v3/hooks/${hook.id}`)).json()) as any).data).toEqual(hook);
    expect(((await (await management(second, '/v3/catalog/products/121', { method: 'PUT', body: {} })).json()) as any).data.is_visible).toBe(false);
    // A new hook after the restart does not reuse an id.
    const next = ((await (await management(second, '/v3/hooks', { method: 'POST', body: { scope: 'store/sku/*', destination: 'http://127.0.0.1:9/' } })).json()) as any).data;
    expect(next.id).toBeGreaterThan(hook.id);
  });

  it('refuses a file whose webhooks or catalog writes are malformed', async () => {
    for (const [key, value] of [['webhooks', { hooks: 'x', nextId: 1 }], ['catalogEdits', { products: 1 }]] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-hooks-'));
      dirs.push(dir);
      await (await start(dir)).close();
      running.splice(0);
      const file = join(dir, 'sandbox.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data.state[key] = value;
      writeFileSync(file, JSON.stringify(data));
      const error = await startSandbox({ dataDir: dir }).then(
        (s) => {
          running.push(s);
          return null;
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SandboxDataError);
      expect((error as Error).message).toContain(`state.${key}`);
    }
  });
});
