#!/usr/bin/env node
// The demo storefronts (React, Vue, Svelte) side by side in Debian's Chromium on loopback, each
// the production build behind its own demo-kit server, against one sandbox:
// - time to the first product grid on a cold load, against a static HTML page with the same grid
//   (measured in the same run, interleaved with the apps, so load from other work hits all alike);
// - GraphQL requests per page view (home, then client-side to a category and a product) in the
//   browser and upstream at the sandbox, next to the minimum (one per view);
// - round trips for add to cart and place order, next to the minimum (one mutation; two upstream calls);
// - the JavaScript each app downloads (gzip), as context.
// Run after a build: `pnpm build && node bench/storefronts.mjs`.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createSandbox } from '@bc-headless/sandbox';
import { browse, firstGrid, placeOrder } from './storefrontFlows.mjs';

const ROUNDS = Number(process.env.BENCH_GRID_ROUNDS ?? 15);
const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
// The demo server and Playwright are resolved from the packages that own them (demo-kit, e2e).
const { createDemoServer } = await import(repo('apps/demo-kit/dist/index.js'));
const { chromium } = createRequire(repo('e2e/package.json'))('@playwright/test');

// The same apps as the e2e suite (e2e/storefronts.ts), in the same order.
// `ownServer`: the app's own production server (its server.js, a server-rendered app) is started
// as a process, as the e2e suite does; the others are SPAs served by demo-kit's server.
const STOREFRONTS = [
  { name: 'React', root: repo('apps/react-storefront'), built: 'dist/server/index.js', ownServer: true },
  { name: 'Vue', root: repo('apps/vue-storefront'), built: 'dist/index.html' },
  { name: 'Svelte', root: repo('apps/svelte-storefront'), built: 'dist/index.html' },
];

