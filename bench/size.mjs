#!/usr/bin/env node
// Min+gzip size of what a storefront ships to the browser, measured for bc-headless and for its
// peers in the same run, all bundled the same way (esbuild: bundle, minify, ESM, browser platform;
// gzip level 9; the whole public entry, as `export * from '…'`): the core browser entry, the query
// layer, each framework adapter without its peers, `@bigcommerce/catalyst-client` and
// `@shopify/storefront-api-client`. Budgets fail the run. Needs a build first:
//   pnpm build && node bench/size.mjs
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The budget of the core browser entry: issue 14 set it to the lightest peer's size
 * (@shopify/storefront-api-client 2.0.0's 3818 B in this benchmark), so that errors can name the
 * field, the value and the fix; issue 15 then asked the browser client for two more things, the
 * refusal of a private or impersonation token at creation and a typed `InsufficientScopeError`
 * (about 260 B together). 4 KiB holds both; a product decision to confirm (see BENCHMARKS.md).
 */
export const BUDGET_BYTES = 4096;
/**
 * The budget of each framework adapter (without its peers and without core): issue 8's 1536 B,
 * plus 64 B since Svelte 5.60's compiler emits 11 B more for the same Svelte adapter source.
 */
export const ADAPTER_BUDGET_BYTES = 1600;

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const versionOf = (dir) => JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).version;
const esbuildVersion = versionOf(`${benchDir}node_modules/esbuild`);
const peerVersion = (name) => versionOf(`${benchDir}node_modules/${name}`);

// The adapters are measured without what an app has anyway: their peers (framework, TanStack
// binding) and @bc-headless/core, which has rows of its own.
const CORE_EXTERNAL = ['@bc-headless/core', '@bc-headless/core/*', '@tanstack/query-core'];
const ADAPTERS = [
  { name: '@bc-headless/react', dir: 'packages/react', external: ['react', 'react/*', 'react-dom', '@tanstack/react-query'] },
  { name: '@bc-headless/vue', dir: 'packages/vue', external: ['vue', '@tanstack/vue-query'] },
  { name: '@bc-headless/svelte', dir: 'packages/svelte', external: ['svelte', 'svelte/*', '@tanstack/svelte-query'] },
];

/**
 * Bundles `export * from …` for each specifier (resolved from bench/) into one file and measures
 * it: `{ minBytes, gzipBytes }`. The whole public entry is kept, for every package alike.
 */
export async function measureBundle(specifiers, { external = [], conditions, plugins = [] } = {}) {
  const contents = [specifiers].flat().map((s) => `export * from ${JSON.stringify(s)};`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    ...(conditions ? { conditions } : {}),
    plugins,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/**
 * Svelte components ship as `.svelte` source that the app's bundler compiles: compile them with the
 * adapter's own Svelte (client output, as vite-plugin-svelte does for a production build).
 */
async function sveltePlugin(packageDir) {
  const require = createRequire(`${packageDir}/package.json`);
  const { compile } = require('svelte/compiler');
  const version = versionOf(`${require.resolve('svelte/package.json').replace(/\/package\.json$/, '')}`);
  return {
    version,
    plugin: {
      name: 'svelte',
      setup(build) {
        build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
          const { js } = compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client', dev: false });
          return { contents: js.code, loader: 'js', resolveDir: path.replace(/\/[^/]*$/, '') };
        });
      },
    },
  };
}

/** The core browser entry alone (kept for callers of the original size script). */
export async function measureSize() {
  return measureBundle(repo('packages/core/dist/index.js'));
}

/**
 * One adapter's row, `{ name, budget, ok, minBytes, gzipBytes }` or `{ …, note }` when it cannot be
 * measured: `adapterName` is one of the ADAPTERS (`@bc-headless/vue`, …). bench/vue-size.mjs and
 * bench/svelte-size.mjs print this row alone.
 */
export async function measureAdapter(adapterName) {
  const adapter = ADAPTERS.find((a) => a.name === adapterName);
  if (!adapter) throw new Error(`measureAdapter('${adapterName}'): not an adapter this benchmark knows; use one of ${ADAPTERS.map((a) => a.name).join(', ')}`);
  const entry = repo(`${adapter.dir}/dist/index.js`);
  const row = { name: `\`${adapter.name}\` (without peers and core)`, budget: ADAPTER_BUDGET_BYTES, ours: true, adapter: true };
  if (!existsSync(entry)) {
    return withOk({ ...row, budget: undefined, note: existsSync(repo(adapter.dir)) ? `not measured: no ${adapter.dir}/dist (not built yet)` : 'not measured: the package does not exist yet' });
  }
  const svelte = adapter.name.endsWith('svelte') ? await sveltePlugin(repo(adapter.dir)).catch(() => null) : null;
  if (svelte) row.name = `\`${adapter.name}\` (without peers and core; \`.svelte\` compiled with svelte ${svelte.version})`;
  return withOk(await measureRow(row, entry, { external: [...adapter.external, ...CORE_EXTERNAL], ...(svelte ? { conditions: ['svelte', 'browser'], plugins: [svelte.plugin] } : {}) }));
}

