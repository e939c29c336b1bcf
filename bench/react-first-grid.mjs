#!/usr/bin/env node
// Time to the first product grid of the React demo storefront in Chromium on loopback, against a
// baseline measured in the same run: a static HTML page holding the very grid the app rendered
// (same markup, stylesheet and image URLs, no JavaScript), served from a bare node:http server.
// Each page load uses a fresh browser context (cold cache); app and baseline alternate so load
// from other work on the machine hits both alike. Also counts the requests each needs.
// Run after a build: `pnpm build && node bench/react-first-grid.mjs`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '@bc-headless/sandbox';

const ROUNDS = Number(process.env.BENCH_GRID_ROUNDS ?? 15);
const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
// The demo server and Playwright are resolved from the packages that own them (demo-kit, e2e).
const { createDemoServer } = await import(repo('apps/demo-kit/dist/index.js'));
const { chromium } = createRequire(repo('e2e/package.json'))('@playwright/test');

// Records when the grid first shows products, as the page sees it (ms since navigation start).
const WATCH_GRID = () => {
  const seen = () => document.querySelectorAll('.product-grid .product-card').length > 0;
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.__gridAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function load(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH_GRID);
  let requests = 0;
  let graphql = 0;
  page.on('request', (request) => {
    requests += 1;
    if (request.url().endsWith('/graphql')) graphql += 1;
  });
  await page.goto(url);
  const gridAt = await page.waitForFunction(() => window.__gridAt ?? (document.querySelector('.product-grid .product-card') && performance.now())).then((h) => h.jsonValue());
  await page.waitForLoadState('networkidle');
  await context.close();
  return { gridAt, requests, graphql };
}

/** Runs the benchmark and returns its BENCHMARKS.md section. */
export async function run() {
  const quiet = { error() {}, warn() {}, info() {}, log() {} };
  const sandbox = await createSandbox({ trustedProxySecret: 'bench-secret', logger: quiet });
  const app = await createDemoServer({ root: repo('apps/react-storefront'), mode: 'prod', port: 0, env: { SANDBOX_URL: sandbox.url, BIGCOMMERCE_TRUSTED_PROXY_SECRET: 'bench-secret' } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let baseline;
  try {
    // The baseline page: what the app rendered, scripts removed, its stylesheet kept.
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.waitForSelector('.product-grid .product-card');
    await page.waitForLoadState('networkidle');
    const html = await page.evaluate(() => {
      document.querySelectorAll('script').forEach((s) => s.remove());
      return '<!doctype html>' + document.documentElement.outerHTML;
    });
    const css = await (await fetch(`${app.url}${await page.evaluate(() => document.querySelector('link[rel=stylesheet]')?.getAttribute('href'))}`)).text();
    await page.close();
    baseline = createServer((req, res) => {
      if (req.url.endsWith('.css')) res.writeHead(200, { 'content-type': 'text/css' }).end(css);
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise((resolve) => baseline.listen(0, '127.0.0.1', resolve));
    const staticUrl = `http://127.0.0.1:${baseline.address().port}/`;

    await load(browser, app.url); // warm-up: server-side caches, Chromium's first start
    await load(browser, staticUrl);
    const appRuns = [];
    const staticRuns = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      appRuns.push(await load(browser, app.url));
      staticRuns.push(await load(browser, staticUrl));
    }
    const appMs = median(appRuns.map((r) => r.gridAt));
    const staticMs = median(staticRuns.map((r) => r.gridAt));
    const ratio = appMs / staticMs;
    const appRequests = median(appRuns.map((r) => r.requests));
    const staticRequests = median(staticRuns.map((r) => r.requests));
    const graphql = median(appRuns.map((r) => r.graphql));
    const cpu = os.cpus();
    const markdown = [
      'Time from navigation start until the home page shows its first product grid, in Debian\'s',
      'Chromium (headless) on loopback, each load in a fresh browser context (cold cache), median of',
      `${ROUNDS} loads. The app is the production build served by its own server (demo-kit), talking to`,
      'the sandbox through the storefront handler; it asks for the header\'s and the grid\'s data before',
      'React starts (render-as-you-fetch). Baseline, measured in the same run and alternating',
      'with the app: a static HTML page holding the same grid markup, stylesheet and image URLs, no',
      'JavaScript, from a bare `node:http` server.',
      '',
      '| page | first grid (median) | requests (median) | of which GraphQL |',
      '|---|---:|---:|---:|',
      `| React storefront | ${appMs.toFixed(0)} ms | ${appRequests} | ${graphql} |`,
      `| static HTML with the same grid | ${staticMs.toFixed(0)} ms | ${staticRequests} | 0 |`,
      `| **app / static** | **${ratio.toFixed(2)} ×** | | |`,
      '',
      `The app's requests beyond the static page's: its script, \`/api/demo/info\` (Requests panel) and`,
      'one GraphQL request each for the store settings, the category tree and the first page of products:',
      'the grid itself costs one request.',
      '',
      '- Command: `pnpm bench` (or `pnpm build && node bench/react-first-grid.mjs`)',
      `- Machine: ${cpu.length} × ${cpu[0]?.model.split(' ').slice(0, 2).join(' ')}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${process.platform}`,
      `- Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}`,
    ].join('\n');
    return {
      ok: true,
      heading: 'React storefront: time to first product grid',
      markdown,
      summary: `React storefront first grid ${appMs.toFixed(0)} ms vs static ${staticMs.toFixed(0)} ms (${ratio.toFixed(2)} ×); ${appRequests} vs ${staticRequests} requests, ${graphql} GraphQL`,
    };
  } finally {
    await browser.close();
    if (baseline) await new Promise((resolve) => baseline.close(resolve));
    await app.close();
    await sandbox.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  console.log(`\n## ${result.heading}\n\n${result.markdown}`);
}
