#!/usr/bin/env node
// `pnpm bench`: runs every benchmark in turn and rewrites its section of BENCHMARKS.md.
//
// To add a benchmark, put a script in bench/ that exports
//   async function run(): Promise<{ ok: boolean, heading: string, markdown: string, summary: string }>
// (`heading` is its `##` title in BENCHMARKS.md, `markdown` the section's body, `ok: false` fails
// the run, e.g. a budget exceeded) and add it to the list below. Each script should also run on
// its own with `node bench/<script>.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const benchmarks = ['./size.mjs', './sandbox.mjs', './client-overhead.mjs', './storefront-handler.mjs', './server-cache.mjs', './storefronts.mjs', './lighthouse.mjs'];

const file = new URL('../BENCHMARKS.md', import.meta.url);

/** Replaces (or appends) the `## heading` section of `document` with `markdown`. */
export function replaceSection(document, heading, markdown) {
  const lines = document.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  const section = [`## ${heading}`, '', ...markdown.trimEnd().split('\n'), ''];
  if (start < 0) return `${document.trimEnd()}\n\n${section.join('\n')}`;
  let end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  if (end < 0) end = lines.length;
  lines.splice(start, end - start, ...section);
  return lines.join('\n').replace(/\n*$/, '\n');
}

let failed = 0;
for (const script of benchmarks) {
  console.log(`\n== ${script}`);
  try {
    const { run } = await import(new URL(script, import.meta.url).href);
    const result = await run();
    console.log(result.summary);
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), result.heading, result.markdown));
    if (!result.ok) {
      console.error(`${script}: FAILED`);
      failed++;
    }
  } catch (error) {
    console.error(`${script}: crashed`, error);
    failed++;
  }
}
console.log(`\n${benchmarks.length - failed} benchmark(s) passed, ${failed} failed; BENCHMARKS.md updated`);
process.exit(failed ? 1 : 0);
