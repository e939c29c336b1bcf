import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/server/cache/createMemoryStore.js';
import { createServerCache } from '../../../src/server/cache/createServerCache.js';
import { createManagementClient } from '../../../src/server/createManagementClient.js';
import { createServerClient } from '../../../src/server/createServerClient.js';
import { ManagementApiError } from '../../../src/server/ManagementApiError.js';
import { toNodeHandler } from '../../../src/server/toNodeHandler.js';
import { createWebhookHandler } from '../../../src/server/webhooks/createWebhookHandler.js';
import { CACHE_WEBHOOK_SCOPES } from '../../../src/server/webhooks/ensureWebhooks.js';

const SECRET = { header: 'x-bc-headless-webhook', value: 'webhook-secret-0123456789abcdef' };
let sandbox: Sandbox;
let server: Server;
let destination: string;
const cache = createServerCache({ store: createMemoryStore() });
const received: string[] = [];

beforeAll(async () => {
  sandbox = await createSandbox({ logger: { error() {}, warn() {} } as never });
  const webhooks = createWebhookHandler({ cache, storeHash: sandbox.storeHash, secret: SECRET, onEvent: (e) => received.push(JSON.stringify(e)) });
  server = createServer(toNodeHandler(webhooks, { basePath: '/hooks' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  destination = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/bigcommerce`;
});
afterAll(async () => {
  server.close();
  await sandbox.close();
});

const management = () => createManagementClient({ storeHash: sandbox.storeHash, accessToken: sandbox.managementToken, endpoint: sandbox.url });

describe('ensureWebhooks against the sandbox’s Management API', () => {
  it('creates the cache’s hooks once, and a second run changes nothing', async () => {
    const first = await management().ensureWebhooks({ destination, headers: { [SECRET.header]: SECRET.value } });
    expect(first.created.map((h) => h.scope).sort()).toEqual([...CACHE_WEBHOOK_SCOPES].sort());
    expect(first.created.every((h) => h.is_active && h.destination === destination)).toBe(true);
    const second = await management().ensureWebhooks({ destination, headers: { [SECRET.header]: SECRET.value } });
    expect([second.created.length, second.updated.length, second.unchanged.length]).toEqual([0, 0, CACHE_WEBHOOK_SCOPES.length]);
  });

  it('updates a hook that was deactivated or carries an old secret', async () => {
    const rotated = { [SECRET.header]: 'rotated-secret-0123456789abcdef' };
    const result = await management().ensureWebhooks({ destination, headers: rotated });
    expect(result.updated).toHaveLength(CACHE_WEBHOOK_SCOPES.length);
    expect(result.updated.every((h) => h.headers?.[SECRET.header] === rotated[SECRET.header])).toBe(true);
    await management().ensureWebhooks({ destination, headers: { [SECRET.header]: SECRET.value } });
  });

  it('refuses bad input before anything is sent, and passes on BigCommerce’s errors typed', async () => {
    await expect(management().ensureWebhooks({ destination: 'not a url', headers: { a: 'b' } })).rejects.toThrow(/absolute URL/);
    await expect(management().ensureWebhooks({ destination, headers: {} })).rejects.toThrow(/secret header/);
    const wrongToken = createManagementClient({ storeHash: sandbox.storeHash, accessToken: 'wrong-token', endpoint: sandbox.url });
    await expect(wrongToken.ensureWebhooks({ destination, headers: { a: 'b' } })).rejects.toBeInstanceOf(ManagementApiError);
  });

  it('a price change through the Management API purges the cached product through the hook', async () => {
    const client = createServerClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, endpoints: { graphql: `${sandbox.url}/graphql` }, cache });
    const scoped = () => client.forRequest(new Request('http://shop.test/'), { remoteAddress: '127.0.0.1' });
    const product = sandbox.store.catalog.products[1]!;
    const read = async () => {
      const answer = await scoped().forward({ query: 'query Price($id: Int!) { site { product(entityId: $id) { prices { price { value } } } } }', variables: { id: product.entityId } });
      return { cache: answer.headers.get('x-cache'), price: (answer.json as any).data.site.product.prices.price.value as number };
    };
    const before = await read();
    expect((await read()).cache).toBe('HIT');
    const put = await fetch(`${sandbox.url}/stores/${sandbox.storeHash}/v3/catalog/products/${product.entityId}`, {
      method: 'PUT',
      headers: { 'x-auth-token': sandbox.managementToken, 'content-type': 'application/json' },
      body: JSON.stringify({ price: before.price + 3, sale_price: 0 }),
    });
    expect(put.status).toBe(200);
    const until = Date.now() + 5000;
    let after = await read();
    while (after.price === before.price && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
      after = await read();
    }
    expect(after).toEqual({ cache: 'MISS', price: before.price + 3 });
    expect(received.some((e) => e.includes(`product:${product.entityId}`))).toBe(true);
  });
});
