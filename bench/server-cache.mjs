#!/usr/bin/env node
// The server cache (issue 21): anonymous home, category and product page views, server-rendered
// (`createStorefrontServer().requestContext` + `prefetchView`, one GraphQL request per view) and
// through the storefront handler (the same request, as a browser sends it), against a sandbox
// 80 ms ± 10 ms away (`latency`), uncached and with the cache cold, warm and stale, on the memory
// store and on Redis; then three instances sharing one Redis serving 1 000 page views over 50
// pages, counting what reached BigCommerce. Each case is compared with the uncached path measured
// in the same run. Run after a build: `pnpm build && node bench/server-cache.mjs`.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { QueryClient } from '@tanstack/query-core';
import { createSandbox } from '@bc-headless/sandbox';
import { createServer } from 'node:http';
import { cacheCustom, createMemoryStore, createRedisStore, createServerCache, createServerClient, createStorefrontServer, toNodeHandler } from '@bc-headless/core/server';
import { startRedis } from '../tools/test-stack/startRedis.mjs';

const LATENCY = { ms: 80, jitterMs: 10, seed: 7 };
const VIEWS_PER_CASE = Number(process.env.BENCH_CACHE_VIEWS ?? 60);
const INSTANCE_VIEWS = 1000;
const CONCURRENCY = 8;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

/** The 50 pages: home and its next pages, every category, and products. */
function pagesOf(sandbox) {
  const { products, categories } = sandbox.store.catalog;
  const pages = [{ name: 'home', view: { settings: true, categories: true, products: {} } }];
  for (const c of categories) pages.push({ name: `category ${c.entityId}`, view: { settings: true, categories: true, products: { categoryEntityId: c.entityId } } });
  for (const p of products) pages.push({ name: `product ${p.entityId}`, view: { settings: true, categories: true, product: p.entityId } });
  for (let page = 2; pages.length < 50; page++) pages.push({ name: `search page ${page}`, view: { settings: true, categories: true, products: { searchTerm: String.fromCharCode(96 + page) } } });
  return pages.slice(0, 50);
}

function serverFor(sandbox, cache, sent) {
  const client = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.privateToken,
    endpoints: { graphql: `${sandbox.url}/graphql` },
    retry: false,
    ...(cache ? { cache } : {}),
    // Records the request bodies a render sends, to replay them as a browser would through the handler.
    ...(sent ? { fetch: (url, init) => (sent.push(init.body), fetch(url, init)) } : {}),
  });
  return createStorefrontServer({ client, queryClient: () => new QueryClient() });
}

/** One server-rendered page view: a fresh request context, its view prefetched (as a loader does). */
async function render(server, page) {
  const context = server.requestContext(new Request('http://shop.test/'), { remoteAddress: '127.0.0.1' });
  await context.prefetchView(page.view);
}

async function timeViews(server, pages, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await render(server, pages[i % pages.length]);
    times.push(performance.now() - started);
  }
  return times;
}

