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

if (buildStatus === 0) {
  const unitJson = join(out, 'vitest.json');
  const status = run('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
  if (existsSync(unitJson)) {
    const report = JSON.parse(readFileSync(unitJson, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that fails to load has no failed tests but is a failure all the same.
    failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.every((a) => a.status !== 'failed')).length;
  } else if (status !== 0) {
    failed += 1;
  }
  if (status !== 0 && failed === 0) failed += 1;
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
