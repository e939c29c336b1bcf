#!/usr/bin/env node
// Sandbox throughput and latency on loopback: requests per second and p50/p99 for a product
// listing query and an add-to-cart mutation, each against a baseline — a bare node:http server
// answering a fixed JSON body of the same size, driven by the same client in the same process —
// reported as a ratio, so the numbers mean something on a shared, noisy machine.
// Run after a build: `pnpm --filter @bc-headless/sandbox run build && node bench/sandbox.mjs`.
import { createServer } from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '@bc-headless/sandbox';

const CONCURRENCY = 8;
const WARMUP_MS = 500;
const DURATION_MS = Number(process.env.BENCH_SANDBOX_MS ?? 4000);
const ROUNDS = 4;

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

/** Sends `next()`'s requests from CONCURRENCY workers for `ms`; returns the count and pushes latencies. */
async function drive(next, ms, latencies) {
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
}

/**
 * Measures `subject` against `baseline` in alternating rounds (so machine load drifting during the
 * run hits both alike); returns req/s and p50/p99 of each over all rounds.
 */
async function compare(subject, baseline) {
  await drive(subject, WARMUP_MS);
  await drive(baseline, WARMUP_MS);
  const stats = { subject: { count: 0, ms: 0, latencies: [] }, baseline: { count: 0, ms: 0, latencies: [] } };
  const roundMs = DURATION_MS / ROUNDS;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, next] of [['subject', subject], ['baseline', baseline]]) {
      const started = performance.now();
      stats[name].count += await drive(next, roundMs, stats[name].latencies);
      stats[name].ms += performance.now() - started;
    }
  }
  const summarize = ({ count, ms, latencies }) => {
    latencies.sort((a, b) => a - b);
    return { rps: count / (ms / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  };
  return { subject: summarize(stats.subject), baseline: summarize(stats.baseline) };
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
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}` };
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
    const baseline = await startBaseline(JSON.stringify({ data: { padding: 'x'.repeat(Math.max(0, bytes - 24)) } }));
    const { subject, baseline: bare } = await compare(next, () => ({ url: baseline.url, init: { method: 'POST', headers, body: '{}' } }));
    await baseline.close();
    rows.push({ scenario, bytes, ...subject, baseline: bare, ratio: subject.rps / bare.rps });
  }
  await sandbox.close();
  return rows;
}

/** The body of the `## Sandbox` section of BENCHMARKS.md. */
export function sandboxMarkdown(rows) {
  const f = (n) => n.toFixed(n >= 100 ? 0 : 2);
  return [
    'Requests per second and latency of the sandbox (`createSandbox()`, default seed) on loopback:',
    `${CONCURRENCY} concurrent keep-alive \`fetch\` clients in the same process, ${DURATION_MS / 1000} s per scenario after a`,
    `${WARMUP_MS} ms warm-up. Baseline: a bare \`node:http\` server answering a fixed JSON body of the`,
    `same size, driven the same way, alternating with the sandbox in ${ROUNDS} rounds so that load from`,
    'other work on the machine hits both alike; the last column is the ratio.',
    '',
    '| scenario | response | req/s | p50 | p99 | bare node:http req/s | sandbox / bare |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.scenario} | ${(r.bytes / 1024).toFixed(1)} KB | ${f(r.rps)} | ${f(r.p50)} ms | ${f(r.p99)} ms | ${f(r.baseline.rps)} | **${(r.ratio * 100).toFixed(0)} %** |`),
    '',
    '- Command: `pnpm bench` (or `pnpm --filter @bc-headless/sandbox run build && node bench/sandbox.mjs`)',
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}`,
    `- Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}`,
  ].join('\n');
}

/** The run-all.mjs contract: `{ ok, heading, markdown, summary }`. Informational; it never fails a run. */
export async function run() {
  const rows = await measureSandbox();
  return {
    ok: true,
    heading: 'Sandbox',
    markdown: sandboxMarkdown(rows),
    summary: rows.map((r) => `${r.scenario}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (${(r.ratio * 100).toFixed(0)} % of bare node:http)`).join('\n'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`## Sandbox\n\n${sandboxMarkdown(await measureSandbox())}`);
}
