// One proxy of the handler benchmark in a process of its own, as a storefront server runs in
// production (never in the process of its clients): the pass-through or the storefront handler,
// chosen by the JSON argument `{ kind, upstream, storeHash, storefrontToken, secret }`. Prints
// `{"url":…}` when listening. Over IPC, 'start' begins a measurement and 'stop' answers with the
// process's CPU time (user + system, µs) and the requests served since 'start'.
import { createServer } from 'node:http';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '../../../dist/server/index.js';
import { createPassThrough } from './passThroughProxies.mjs';

const options = JSON.parse(process.argv[2]);
const listener =
  options.kind === 'handler'
    ? toNodeHandler(
        createStorefrontHandler({
          client: createServerClient({ storeHash: options.storeHash, storefrontToken: options.storefrontToken, endpoints: { graphql: options.upstream }, trustedProxySecret: options.secret, retry: false }),
        }),
      )
    : createPassThrough(options);
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
  } else if (message === 'exit') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
