#!/usr/bin/env node
// Min+gzip size of the browser entry `@bc-headless/core` (client, operation, errors, retries,
// payments, session store and its storage adapters), bundled the way an app's bundler would
// bundle it, and checked against the budget. Needs a build first:
//   pnpm --filter @bc-headless/core run build && node bench/size.mjs
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget from issue 2: 3.5 KB min+gzip. */
export const BUDGET_BYTES = 3584;

const entry = fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url));
const esbuildVersion = JSON.parse(readFileSync(new URL('./node_modules/esbuild/package.json', import.meta.url), 'utf8')).version;

/** Bundles and measures the entry: `{ minBytes, gzipBytes }`. */
export async function measureSize() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** The benchmark as `bench/run-all.mjs` runs it: `{ ok, heading, markdown, summary }`. */
export async function run() {
  const { minBytes, gzipBytes } = await measureSize();
  const ok = gzipBytes <= BUDGET_BYTES;
  const cpu = cpus();
  const markdown = `Min+gzip size of the browser entry \`@bc-headless/core\` (\`packages/core/dist/index.js\`: client,
operation, errors, retries, payments, session store and storage adapters), bundled with esbuild
${esbuildVersion} (\`bundle: true, minify: true, format: 'esm', platform: 'browser'\`) and gzipped with
\`node:zlib\` at level 9. \`pnpm bench\` fails when it is above the budget.

| package | min | min+gzip |
|---|---:|---:|
| \`@bc-headless/core\` (measured) | ${minBytes} B | **${gzipBytes} B (${kb(gzipBytes)})** |
| budget | | ${BUDGET_BYTES} B (${kb(BUDGET_BYTES)}) |
| \`@shopify/storefront-api-client\` 2.0.0 (reference from issue 2, not measured here) | | ≈ 3.8 KB |
| \`@bigcommerce/catalyst-client\` 1.0.3 (reference from issue 2, not measured here) | | ≈ 9.1 KB |

- Command: \`pnpm bench\` (or \`pnpm --filter @bc-headless/core run build && node bench/size.mjs\`)
- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.platform}
- Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}
`;
  return {
    ok,
    heading: 'Size: browser entry',
    markdown,
    summary: `@bc-headless/core browser entry: ${minBytes} B min, ${gzipBytes} B min+gzip (budget ${BUDGET_BYTES} B)${
      ok ? '' : ` — over budget by ${gzipBytes - BUDGET_BYTES} B`
    }`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  if (!result.ok) process.exit(1);
}