/** `node bench/<adapter>-size.mjs`: prints one adapter's row as `run()`'s summary does; exit code 1 above budget. */
export async function printAdapterSize(adapterName) {
  const row = await measureAdapter(adapterName);
  console.log(summaryLine(row));
  if (!row.ok || row.gzipBytes === undefined) process.exitCode = 1;
}

/** A measured row, or the row with a note saying why it could not be measured. */
async function measureRow(row, specifier, options) {
  try {
    return { ...row, ...(await measureBundle(specifier, options)) };
  } catch (error) {
    return { ...row, note: `not measured: ${(error.errors?.[0]?.text ?? error.message).split('\n')[0]}` };
  }
}

const withOk = (row) => ({ ...row, ok: row.budget === undefined || row.gzipBytes === undefined || row.gzipBytes <= row.budget });

/** Measures every row; a row that cannot be measured says why instead of failing the run. */
export async function measureAll() {
  const rows = [];
  const add = async (row, specifier, options) => rows.push(await measureRow(row, specifier, options));
  await add({ name: '`@bc-headless/core` (browser entry)', budget: BUDGET_BYTES, ours: true }, repo('packages/core/dist/index.js'));
  await add({ name: '`@bc-headless/core/queries` (query layer; query-core external)', ours: true }, repo('packages/core/dist/queries/index.js'), { external: ['@tanstack/query-core'] });
  // Both entries in one bundle, shared modules counted once: what a TanStack app ships of ours.
  await add({ name: 'core + query layer in one bundle', ours: true }, [repo('packages/core/dist/index.js'), repo('packages/core/dist/queries/index.js')], { external: ['@tanstack/query-core'] });
  for (const adapter of ADAPTERS) rows.push(await measureAdapter(adapter.name));
  for (const name of ['@bigcommerce/catalyst-client', '@shopify/storefront-api-client']) {
    await add({ name: `\`${name}\` ${peerVersion(name)} (everything it imports)` }, name);
  }
  return rows.map(withOk);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** The body of the `## Size` section of BENCHMARKS.md. */
export function sizeMarkdown(rows) {
  const core = rows[0]?.gzipBytes;
  const cell = (row) => {
    if (row.gzipBytes === undefined) return `| ${row.name} | | ${row.note} | | |`;
    const budget = row.budget === undefined ? '' : `${row.budget} B${row.ok ? '' : ' **exceeded**'}`;
    const ratio = core ? `${(row.gzipBytes / core).toFixed(2)}×` : '';
    return `| ${row.name} | ${row.minBytes} B | **${row.gzipBytes} B (${kb(row.gzipBytes)})** | ${budget} | ${ratio} |`;
  };
  const cpu = cpus();
  return `Min+gzip size of each package's whole public entry (\`export * from '…'\`), bundled in one run with
esbuild ${esbuildVersion} (\`bundle: true, minify: true, format: 'esm', platform: 'browser'\`) and
gzipped with \`node:zlib\` at level 9 — the same way for ours and for the peers. Adapters are
measured without their peers (framework, TanStack binding) and without \`@bc-headless/core\`
(its own rows). \`pnpm bench\` fails when a row is above its budget.

| package | min | min+gzip | budget | ÷ core entry |
|---|---:|---:|---:|---:|
${rows.map(cell).join('\n')}

- Command: \`pnpm bench\` (or \`pnpm build && node bench/size.mjs\`)
- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.platform}
- Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}
`;
}

/** One row of the summary printed on the console. */
function summaryLine(row) {
  const budget = row.budget !== undefined && row.gzipBytes !== undefined ? ` (budget ${row.budget} B${row.ok ? '' : `, over by ${row.gzipBytes - row.budget} B`})` : '';
  return `${row.name.replaceAll('`', '')}: ${row.gzipBytes === undefined ? row.note : `${row.gzipBytes} B min+gzip`}${budget}`;
}

/** The benchmark as `bench/run-all.mjs` runs it: `{ ok, heading, markdown, summary }`. */
export async function run() {
  const rows = await measureAll();
  const ok = rows.every((row) => row.ok);
  return {
    ok,
    heading: 'Size',
    markdown: sizeMarkdown(rows),
    summary: rows.map(summaryLine).join('\n'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  if (!result.ok) process.exit(1);
}