/** The storefront handler of `server` on 127.0.0.1, port 0. */
async function listenHandler(server) {
  const http = createServer(toNodeHandler(server.handler));
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${http.address().port}/api/storefront/graphql`, close: () => new Promise((resolve) => (http.close(resolve), http.closeAllConnections())) };
}

/** Page views through the handler: the browser's one GraphQL request per view (the bodies a render sent). */
async function timeHandler(url, bodies, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i % bodies.length] });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`handler answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

async function graphqlRequests(sandbox) {
  const log = await (await fetch(`${sandbox.url}/__sandbox/requests`)).json();
  return log.data.filter((e) => e.path === '/graphql').length;
}

/** Runs the benchmark; see bench/run-all.mjs. */
export async function run() {
  const sandbox = await createSandbox({ latency: LATENCY, requestLogSize: 100_000, logger: { error() {}, warn() {} } });
  const redis = await startRedis();
  const stores = [];
  // Each case its own key space; the three instances share one (`prefix`).
  const redisStore = (prefix = `bench${stores.length}:`) => {
    const store = createRedisStore({ url: redis.url, keyPrefix: prefix });
    stores.push(store);
    return store;
  };
  try {
    const pages = pagesOf(sandbox);
    const home = [pages[0]];
    const rows = [];
    const bodies = [];
    const uncached = await timeViews(serverFor(sandbox, undefined, bodies), pages, VIEWS_PER_CASE);
    const base = percentile(uncached, 50);
    rows.push(['server-rendered, uncached (every view asks BigCommerce)', uncached]);
    const plainHandler = await listenHandler(serverFor(sandbox));
    rows.push(['through the handler, uncached', await timeHandler(plainHandler.url, bodies, VIEWS_PER_CASE)]);
    await plainHandler.close();

    for (const [label, makeStore] of [['memory store', () => createMemoryStore()], ['Redis', redisStore]]) {
      const cache = createServerCache({ store: makeStore() });
      const server = serverFor(sandbox, cache);
      rows.push([`${label}: cold (first view of each page)`, await timeViews(server, pages, pages.length)]);
      rows.push([`${label}: warm`, await timeViews(server, pages, VIEWS_PER_CASE)]);
      // The browser's requests through the handler share the cache the renders filled.
      const handler = await listenHandler(server);
      rows.push([`${label}: warm, through the handler`, await timeHandler(handler.url, bodies, VIEWS_PER_CASE)]);
      await handler.close();
      // Stale: entries past a 0.2 s maxAge are served at once while one refresh runs.
      const staleCache = createServerCache({ store: makeStore(), strategy: cacheCustom({ maxAge: 0.2, staleWhileRevalidate: 600, staleIfError: 600 }) });
      const staleServer = serverFor(sandbox, staleCache);
      await timeViews(staleServer, home, 1);
      const stale = [];
      for (let i = 0; i < Math.min(VIEWS_PER_CASE, 20); i++) {
        await new Promise((r) => setTimeout(r, 250));
        stale.push(...(await timeViews(staleServer, home, 1)));
      }
      rows.push([`${label}: stale (served while refreshing)`, stale]);
    }

    // Three instances on one Redis, 1 000 views over the 50 pages, 8 at a time.
    const instances = [0, 1, 2].map(() => serverFor(sandbox, createServerCache({ store: redisStore('instances:') })));
    const before = await graphqlRequests(sandbox);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < INSTANCE_VIEWS) {
          const i = next++;
          await render(instances[i % 3], pages[(i * 7) % pages.length]);
        }
      }),
    );
    const upstreamPer1000 = ((await graphqlRequests(sandbox)) - before) * (1000 / INSTANCE_VIEWS);

    const p50 = (label) => percentile(rows.find(([l]) => l === label)[1], 50);
    const warmMemory = p50('memory store: warm');
    const warmRedis = p50('Redis: warm');
    const goals = [
      [`warm p50 ≤ 1/20 of the uncached path's`, Math.max(warmMemory, warmRedis) <= base / 20, `memory ${ms(warmMemory)}, Redis ${ms(warmRedis)} vs ${ms(base)} (1/20 = ${ms(base / 20)})`],
      [`≤ 1 upstream request per page per TTL across 3 instances`, upstreamPer1000 <= pages.length, `${upstreamPer1000} requests for ${INSTANCE_VIEWS} views of ${pages.length} pages`],
      [`a Redis hit adds ≤ 1 ms p50 over memory`, warmRedis - warmMemory <= 1, `${ms(warmRedis - warmMemory)}`],
    ];
    const table = ['| case | p50 | p99 | p50 vs uncached |', '|---|---|---|---|', ...rows.map(([label, t]) => `| ${label} | ${ms(percentile(t, 50))} | ${ms(percentile(t, 99))} | ${(percentile(t, 50) / base).toFixed(3)}× |`)];
    const markdown = [
      `Command: \`pnpm build && node bench/server-cache.mjs\` (also in \`pnpm bench\`). Node ${process.version}, sandbox with \`latency: { ms: ${LATENCY.ms}, jitterMs: ${LATENCY.jitterMs} }\` standing in for the distance to BigCommerce; Redis on loopback (Debian's redis-server). A page view is a server render's data: \`requestContext\` + \`prefetchView\` (settings, categories and the page's products or product in one GraphQL request), ${VIEWS_PER_CASE} views per case over ${pages.length} pages (home, every category, every product, search pages). "Through the handler" replays the very GraphQL requests those renders sent, as a browser's client sends them to \`/api/storefront/graphql\` (the handler shares the server client and its cache, \`createServerClient({ cache })\`), over HTTP on loopback.`,
      '',
      ...table,
      '',
      `Three instances (three server clients, each with its own cache object and the same Redis), ${INSTANCE_VIEWS} page views over ${pages.length} pages, ${CONCURRENCY} at a time: **${upstreamPer1000} GraphQL requests reached BigCommerce per 1 000 page views**.`,
      '',
      '| goal | met | measured |',
      '|---|---|---|',
      ...goals.map(([goal, met, measured]) => `| ${goal} | ${met ? 'yes' : '**no**'} | ${measured} |`),
    ].join('\n');
    return {
      ok: goals.every(([, met]) => met),
      heading: 'Server cache',
      markdown,
      summary: `server cache: uncached p50 ${ms(base)}, warm p50 memory ${ms(warmMemory)} / Redis ${ms(warmRedis)}, ${upstreamPer1000} upstream per 1000 views`,
    };
  } finally {
    await Promise.all(stores.map((s) => s.close()));
    await redis.stop();
    await sandbox.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.markdown);
  process.exit(result.ok ? 0 : 1);
}
