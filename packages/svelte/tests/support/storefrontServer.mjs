// The storefront's server side for the tests, in a worker thread: the sandbox and the storefront
// handler on 127.0.0.1 port 0. A worker, because the test's own globals are happy-dom's (its
// `fetch` applies a browser's same-origin policy), and the server must call the sandbox with
// Node's. Messages: { id, call: 'requestsOf' | 'order' | 'close', arg } → { id, result }.
import { parentPort } from 'node:worker_threads';
import { startHandlerStack } from '../../../../tools/test-stack/startHandlerStack.mjs';

const { sandbox, origin, close } = await startHandlerStack();

const calls = {
  requestsOf: async (correlationId) => {
    const { data } = await (await fetch(`${sandbox.url}/__sandbox/requests?correlationId=${encodeURIComponent(correlationId)}`)).json();
    return data.map((entry) => entry.operationName ?? entry.path);
  },
  order: (orderId) => {
    const order = sandbox.store.orders.get(orderId);
    return order ? { status: order.status, total: order.total, cartEntityId: order.cartEntityId } : null;
  },
  close,
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
  origin,
  sandbox: {
    url: sandbox.url,
    storeHash: sandbox.storeHash,
    channelId: sandbox.channelId,
    customers: sandbox.customers,
    products: sandbox.store.catalog.products.map((p) => ({ entityId: p.entityId, name: p.name, categoryEntityIds: p.categoryEntityIds, variants: p.variants.map((v) => ({ entityId: v.entityId })) })),
  },
});
