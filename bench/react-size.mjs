#!/usr/bin/env node
// Min+gzip size of `@bc-headless/react` without its peers (react, react-dom,
// @tanstack/react-query) and without @bc-headless/core, which an app has anyway: what the React
// binding adds to a storefront's bundle. Same bundling as bench/size.mjs (esbuild, minify, ESM,
// browser; gzip 9). Fails above the adapter budget. Run after a build:
//   pnpm --filter @bc-headless/react run build && node bench/react-size.mjs
import { fileURLToPath } from 'node:url';
import { ADAPTER_BUDGET_BYTES, measureBundle } from './size.mjs';

const EXTERNAL = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', '@tanstack/query-core', '@bc-headless/core', '@bc-headless/core/*'];

/** Runs the benchmark and returns its BENCHMARKS.md section. */
export async function run() {
  const entry = fileURLToPath(new URL('../packages/react/dist/index.js', import.meta.url));
  const { minBytes, gzipBytes } = await measureBundle(entry, { external: EXTERNAL });
  const ok = gzipBytes <= ADAPTER_BUDGET_BYTES;
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const markdown = [
    'What `@bc-headless/react` adds to an app: its whole public entry (provider and every hook),',
    `bundled with esbuild (minify, ESM, browser) and gzipped at level 9, with \`${EXTERNAL.filter((e) => !e.endsWith('/*')).join('`, `')}\``,
    'external (the peers and the core, which the app ships anyway).',
    '',
    '| package | min | min+gzip | budget |',
    '|---|---:|---:|---:|',
    `| \`@bc-headless/react\` | ${minBytes} B | **${gzipBytes} B (${kb(gzipBytes)})** | ${ADAPTER_BUDGET_BYTES} B (${kb(ADAPTER_BUDGET_BYTES)}) |`,
    '',
    '- Command: `pnpm bench` (or `pnpm --filter @bc-headless/react run build && node bench/react-size.mjs`)',
    `- Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}`,
  ].join('\n');
  return { ok, heading: '@bc-headless/react: size', markdown, summary: `@bc-headless/react: ${gzipBytes} B min+gzip (budget ${ADAPTER_BUDGET_BYTES} B)${ok ? '' : ' OVER BUDGET'}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  if (!result.ok) process.exit(1);
}
