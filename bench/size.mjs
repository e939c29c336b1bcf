#!/usr/bin/env node
// Min+gzip size of the browser entry `@bc-headless/core` (client, operation, errors, retries,
// payments, session store), bundled the way an app's bundler would. Fails above the budget.
// Run after a build: `pnpm --filter @bc-headless/core run build && node bench/size.mjs`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const BUDGET_BYTES = 3584; // 3.5 KB

/** Measures the entry and returns `{ minBytes, gzipBytes, budgetBytes, ok }`. */
export async function measureSize() {
  const entry = fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url));
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
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  return { minBytes: code.length, gzipBytes, budgetBytes: BUDGET_BYTES, ok: gzipBytes <= BUDGET_BYTES };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { minBytes, gzipBytes, ok } = await measureSize();
  console.log(`@bc-headless/core browser entry: ${minBytes} B minified, ${gzipBytes} B min+gzip (budget ${BUDGET_BYTES} B)`);
  if (!ok) {
    console.error(`size budget exceeded by ${gzipBytes - BUDGET_BYTES} B`);
    process.exit(1);
  }
}
