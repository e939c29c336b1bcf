#!/usr/bin/env node
// Client overhead: the same product query sent N times to the sandbox (in its own process) through
// (a) plain `fetch` with hand-written headers, (b) `@bc-headless/core`, (c) `@bigcommerce/catalyst-client`,
// sequentially and 16 at a time. All three call the same URL-rewriting `fetch` (BigCommerce's host
// → the sandbox), since catalyst-client always calls the global `fetch` with its own URL. Rounds are
// interleaved (a, b, c, a, b, c, …) so that load from elsewhere hits all three alike; each figure is
// a ratio to (a): wall time, and CPU time of this (client) process.
// Run after a build: `pnpm build && node bench/client-overhead.mjs`.
import { createClient } from '@bigcommerce/catalyst-client';
import { createStorefrontClient } from '@bc-headless/core';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startSandboxProcess } from './startSandboxProcess.mjs';

const QUERIES = Number(process.env.BENCH_CLIENT_QUERIES ?? 2000);
const ROUNDS = 20;
const CONCURRENCY = 16;
const WARMUP = 200;

const PRODUCT = `query Product($entityId: Int!) {
  site { product(entityId: $entityId) { entityId name path sku
    prices { price { value currencyCode } salePrice { value currencyCode } }
    defaultImage { url(width: 500) altText } } } }`;

const catalystVersion = JSON.parse(readFileSync(new URL('./node_modules/@bigcommerce/catalyst-client/package.json', import.meta.url), 'utf8')).version;

/** Builds the three clients around one URL-rewriting fetch; each returns a product name. */
function createSubjects(sandbox, entityId) {
  const realFetch = globalThis.fetch;
  const host = /^https:\/\/store-[\w-]+\.mybigcommerce\.com/;
  /** The wrapper all three go through: BigCommerce's GraphQL host → the sandbox. */
  const rewritingFetch = (input, init) => realFetch(String(input).replace(host, sandbox.url), init);
  // catalyst-client calls the global fetch; so does (a), for the same path through the wrapper.
  globalThis.fetch = rewritingFetch;
  delete process.env.BIGCOMMERCE_TRUSTED_PROXY_SECRET;

  const url = `https://store-${sandbox.storeHash}.mybigcommerce.com/graphql`;
  const body = JSON.stringify({ query: PRODUCT, variables: { entityId } });
  const plain = async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${sandbox.storefrontToken}` },
      body,
    });
    if (!res.ok) throw new Error(`plain fetch: HTTP ${res.status}`);
    const json = await res.json();
    if (json.errors) throw new Error(`plain fetch: ${JSON.stringify(json.errors)}`);
    return json.data.site.product.name;
  };

  const ours = createStorefrontClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.storefrontToken, fetch: rewritingFetch });
  const core = async () => (await ours.request(PRODUCT, { entityId })).site.product.name;

  const catalyst = createClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.storefrontToken, channelId: '1', logger: false });
  // A guest request: catalyst-client's default also sends X-Bc-Error-On-Invalid-Customer-Access-Token,
  // which the sandbox answers with MISSING_CUSTOMER_ACCESS_TOKEN when no token is sent.
  const catalystCall = async () => (await catalyst.fetch({ document: PRODUCT, variables: { entityId }, validateCustomerAccessToken: false })).data.site.product.name;

  return {
    subjects: [
      { key: 'plain', label: '(a) plain `fetch`, hand-written headers', call: plain },
      { key: 'core', label: '(b) `@bc-headless/core` `client.request`', call: core },
      { key: 'catalyst', label: `(c) \`@bigcommerce/catalyst-client\` ${catalystVersion} \`client.fetch\``, call: catalystCall },
    ],
    restore: () => {
      globalThis.fetch = realFetch;
    },
  };
}

