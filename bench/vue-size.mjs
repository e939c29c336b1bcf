#!/usr/bin/env node
// Min+gzip size of `@bc-headless/vue` without its peers (vue, @tanstack/vue-query) and without
// @bc-headless/core (its own rows in bench/size.mjs): the whole public entry bundled as an app's
// bundler would, with the same esbuild settings as bench/size.mjs. Needs a build first:
//   pnpm --filter @bc-headless/vue run build && node bench/vue-size.mjs
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The adapter budget (issue 6): 1.5 KB min+gzip without peers and core. */
export const BUDGET_BYTES = 1536;

const pkgDir = fileURLToPath(new URL('../packages/vue/', import.meta.url));
const EXTERNAL = ['vue', '@tanstack/vue-query', '@tanstack/query-core', '@bc-headless/core', '@bc-headless/core/*'];

/** Bundles the whole public entry and measures it: `{ minBytes, gzipBytes }`. */
export async function measureVueSize() {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(`${pkgDir}dist/index.js`)};`, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: EXTERNAL,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** The benchmark in bench/run-all.mjs's shape: `{ ok, heading, markdown, summary }`. */
export async function run() {
  const { minBytes, gzipBytes } = await measureVueSize();
  const ok = gzipBytes <= BUDGET_BYTES;
  return {
    ok,
    heading: 'Size: @bc-headless/vue',
    markdown: `\`@bc-headless/vue\` (\`packages/vue/dist/index.js\`) bundled with esbuild (\`bundle, minify, format: 'esm',
platform: 'browser'\`), external: ${EXTERNAL.map((e) => `\`${e}\``).join(', ')}; gzip level 9.

| package | min | min+gzip | budget |
|---|---:|---:|---:|
| \`@bc-headless/vue\` (without peers and core) | ${minBytes} B | **${gzipBytes} B** | ${BUDGET_BYTES} B |
`,
    summary: `@bc-headless/vue: ${minBytes} B min, ${gzipBytes} B min+gzip (budget ${BUDGET_BYTES} B)${ok ? '' : ` — over budget by ${gzipBytes - BUDGET_BYTES} B`}`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  if (!result.ok) process.exit(1);
}
