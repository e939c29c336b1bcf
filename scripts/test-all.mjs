#!/usr/bin/env node
// Runs every suite the project has and ends with one plain `N passed, N failed` line, which is
// what CI reads (vitest's and Playwright's own summaries are not read there).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.test-output');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...(process.env.CI ? { NO_COLOR: '1' } : {}) };

console.log(`Node ${process.version} (${process.execPath})`);

function run(cmd, args, extraEnv = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

let passed = 0;
let failed = 0;

const buildStatus = run('pnpm', ['exec', 'turbo', 'run', 'build', 'typecheck', '--output-logs=errors-only']);
if (buildStatus !== 0) {
  console.error('\nbuild or typecheck failed (see above); tests were not run');
  failed += 1;
}

/** Adds a vitest JSON report's counts to the totals; a run that wrote none, or failed, counts as a failure. */
function countVitest(reportFile, status) {
  let failedHere = 0;
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    passed += report.numPassedTests;
    failedHere += report.numFailedTests;
    // A suite that fails to load has no failed tests but is a failure all the same.
    failedHere += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.every((a) => a.status !== 'failed')).length;
  }
  if (status !== 0 && failedHere === 0) failedHere = 1;
  failed += failedHere;
}

if (buildStatus === 0) {
  const unitJson = join(out, 'vitest.json');
  countVitest(unitJson, run('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]));
}

// The published packages declare Node 22, 24 and 26 (engines); their suites run again on each other
// line in scripts/node-matrix.txt, installed by `scripts/ensure-tools.sh --node-matrix`.
const PUBLISHED = ['core', 'sandbox', 'react', 'vue', 'svelte'];
if (buildStatus === 0) {
  for (const version of readFileSync(join(root, 'scripts/node-matrix.txt'), 'utf8').split('\n').filter(Boolean)) {
    const bin = join(root, `.tools/node-${version.split('.')[0]}/bin`);
    if (!existsSync(join(bin, 'node'))) {
      console.error(`\nNode ${version} is not in ${bin}: run \`bash scripts/ensure-tools.sh --node-matrix\` (scripts/test.sh does).`);
      failed += 1;
      continue;
    }
    const json = join(out, `vitest-node-${version}.json`);
    const args = ['node_modules/vitest/vitest.mjs', 'run', ...PUBLISHED.flatMap((p) => ['--project', p]), '--typecheck.enabled=false', '--reporter=dot', '--reporter=json', `--outputFile.json=${json}`];
    countVitest(json, run(join(bin, 'node'), args, { PATH: `${bin}:${process.env.PATH}` }));
  }
}

// The end-to-end suite (e2e/): every demo storefront in Debian's Chromium, against the sandbox.
// A run that cannot start (no browser, no build) writes no report and counts as one failure.
if (buildStatus === 0) {
  const e2eJson = join(out, 'e2e.json');
  const status = run('pnpm', ['--dir', 'e2e', 'exec', 'playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  let ran = 0;
  let e2eFailed = 0;
  if (existsSync(e2eJson)) {
    const { stats, errors = [] } = JSON.parse(readFileSync(e2eJson, 'utf8'));
    passed += stats.expected + stats.flaky;
    e2eFailed = stats.unexpected + errors.length;
    failed += e2eFailed;
    ran = stats.expected + stats.unexpected + stats.flaky;
  }
  if (ran === 0 || (status !== 0 && e2eFailed === 0)) {
    console.error('\nthe end-to-end suite did not run (see above)');
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
