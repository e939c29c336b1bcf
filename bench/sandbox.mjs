#!/usr/bin/env node
// Sandbox throughput and latency on loopback: requests per second and p50/p99 for a product
// listing query and an add-to-cart mutation, each against a baseline — a bare node:http server
// answering a fixed JSON body of the same size, driven by the same client in the same process —
// reported as a ratio, so the numbers mean something on a shared, noisy machine.
// Run after a build: `pnpm --filter @bc-headless/sandbox run build && node bench/sandbox.mjs`.
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '@bc-headless/sandbox';

const CONCURRENCY = 8;
const WARMUP_MS = 500;
const DURATION_MS = Number(process.env.BENCH_SANDBOX_MS ?? 3000);

const PRODUCTS = `query ProductListing {
  site { products(first: 12) { edges { node { entityId name path sku
    prices { price { value currencyCode } }
    defaultImage { url(width: 320) altText } } }
    pageInfo { hasNextPage endCursor } } } }`;
const ADD_TO_CART = `mutation AddToCart($input: AddCartLineItemsInput!) {
  cart { addCartLineItems(input: $input) { cart { entityId version currencyCode
    amount { value currencyCode }
    lineItems { totalQuantity physicalItems { entityId productEntityId variantEntityId name sku quantity
      image { url(width: 160) altText }
      salePrice { value currencyCode } extendedSalePrice { value currencyCode } } } } } } }`;
const CREATE_CART = `mutation CreateCart($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sends `next()`'s requests from CONCURRENCY workers for the duration; returns req/s, p50, p99 (ms). */
async function drive(next) {
  const run = async (ms, latencies) => {
    const end = performance.now() + ms;
    let count = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) {
          const { url, init } = next();
          const started = performance.now();
          const res = await fetch(url, init);
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`bench request failed: ${res.status}`);
          latencies?.push(performance.now() - started);
          count += 1;
        }
      }),
    );
    return count;
  };
  await run(WARMUP_MS);
  const latencies = [];
  const started = performance.now();
  const count = await run(DURATION_MS, latencies);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: count / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** A bare node:http server that answers every request with `body`. */
async function startBaseline(body) {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Runs both scenarios and their baselines; returns one row per scenario. */
export async function measureSandbox() {
  const sandbox = await createSandbox({ logger: { error: (m, e) => console.error(m, e) } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${sandbox.storefrontToken}` };
  const graphql = (query, variables) => ({ url: `${sandbox.url}/graphql`, init: { method: 'POST', headers, body: JSON.stringify({ query, variables }) } });
  const call = async (query, variables) => {
    const res = await fetch(`${sandbox.url}/graphql`, graphql(query, variables).init);
    const text = await res.text();
    const json = JSON.parse(text);
    if (json.errors) throw new Error(`bench setup: ${JSON.stringify(json.errors)}`);
    return { json, bytes: Buffer.byteLength(text) };
  };

  // Add-to-cart adds one unit of a well-stocked variant; each cart takes a few adds, then the next.
  const product = sandbox.store.catalog.products.find((p) => p.variants.some((v) => v.stock >= 50)) ?? sandbox.store.catalog.products[0];
  const variant = product.variants.reduce((a, b) => (b.stock > a.stock ? b : a));
  const line = { productEntityId: product.entityId, variantEntityId: variant.entityId, quantity: 1 };
  const addsPerCart = Math.max(1, Math.min(40, variant.stock - 1));
  const carts = [];
  let adds = 0;
  const newCart = async () => (await call(CREATE_CART, { input: { lineItems: [line] } })).json.data.cart.createCart.cart.entityId;
  // Enough carts for ~40 000 adds (far more than a run makes here); made before timing starts.
  for (let i = 0; i < 125; i += 1) carts.push(...(await Promise.all(Array.from({ length: 8 }, newCart))));
  const nextAdd = () => {
    const cartEntityId = carts[Math.floor(adds / addsPerCart) % carts.length];
    adds += 1;
    return graphql(ADD_TO_CART, { input: { cartEntityId, data: { lineItems: [line] } } });
  };

  const productsSample = await call(PRODUCTS, {});
  const addSample = await call(ADD_TO_CART, { input: { cartEntityId: await newCart(), data: { lineItems: [line] } } });

  const rows = [];
  for (const [scenario, next, bytes] of [
    ['product listing query (12 products)', () => graphql(PRODUCTS, {}), productsSample.bytes],
    ['add-to-cart mutation (addCartLineItems)', nextAdd, addSample.bytes],
  ]) {
    const measured = await drive(next);
    const baseline = await startBaseline(JSON.stringify({ data: { padding: 'x'.repeat(Math.max(0, bytes - 24)) } }));
    const bare = await drive(() => ({ url: baseline.url, init: { method: 'POST', headers, body: '{}' } }));
    await baseline.close();
    rows.push({ scenario, bytes, ...measured, baseline: bare, ratio: measured.rps / bare.rps });
  }
  await sandbox.close();
  return rows;
}

/** The `## Sandbox` section of BENCHMARKS.md. */
export function sandboxMarkdown(rows) {
  const f = (n) => n.toFixed(n >= 100 ? 0 : 2);
  return [
    '## Sandbox',
    '',
    `Loopback, ${CONCURRENCY} concurrent keep-alive clients in the same process, ${DURATION_MS / 1000} s per run after a ${WARMUP_MS} ms warm-up.`,
    'Baseline: a bare `node:http` server answering a fixed JSON body of the same size, driven the same way.',
    '',
    '| scenario | response | req/s | p50 ms | p99 ms | baseline req/s | sandbox / baseline |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.scenario} | ${(r.bytes / 1024).toFixed(1)} KB | ${f(r.rps)} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.baseline.rps)} | ${(r.ratio * 100).toFixed(0)} % |`),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(sandboxMarkdown(await measureSandbox()));
}
