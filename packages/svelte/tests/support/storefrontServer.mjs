// The storefront's server side for the tests, in a worker thread: the sandbox and the storefront
// handler on 127.0.0.1 port 0. A worker, because the test's own globals are happy-dom's (its
// `fetch` applies a browser's same-origin policy), and the server must call the sandbox with
// Node's. Messages: { id, call: 'requestsOf' | 'order' | 'close', arg } → { id, result }.
import { createServer } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createSandbox } from '@bc-headless/sandbox';

const quiet = { error() {}, warn() {}, info() {}, log() {} };
const sandbox = await createSandbox({ logger: quiet });
const client = createServerClient({
  storeHash: sandbox.storeHash,
  storefrontToken: sandbox.storefrontToken,
  endpoints: { graphql: `${sandbox.url}/graphql`, payments: `${sandbox.url}/stores/${sandbox.storeHash}/payments` },
  retry: false,
});
const server = createServer(toNodeHandler(createStorefrontHandler({ client, now: () => sandbox.clock.now() })));
await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));

const calls = {
  requestsOf: async (correlationId) => {
    const { data } = await (await fetch(`${sandbox.url}/__sandbox/requests?correlationId=${encodeURIComponent(correlationId)}`)).json();
    return data.map((entry) => entry.operationName ?? entry.path);
  },
  order: (orderId) => {
    const order = sandbox.store.orders.get(orderId);
    return order ? { status: order.status, total: order.total, cartEntityId: order.cartEntityId } : null;
  },
  close: async () => {
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    await sandbox.close();
  },
};
parentPort.on('message', async ({ id, call, arg }) => {
  try {
    parentPort.postMessage({ id, result: await calls[call](arg) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});

parentPort.postMessage({
  ready: true,
  origin: `http://127.0.0.1:${server.address().port}`,
  sandbox: {
    url: sandbox.url,
    storeHash: sandbox.storeHash,
    channelId: sandbox.channelId,
    customers: sandbox.customers,
    products: sandbox.store.catalog.products.map((p) => ({ entityId: p.entityId, name: p.name, categoryEntityIds: p.categoryEntityIds, variants: p.variants.map((v) => ({ entityId: v.entityId })) })),
  },
});
