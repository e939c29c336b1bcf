#!/usr/bin/env node
// Min+gzip size of `@bc-headless/svelte` without its peers (svelte, @tanstack/svelte-query) and
// without @bc-headless/core (its own rows in bench/size.mjs). esbuild cannot read `.svelte` files,
// so this bundles the package's dist with a small esbuild plugin that compiles them with the
// package's own `svelte/compiler` (client output, production mode), as an app's bundler would.
// Same esbuild settings as bench/size.mjs. Needs a build first:
//   pnpm --filter @bc-headless/svelte run build && node bench/svelte-size.mjs
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The adapter budget (issue 7): 1.5 KB min+gzip without peers and core. */
export const BUDGET_BYTES = 1536;

const pkgDir = fileURLToPath(new URL('../packages/svelte/', import.meta.url));
const require = createRequire(`${pkgDir}package.json`);
const { compile, VERSION } = require('svelte/compiler');
const EXTERNAL = ['svelte', 'svelte/*', '@tanstack/svelte-query', '@bc-headless/core', '@bc-headless/core/*', '@tanstack/query-core'];

/** An esbuild plugin compiling `.svelte` files as vite-plugin-svelte does for a production client build. */
export const sveltePlugin = {
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, ({ path }) => ({
      contents: compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client', dev: false }).js.code,
      loader: 'js',
    }));
  },
};

/** Bundles the whole public entry and measures it: `{ minBytes, gzipBytes }`. */
export async function measureSvelteSize() {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(`${pkgDir}dist/index.js`)};`, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['svelte', 'browser'],
    external: EXTERNAL,
    plugins: [sveltePlugin],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** The benchmark in bench/run-all.mjs's shape: `{ ok, heading, markdown, summary }`. */
export async function run() {
  const { minBytes, gzipBytes } = await measureSvelteSize();
  const ok = gzipBytes <= BUDGET_BYTES;
  return {
    ok,
    heading: 'Size: @bc-headless/svelte',
    markdown: `\`@bc-headless/svelte\` (\`packages/svelte/dist\`, \`.svelte\` files compiled with svelte ${VERSION}'s
compiler, client, production) bundled with esbuild (\`bundle, minify, format: 'esm', platform: 'browser'\`,
conditions \`svelte\`, \`browser\`), external: ${EXTERNAL.map((e) => `\`${e}\``).join(', ')}; gzip level 9.

| package | min | min+gzip | budget |
|---|---:|---:|---:|
| \`@bc-headless/svelte\` (without peers and core) | ${minBytes} B | **${gzipBytes} B** | ${BUDGET_BYTES} B |
`,
    summary: `@bc-headless/svelte: ${minBytes} B min, ${gzipBytes} B min+gzip (budget ${BUDGET_BYTES} B)${ok ? '' : ` — over budget by ${gzipBytes - BUDGET_BYTES} B`}`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  if (!result.ok) process.exit(1);
}
