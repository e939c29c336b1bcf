import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorefrontOptions } from './support/fixtures.js';
import { STOREFRONTS } from './storefronts.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

// STOREFRONTS=react,vue picks storefronts; by default every one whose app folder exists.
const wanted = (process.env.STOREFRONTS ?? Object.keys(STOREFRONTS).join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
// `ssr` is not a storefront: the adapters' server-rendering specs (ssr/), each building its own app.
const withSsr = !process.env.STOREFRONTS || wanted.includes('ssr');
for (const name of wanted) if (name !== 'ssr' && !STOREFRONTS[name]) throw new Error(`STOREFRONTS names an unknown storefront "${name}"; known: ${Object.keys(STOREFRONTS).join(', ')} (see e2e/storefronts.ts).`);
const present = wanted.filter((name) => name !== 'ssr').filter((name) => process.env.STOREFRONTS || existsSync(`${repo}${STOREFRONTS[name]!.root}/package.json`));

export default defineConfig<StorefrontOptions>({
  testDir: './tests',
  // One worker: the machine has two cores, and each worker runs its own sandbox and app server.
  workers: 1,
  retries: 0,
  fullyParallel: false,
  // Generous for a shared, loaded machine; a healthy run takes a few seconds per test.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: '../.test-output/e2e-results',
  use: {
    browserName: 'chromium',
    headless: true,
    // Debian's Chromium (scripts/ensure-tools.sh --browser): `playwright install` downloads, which fails here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // serverRendered.spec.ts and lighthouse.spec.ts check server rendering and its scores: only for
    // the storefronts that render on the server.
    ...present.map((name) => ({ name, testDir: './tests', ...(STOREFRONTS[name]!.ssr ? {} : { testIgnore: ['serverRendered.spec.ts', 'lighthouse.spec.ts'] }), use: { storefront: { name, root: `${repo}${STOREFRONTS[name]!.root}`, built: STOREFRONTS[name]!.built } } })),
    ...(withSsr ? [{ name: 'ssr', testDir: './ssr', testMatch: '*.spec.ts' }] : []),
  ],
});