/** Sends `count` calls, `concurrency` at a time; returns wall ms and client CPU ms. */
async function batch(call, count, concurrency) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        await call();
      }
    }),
  );
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** Runs both modes with interleaved rounds; returns `{ [mode]: { [key]: { wallMs, cpuMs } } }`. */
export async function measureClientOverhead() {
  const sandbox = await startSandboxProcess();
  // A product that exists in the sandbox's default seed: ask for the first of the listing.
  const first = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.storefrontToken}` },
    body: JSON.stringify({ query: '{ site { products(first: 1) { edges { node { entityId } } } } }' }),
  }).then((r) => r.json());
  const entityId = first.data.site.products.edges[0].node.entityId;
  const { subjects, restore } = createSubjects(sandbox, entityId);
  const answerBytes = Buffer.byteLength(
    await fetch(`${sandbox.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.storefrontToken}` },
      body: JSON.stringify({ query: PRODUCT, variables: { entityId } }),
    }).then((r) => r.text()),
  );
  const names = new Set(await Promise.all(subjects.map((s) => s.call())));
  if (names.size !== 1) throw new Error(`the three clients disagree on the product: ${[...names].join(', ')}`);
  try {
    const results = {};
    for (const [mode, concurrency] of [['sequential', 1], [`${CONCURRENCY} concurrent`, CONCURRENCY]]) {
      for (const s of subjects) await batch(s.call, WARMUP, concurrency);
      const totals = Object.fromEntries(subjects.map((s) => [s.key, { wallMs: 0, cpuMs: 0, count: 0 }]));
      const perRound = Math.ceil(QUERIES / ROUNDS);
      for (let round = 0; round < ROUNDS; round += 1) {
        // Rotate who goes first each round, so no client always follows the same one.
        for (let i = 0; i < subjects.length; i += 1) {
          const s = subjects[(round + i) % subjects.length];
          const { wallMs, cpuMs } = await batch(s.call, perRound, concurrency);
          totals[s.key].wallMs += wallMs;
          totals[s.key].cpuMs += cpuMs;
          totals[s.key].count += perRound;
        }
      }
      results[mode] = totals;
    }
    return { results, answerBytes, subjects: subjects.map(({ key, label }) => ({ key, label })) };
  } finally {
    restore();
    await sandbox.close();
  }
}

/** The body of the `## Client overhead` section. */
export function clientOverheadMarkdown({ results, answerBytes, subjects }) {
  const lines = [
    `One product query (\`site.product(entityId)\`, ${answerBytes} B answer) sent ${QUERIES} times per client and mode to the`,
    'sandbox running in its own process (so its CPU is not counted here), through three clients that all',
    'call the same URL-rewriting `fetch` (BigCommerce host → sandbox). Rounds of',
    `${Math.ceil(QUERIES / ROUNDS)} queries are interleaved (a, b, c, then b, c, a, then c, a, b, …) over ${ROUNDS} rounds after a ${WARMUP}-query warm-up; figures are`,
    'ratios to (a). Wall time includes the sandbox answering (the same for all three); client CPU is',
    "this process's user+system time, i.e. what the client itself costs.",
    '',
    '| client | mode | wall ms / query | wall ÷ (a) | client CPU ms / query | CPU ÷ (a) |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const [mode, totals] of Object.entries(results)) {
    const base = totals.plain;
    for (const s of subjects) {
      const t = totals[s.key];
      lines.push(
        `| ${s.label} | ${mode} | ${(t.wallMs / t.count).toFixed(3)} | **${(t.wallMs / base.wallMs).toFixed(3)}** | ${(t.cpuMs / t.count).toFixed(3)} | **${(t.cpuMs / base.cpuMs).toFixed(3)}** |`,
      );
    }
  }
  lines.push(
    '',
    '- Goal: `@bc-headless/core` within 5 % of plain `fetch` (wall ÷ (a) ≤ 1.05).',
    '- Command: `pnpm bench` (or `pnpm build && node bench/client-overhead.mjs`)',
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}`,
    `- Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}`,
  );
  return lines.join('\n');
}

/** The run-all.mjs contract. Informational: a ratio above the goal is reported, not failed (noise). */
export async function run() {
  const measured = await measureClientOverhead();
  const summary = Object.entries(measured.results)
    .map(([mode, t]) => `${mode}: core ${(t.core.wallMs / t.plain.wallMs).toFixed(3)}× / catalyst ${(t.catalyst.wallMs / t.plain.wallMs).toFixed(3)}× plain fetch wall time; CPU core ${(t.core.cpuMs / t.plain.cpuMs).toFixed(3)}× / catalyst ${(t.catalyst.cpuMs / t.plain.cpuMs).toFixed(3)}×`)
    .join('\n');
  return { ok: true, heading: 'Client overhead', markdown: clientOverheadMarkdown(measured), summary };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  console.log(`\n## ${result.heading}\n\n${result.markdown}`);
}
