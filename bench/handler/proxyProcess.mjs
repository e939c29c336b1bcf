// One proxy of the handler benchmark in a process of its own, as a storefront server runs in
// production. The JSON argument `{ kind, upstream, storeHash, storefrontToken, secret }` picks it:
//   node-fetch-pass-through, node-handler: a Fetch handler served by `toNodeHandler`;
//   fetch-pass-through, fetch-handler: a Fetch handler served by @remix-run/node-fetch-server, the
//   Node bridge React Router's server uses, as in a framework;
//   node-pass-through: a plain node:http listener that builds no Request or Response (a reference).
// Prints `{"url":…}` when listening. Over IPC: 'start' begins a measurement, 'stop' answers with
// the CPU time (user + system, µs) and requests since 'start', 'heap' with the heap after a gc.
import { createServer } from 'node:http';
import { createRequestListener } from '@remix-run/node-fetch-server';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { fetchPassThrough, nodePassThrough } from './passThroughs.mjs';

const options = JSON.parse(process.argv[2]);
const storefrontHandler = () =>
  createStorefrontHandler({
    client: createServerClient({ storeHash: options.storeHash, storefrontToken: options.storefrontToken, endpoints: { graphql: options.upstream }, trustedProxySecret: options.secret, retry: false }),
  });
const listeners = {
  'node-pass-through': () => nodePassThrough(options),
  'node-fetch-pass-through': () => {
    const pass = fetchPassThrough(options);
    return toNodeHandler((request, context) => pass(request, { address: context.remoteAddress }), { basePath: '/graphql' });
  },
  'node-handler': () => toNodeHandler(storefrontHandler()),
  'fetch-pass-through': () => createRequestListener(fetchPassThrough(options)),
  'fetch-handler': () => {
    const handler = storefrontHandler();
    return createRequestListener((request, client) => handler(request, { remoteAddress: client.address }));
  },
};
const listener = listeners[options.kind]();
let served = 0;
const server = createServer((req, res) => {
  served += 1;
  return listener(req, res);
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })));

let startCpu;
let startServed = 0;
process.on('message', (message) => {
  if (message === 'start') {
    startCpu = process.cpuUsage();
    startServed = served;
    process.send({ started: true });
  } else if (message === 'stop') {
    const cpu = process.cpuUsage(startCpu);
    process.send({ cpuMicros: cpu.user + cpu.system, requests: served - startServed });
  } else if (message === 'heap') {
    globalThis.gc?.();
    process.send({ heapUsed: process.memoryUsage().heapUsed });
  } else if (message === 'exit') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
