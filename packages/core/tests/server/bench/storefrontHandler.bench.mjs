#!/usr/bin/env node
// The storefront handler's overhead on loopback: the same product query sent straight to the
// sandbox, through a minimal pass-through proxy written here (read body, add the token, forward,
// copy status/body/content-type back), through that proxy plus the upstream timeout, client-abort
// signal and correlation id the handler must have by contract, and through createStorefrontHandler
// + toNodeHandler. Both proxies and the handler call upstream with the same client (global fetch).
// Reports p50/p99 added latency over the direct path and the handler/pass-through throughput ratio
// (ratios, because the machine is shared and noisy), then heap growth over 10 000 handler requests,
// then the pass-through and the handler each in a process of its own (proxyProcess.mjs): their
// CPU per request, and pass-through ÷ handler.
// Run after a build: `pnpm --filter @bc-headless/core --filter @bc-headless/sandbox run build &&
//   node --expose-gc packages/core/tests/server/bench/storefrontHandler.bench.mjs`.
import { fork, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createPassThrough, createPassThroughPlus } from './passThroughProxies.mjs';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '../../../dist/server/index.js';

const CONCURRENCY = 8;
const WARMUP_MS = 500;
const DURATION_MS = Number(process.env.BENCH_HANDLER_MS ?? 6000);
const MEMORY_REQUESTS = 10_000;
// Rounds of the own-process measurement at each number of clients (each round: 500 ms of load on
// each proxy in turn).
const PROCESS_ROUNDS = Number(process.env.BENCH_HANDLER_PROCESS_ROUNDS ?? 20);
const OWN_PROCESS_CONCURRENCY = [8, 32];
const SECRET = 'bench-trusted-proxy-secret';

const PRODUCTS = `query ProductListing {
  site { products(first: 12) { edges { node { entityId name path sku
    prices { price { value currencyCode } }
    defaultImage { url(width: 320) altText } } }
    pageInfo { hasNextPage endCursor } } } }`;
const BODY = JSON.stringify({ query: PRODUCTS });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

/** Drives one target with `concurrency` workers for `ms`; pushes latencies, returns the request count. */
async function run(target, ms, latencies, concurrency = CONCURRENCY) {
  const end = performance.now() + ms;
  let count = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const res = await fetch(target.url, { method: 'POST', headers: target.headers, body: BODY });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`bench request to ${target.url} failed: ${res.status}`);
        latencies?.push(performance.now() - started);
        count += 1;
      }
    }),
  );
  return count;
}

/**
 * Measures every target in interleaved rounds (A, B, C, A, B, C, …), so that a burst of load from
 * elsewhere on the machine hits all of them alike instead of whichever happened to run then.
 */
async function measure(targets) {
  for (const target of targets) await run(target, WARMUP_MS);
  const stats = targets.map(() => ({ count: 0, ms: 0, latencies: [], rounds: [] }));
  const roundMs = 250;
  for (let elapsed = 0; elapsed < DURATION_MS; elapsed += roundMs) {
    for (const [i, target] of targets.entries()) {
      const started = performance.now();
      const count = await run(target, roundMs, stats[i].latencies);
      const ms = performance.now() - started;
      stats[i].count += count;
      stats[i].ms += ms;
      stats[i].rounds.push(count / (ms / 1000));
    }
  }
  return stats.map(({ count, ms, latencies, rounds }) => {
    latencies.sort((a, b) => a - b);
    return { rps: count / (ms / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), rounds };
  });
}