/** `node <root>/server.js` in production mode on a free port; resolves once it prints its URL. */
export function startAppProcess(root, env) {
  const child = spawn(process.execPath, ['server.js'], { cwd: root, env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const url = /\(prod, \w+\): (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout.off('data', onData);
      resolve({
        url,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`${root}/server.js exited with ${code} before it was ready:\n${output}`)));
  });
}
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const quartiles = (values) => [sorted(values)[Math.floor(values.length / 4)], sorted(values)[Math.floor((3 * values.length) / 4)]];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The static baseline: the home page an app rendered, scripts removed, served with its stylesheet by bare node:http. */
async function startStaticBaseline(browser, appUrl) {
  const page = await browser.newPage();
  await page.goto(appUrl);
  await page.locator('.product-grid .product-card').first().waitFor();
  await page.waitForLoadState('networkidle');
  const html = await page.evaluate(() => {
    document.querySelectorAll('script, link[rel=modulepreload]').forEach((s) => s.remove());
    return '<!doctype html>' + document.documentElement.outerHTML;
  });
  const cssPath = await page.evaluate(() => document.querySelector('link[rel=stylesheet]')?.getAttribute('href'));
  await page.close();
  const css = await (await fetch(new URL(cssPath, appUrl))).text();
  const server = createServer((req, res) => {
    if (req.url.endsWith('.css')) res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const cell = (s) => `${s.graphql} / ${s.upstreamGraphql}`;
const extras = (s) => s.upstream.join(', ') || '—';

/** One bullet per distinct description, naming the apps it holds for (they often all do the same). */
function notes(apps, flows, describe, what) {
  const groups = new Map();
  apps.forEach((app, i) => groups.set(describe(flows[i]), [...(groups.get(describe(flows[i])) ?? []), app.name]));
  return [...groups].map(([text, names]) => `- ${names.length === apps.length && names.length > 1 ? 'All' : names.join(', ')}, ${what}: ${text}.`);
}

/** Runs the benchmark and returns its BENCHMARKS.md section. */
export async function run() {
  const apps = STOREFRONTS.filter((app) => existsSync(`${app.root}/${app.built}`));
  const missing = STOREFRONTS.filter((app) => !apps.includes(app)).map((app) => app.name);
  if (apps.length === 0) throw new Error('bench/storefronts.mjs: no storefront has a production build (apps/*-storefront/dist); run `pnpm build` first.');
  const load = [os.loadavg()[0]];
  const started = Date.now();
  const quiet = { error() {}, warn() {}, info() {}, log() {} };
  const trustedProxySecret = randomBytes(24).toString('base64url');
  const sandbox = await createSandbox({ trustedProxySecret, logger: quiet });
  const servers = [];
  const snapshot = mkdtempSync(join(os.tmpdir(), 'bench-storefronts-'));
  let browser;
  let baseline;
  try {
    // Each app is served from a copy of its build taken now: a rebuild elsewhere in the shared tree
    // (which empties dist/) must not break or skew a run halfway.
    for (const app of apps) {
      const env = { SANDBOX_URL: sandbox.url, BIGCOMMERCE_TRUSTED_PROXY_SECRET: trustedProxySecret };
      // A server-rendered app runs from its folder (its server resolves its own dependencies there).
      if (app.ownServer) {
        servers.push(await startAppProcess(app.root, env));
        continue;
      }
      const root = join(snapshot, app.name);
      cpSync(join(app.root, 'dist'), join(root, 'dist'), { recursive: true });
      servers.push(await createDemoServer({ root, mode: 'prod', port: 0, env: { SANDBOX_URL: sandbox.url, BIGCOMMERCE_TRUSTED_PROXY_SECRET: trustedProxySecret } }));
    }
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
    baseline = await startStaticBaseline(browser, servers[0].url);

    // Time to first grid: every page once to warm up (server caches, Chromium's first start), then rounds.
    const pages = [...servers.map((server) => server.url), baseline.url];
    for (const url of pages) await firstGrid(browser, url);
    const times = pages.map(() => []);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [i, url] of pages.entries()) times[i].push(await firstGrid(browser, url));
    }
    load.push(os.loadavg()[0]);

    // Request counts are deterministic: one pass per app, from a fresh sandbox.
    const flows = [];
    for (const server of servers) {
      await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
      const browsing = await browse(browser, server.url, sandbox.url);
      const order = await placeOrder(browser, server.url, sandbox.url);
      flows.push({ ...browsing, order, js: browsing.scripts.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) });
    }
    load.push(os.loadavg()[0]);
    const seconds = (Date.now() - started) / 1000;

    const staticMs = median(times.at(-1));
    const grid = apps.map((app, i) => ({ name: app.name, ms: median(times[i]), iqr: quartiles(times[i]), ratio: median(times[i].map((ms, round) => ms / times.at(-1)[round])) }));
    const cpu = os.cpus();
    const markdown = [
      `Each demo storefront's production build, served by its own server (React: its React Router server; Vue, Svelte: demo-kit's) and talking to one sandbox`,
      `(\`createSandbox\` with a trusted-proxy secret) through the storefront handler, driven in Debian's Chromium`,
      `(headless) on loopback by \`bench/storefronts.mjs\` with the accessible names the e2e suite uses.`,
      '',
      '### Time to first product grid',
      '',
      `From navigation start until the home page has laid out its first product card, each load in a fresh`,
      `browser context (cold cache); median of ${ROUNDS} loads per page, the pages interleaved (${[...apps.map((a) => a.name), 'static'].join(', ')},`,
      `then again) after one warm-up load each. Baseline: a static HTML page holding the grid the ${apps[0].name} app`,
      'rendered (same markup, stylesheet and image URLs, no JavaScript) from a bare `node:http` server. "÷ static"',
      "is the median over the rounds of each round's app ÷ static time.",
      '',
      '| page | first grid (median) | IQR | ÷ static | JS downloaded (gzip) |',
      '|---|---:|---:|---:|---:|',
      ...grid.map((g, i) => `| ${g.name} storefront | ${g.ms.toFixed(0)} ms | ${g.iqr[0].toFixed(0)}–${g.iqr[1].toFixed(0)} ms | **${g.ratio.toFixed(2)} ×** | ${kb(flows[i].js)} |`),
      `| static HTML with the same grid | ${staticMs.toFixed(0)} ms | ${quartiles(times.at(-1)).map((t) => t.toFixed(0)).join('–')} ms | 1.00 × | 0 |`,
      '',
      'JS downloaded: every script the browser fetched over home → category → product, gzipped with `node:zlib`',
      'at level 9 (the demo server sends them uncompressed).',
      '',
      '### GraphQL requests per page view',
      '',
      'Home loaded cold, then client-side navigation to the "Kitchen" category, to a product from it and, after',
      'adding it, to the cart; signed out, each view counted until the network is idle. Cells: requests to',
      '`/api/storefront/graphql` in the browser / GraphQL requests the sandbox received (its `/__sandbox/requests`',
      'log). Minimum: 1 / 1 per view; the cart view can cost 0 / 0, its cart being cached from adding to it.',
      'Last column: the demo customer, signed in with a cart, reloads the home page (a full page load, cold): the',
      'header\'s greeting and cart link come in the same request as the catalog.',
      '',
      '| storefront | home | category | product | cart | home reloaded, signed in with a cart | minimum |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...apps.map((app, i) => `| ${app.name} | ${cell(flows[i].home)} | ${cell(flows[i].category)} | ${cell(flows[i].product)} | ${cell(flows[i].cart)} | ${cell(flows[i].order.reload)} | 1 / 1 |`),
      '',
      ...(flows.every((f) => f.category.graphql === 1 && f.product.graphql === 1 && f.home.graphql > 1)
        ? ["Beyond the grid, the home view asks for the header's data (store settings, category tree) in two more", 'requests, once: later views reuse it from the cache.', '']
        : []),
      ...notes(apps, flows, (f) => `home ${extras(f.home)}; category ${extras(f.category)}; product ${extras(f.product)}; cart ${extras(f.cart)}; reloaded ${extras(f.order.reload)}`, 'upstream operations'),
      '',
      '### Round trips: cart changes and place order',
      '',
      'Cart changes, same cells as above (browser / sandbox GraphQL requests, mutations and any refetches):',
      'the first "Add to cart" on the product page (creates the cart) until "Cart (1)" shows, and "One more" on the',
      'cart page until "Cart (2)" shows; minimum one mutation each. Place order: signed in as the demo customer',
      '(address prefilled), test card 4242 4242 4242 4242, from the "Place order" click until "Thank you for your',
      'order": calls from the browser to `/api/storefront/*`, and calls the sandbox received; minimum 1 and 2',
      '(completeCheckout + payment). Each until the network is idle.',
      '',
      '| storefront | add to cart | one more | place order: browser → server | place order: server → sandbox |',
      '|---|---:|---:|---:|---:|',
      ...apps.map((app, i) => {
        const { addToCart: a, oneMore: m, order: o } = flows[i];
        const other = o.api.length - o.graphql;
        return `| ${app.name} | ${cell(a)} | ${cell(m)} | ${o.api.length} (${o.graphql} GraphQL + ${other} place-order) | ${o.upstream.length} (${o.orderCalls} under the order's correlation id) |`;
      }),
      '| minimum | 1 / 1 | 1 / 1 | 1 | 2 |',
      '',
      ...(flows.some((f) => f.order.graphql > 0)
        ? [
            "GraphQL calls before `/place-order` are the checkout's own steps (billing address, shipping consignment,",
            'shipping option; listed below): the address is only prefilled in the form, so the app saves it when the',
            'shopper places the order, and BigCommerce needs them on the checkout before `completeCheckout`.',
            ...(flows.every((f) => f.order.orderCalls === 2) ? ['The order itself is at the minimum: two upstream calls under its correlation id.'] : []),
            '',
          ]
        : []),
      ...notes(apps, flows, (f) => `add to cart ${extras(f.addToCart)}; one more ${extras(f.oneMore)}; place order: browser ${f.order.api.join(', ') || '—'}, upstream ${extras(f.order)}`, 'operations'),
      '',
      ...(missing.length ? [`- Not measured (no production build in \`dist/\`): ${missing.join(', ')}.`] : []),
      '- Command: `pnpm bench` (or `pnpm build && node bench/storefronts.mjs`)',
      `- Machine: ${cpu.length} × ${cpu[0]?.model.split(' ').slice(0, 2).join(' ')}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${process.platform}; 1-minute load average ${load.map((l) => l.toFixed(1)).join(' → ')} (start, after the timed loads, end; shared with other work); ${seconds.toFixed(0)} s`,
      `- Node ${process.version}, Chromium ${browser.version()}; measured ${new Date().toISOString().slice(0, 10)}`,
    ].join('\n');
    const summary = [
      ...grid.map((g, i) => `${g.name}: first grid ${g.ms.toFixed(0)} ms (${g.ratio.toFixed(2)} × static ${staticMs.toFixed(0)} ms), GraphQL per view ${cell(flows[i].home)}, ${cell(flows[i].category)}, ${cell(flows[i].product)}; cart ${cell(flows[i].addToCart)}, ${cell(flows[i].oneMore)}; place order ${flows[i].order.api.length} call(s) / ${flows[i].order.upstream.length} upstream; JS ${kb(flows[i].js)}`),
      `load average ${load.map((l) => l.toFixed(1)).join(' → ')}; ${seconds.toFixed(0)} s`,
    ].join('\n');
    return { ok: true, heading: 'Storefronts', markdown, summary };
  } finally {
    await browser?.close();
    await baseline?.close();
    for (const server of servers) await server.close();
    await sandbox.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  console.log(`\n## ${result.heading}\n\n${result.markdown}`);
}