// The sandbox runs in its own process, as BigCommerce would be remote: the measured process then
// holds only the client and the proxies, and their costs are not drowned by the sandbox's.
const sandboxProcess = spawn(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import { createSandbox } from ${JSON.stringify(new URL('../../../../sandbox/dist/index.js', import.meta.url).href)};
     const s = await createSandbox({ trustedProxySecret: ${JSON.stringify(SECRET)}, logger: { error() {}, warn() {} } });
     console.log(JSON.stringify({ url: s.url, storeHash: s.storeHash, storefrontToken: s.storefrontToken }));
     process.on('SIGTERM', () => s.close().then(() => process.exit(0)));`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const sandbox = await new Promise((resolve, reject) => {
  let out = '';
  sandboxProcess.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
  });
  sandboxProcess.once('exit', (code) => reject(new Error(`sandbox process exited with ${code}`)));
});
const upstream = `${sandbox.url}/graphql`;

const proxyOptions = { upstream, storeHash: sandbox.storeHash, storefrontToken: sandbox.storefrontToken, secret: SECRET };
const passThrough = createServer(createPassThrough(proxyOptions));
const passThroughUrl = await listen(passThrough);
const passThroughPlus = createServer(createPassThroughPlus(proxyOptions));
const passThroughPlusUrl = await listen(passThroughPlus);

const client = createServerClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.storefrontToken, endpoints: { graphql: upstream }, trustedProxySecret: SECRET, retry: false });
const handlerServer = createServer(toNodeHandler(createStorefrontHandler({ client })));
const handlerUrl = await listen(handlerServer);

const json = { 'content-type': 'application/json' };
const [direct, proxy, proxyPlus, handler] = await measure([
  { url: upstream, headers: { ...json, authorization: `Bearer ${sandbox.storefrontToken}` } },
  { url: `${passThroughUrl}/graphql`, headers: json },
  { url: `${passThroughPlusUrl}/graphql`, headers: json },
  { url: `${handlerUrl}/api/storefront/graphql`, headers: json },
]);

const fmt = (n) => n.toFixed(2);
console.log('\nStorefront handler vs pass-through proxy (product listing, concurrency %d, %d ms each, interleaved)', CONCURRENCY, DURATION_MS);
console.table({
  direct: { 'req/s': Math.round(direct.rps), 'p50 ms': fmt(direct.p50), 'p99 ms': fmt(direct.p99) },
  'pass-through': { 'req/s': Math.round(proxy.rps), 'p50 ms': fmt(proxy.p50), 'p99 ms': fmt(proxy.p99), 'added p50': fmt(proxy.p50 - direct.p50), 'added p99': fmt(proxy.p99 - direct.p99) },
  'pass-through + timeout/abort': { 'req/s': Math.round(proxyPlus.rps), 'p50 ms': fmt(proxyPlus.p50), 'p99 ms': fmt(proxyPlus.p99), 'added p50': fmt(proxyPlus.p50 - direct.p50), 'added p99': fmt(proxyPlus.p99 - direct.p99) },
  handler: { 'req/s': Math.round(handler.rps), 'p50 ms': fmt(handler.p50), 'p99 ms': fmt(handler.p99), 'added p50': fmt(handler.p50 - direct.p50), 'added p99': fmt(handler.p99 - direct.p99) },
});
const ratio = handler.rps / proxy.rps;
// Each round's ratio (the handler's round against the pass-through's round just before it): their
// median and quartiles show how much of the ratio this shared machine can resolve in one run.
const roundRatios = handler.rounds.map((rps, i) => rps / proxy.rounds[i]).sort((a, b) => a - b);
const ratioRounds = { median: percentile(roundRatios, 50), q1: percentile(roundRatios, 25), q3: percentile(roundRatios, 75), rounds: roundRatios.length };
console.log(`handler/pass-through throughput ratio: ${ratio.toFixed(3)} (goal ≥ 0.90); per round: median ${ratioRounds.median.toFixed(3)}, IQR ${ratioRounds.q1.toFixed(3)}–${ratioRounds.q3.toFixed(3)} over ${ratioRounds.rounds} rounds`);
console.log(`handler/(pass-through + timeout/abort) throughput ratio: ${(handler.rps / proxyPlus.rps).toFixed(3)}; (pass-through + timeout/abort)/pass-through: ${(proxyPlus.rps / proxy.rps).toFixed(3)}`);

// Memory: heap after MEMORY_REQUESTS more handler requests, each from a different shopper address.
const gc = globalThis.gc;
if (!gc) console.log('(run with --expose-gc for a stable memory figure)');
gc?.();
const before = process.memoryUsage().heapUsed;
for (let sent = 0; sent < MEMORY_REQUESTS; ) {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const res = await fetch(`${handlerUrl}/api/storefront/graphql`, { method: 'POST', headers: json, body: BODY });
      await res.arrayBuffer();
    }),
  );
  sent += CONCURRENCY;
}
gc?.();
const after = process.memoryUsage().heapUsed;
console.log(`heap after ${MEMORY_REQUESTS} handler requests: ${((after - before) / 1048576).toFixed(2)} MB growth (${(before / 1048576).toFixed(1)} → ${(after / 1048576).toFixed(1)} MB)`);
// Own processes: the pass-through and the handler each in a process of its own, as a storefront
// server runs in production, loaded from this one. In the measurements above the proxies share
// this process (and its event loop and heap) with their clients, so a request's figure there is the
// client's cost plus the proxy's, interleaved. Here each proxy's process reports its own CPU time
// per request, whose inverse is the most requests per second it can serve: the pass-through's CPU
// per request ÷ the handler's is their throughput ratio when CPU bound, whichever process happens
// to limit this machine's two cores. Per round (the two measured back to back), median and IQR.
async function startProxyProcess(kind) {
  const child = fork(fileURLToPath(new URL('./proxyProcess.mjs', import.meta.url)), [JSON.stringify({ kind, ...proxyOptions })], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(JSON.parse(String(chunk).split('\n')[0]).url));
    child.once('exit', (code) => reject(new Error(`${kind} process exited with ${code} before it was listening`)));
  });
  child.removeAllListeners('exit');
  const ask = (message) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send(message);
    });
  return { kind, child, ask, url: kind === 'handler' ? `${url}/api/storefront/graphql` : `${url}/graphql` };
}
const ownProcesses = [await startProxyProcess('pass-through'), await startProxyProcess('handler')];
const median = (values) => percentile([...values].sort((a, b) => a - b), 50);
/** Interleaved rounds of `concurrency` clients on each own-process proxy; CPU per request and its ratio. */
async function measureOwnProcesses(concurrency) {
  // Longer than the in-process warm-up: each process compiles its hot paths afresh.
  for (const proxy of ownProcesses) await run({ url: proxy.url, headers: json }, 4 * WARMUP_MS, undefined, concurrency);
  const cpuPerRequest = ownProcesses.map(() => []);
  // The clients' side too (this process): whether a proxy's answers cost its clients more.
  const clientCpuPerRequest = ownProcesses.map(() => []);
  for (let round = 0; round < PROCESS_ROUNDS; round++) {
    for (const [i, proxy] of ownProcesses.entries()) {
      await proxy.ask('start');
      const clientStart = process.cpuUsage();
      await run({ url: proxy.url, headers: json }, 500, undefined, concurrency);
      const client = process.cpuUsage(clientStart);
      const { cpuMicros, requests } = await proxy.ask('stop');
      cpuPerRequest[i].push(cpuMicros / requests);
      clientCpuPerRequest[i].push((client.user + client.system) / requests);
    }
  }
  const ratios = cpuPerRequest[0].map((cpu, i) => cpu / cpuPerRequest[1][i]).sort((a, b) => a - b);
  const result = {
    concurrency,
    passThroughCpuMicros: median(cpuPerRequest[0]),
    handlerCpuMicros: median(cpuPerRequest[1]),
    clientCpuMicros: { passThrough: median(clientCpuPerRequest[0]), handler: median(clientCpuPerRequest[1]) },
    ratio: { median: percentile(ratios, 50), q1: percentile(ratios, 25), q3: percentile(ratios, 75), rounds: ratios.length },
  };
  console.log(
    `own processes, ${concurrency} clients: server CPU per request, pass-through ${result.passThroughCpuMicros.toFixed(0)} µs, handler ${result.handlerCpuMicros.toFixed(0)} µs (medians; their clients ${result.clientCpuMicros.passThrough.toFixed(0)} and ${result.clientCpuMicros.handler.toFixed(0)} µs); ` +
      `pass-through ÷ handler per round: median ${result.ratio.median.toFixed(3)}, IQR ${result.ratio.q1.toFixed(3)}–${result.ratio.q3.toFixed(3)} over ${result.ratio.rounds} rounds (goal ≥ 0.90)`,
  );
  return result;
}
// 8 clients as above, then 32: with more requests queued a server handles several per wake-up, and
// its fixed costs per wake-up, the same for both proxies, weigh less (closer to a saturated server).
const ownProcess = [];
for (const concurrency of OWN_PROCESS_CONCURRENCY) ownProcess.push(await measureOwnProcesses(concurrency));
for (const proxy of ownProcesses) proxy.child.send('exit');

const withoutRounds = ({ rounds: _rounds, ...rest }) => rest;
console.log(
  JSON.stringify({
    bench: 'storefront-handler',
    direct: withoutRounds(direct),
    passThrough: withoutRounds(proxy),
    passThroughPlus: withoutRounds(proxyPlus),
    handler: withoutRounds(handler),
    throughputRatio: ratio,
    throughputRatioRounds: ratioRounds,
    heapGrowthMB: (after - before) / 1048576,
    ownProcess,
  }),
);

await new Promise((resolve) => handlerServer.close(resolve));
await new Promise((resolve) => passThrough.close(resolve));
await new Promise((resolve) => passThroughPlus.close(resolve));
handlerServer.closeAllConnections?.();
passThrough.closeAllConnections?.();
passThroughPlus.closeAllConnections?.();
sandboxProcess.removeAllListeners('exit');
sandboxProcess.kill('SIGTERM');
