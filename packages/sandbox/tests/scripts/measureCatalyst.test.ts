// measureCatalyst reads a Catalyst-like git repo: a fixture repo made here, with operations,
// fragments in other files (imported under another name, and fragments of fragments), a
// fragment-only call, and an operation the sandbox schema cannot answer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { executeQueries } from '../../scripts/executeCatalystQueries.mjs';
import { measure, parseArgs } from '../../scripts/measureCatalyst.mjs';
import { startSandbox } from '../graphql/graphqlClient.js';

let dir: string;
const files: Record<string, string> = {
  'core/client/fragments/price.ts': "import { graphql } from '~/client/graphql';\nexport const PriceFragment = graphql(`fragment PriceFragment on Prices { price { value } }`);\n",
  'core/components/card/fragment.ts':
    "import { graphql } from '~/client/graphql';\nimport { PriceFragment as Pricing } from '~/client/fragments/price';\n" +
    'export const CardFragment = graphql(`fragment CardFragment on Product { entityId prices { ...PriceFragment } }`, [Pricing]);\n',
  'core/app/page-data.tsx':
    "import { graphql } from '~/client/graphql';\nimport { CardFragment } from '../components/card/fragment';\n" +
    'const HomeQuery = graphql(`query HomeQuery { site { products { edges { node { ...CardFragment } } } } }`, [CardFragment]);\n' +
    'const BrokenQuery = graphql(`query BrokenQuery { site { noSuchField } }`);\nexport { HomeQuery, BrokenQuery };\n',
  'core/app/big.ts': "import { graphql } from '~/client/graphql';\nexport const TooManyQuery = graphql(`query TooManyQuery { site { products(first: 500) { edges { node { entityId } } } } }`);\n",
  'core/app/other.ts': "// graphql( in a comment is not a call\nexport const x = 'graphql(`query Fake { a }`)';\n",
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'measure-catalyst-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args]);
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'fixture');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('finds the operations with their fragments, transitively, and validates them against the sandbox schema', () => {
  const { operations, unresolved } = measure(parseArgs(['--repo', join(dir, '.git')]));
  expect(operations.map((o) => o.name).sort()).toEqual(['BrokenQuery', 'HomeQuery', 'TooManyQuery']);
  expect(unresolved).toEqual([]);
  const home = operations.find((o) => o.name === 'HomeQuery')!;
  expect(home.errors).toEqual([]);
  expect(home.document).toContain('fragment CardFragment');
  expect(home.document).toContain('fragment PriceFragment');
  const broken = operations.find((o) => o.name === 'BrokenQuery')!;
  expect(broken.errors).toEqual(['Cannot query field "noSuchField" on type "Site".']);
});

test('--execute runs the valid queries against a sandbox, as a guest and as a customer, and reports their errors', async () => {
  const { operations } = measure(parseArgs(['--repo', join(dir, '.git')]));
  const sandbox = await startSandbox();
  try {
    const results = await executeQueries(operations, sandbox);
    // BrokenQuery does not validate, so it is not run.
    expect(results.map((r) => r.name).sort()).toEqual(['HomeQuery', 'TooManyQuery']);
    expect(results.find((r) => r.name === 'HomeQuery')).toEqual({ name: 'HomeQuery', guestErrors: [], customerErrors: [] });
    const tooMany = results.find((r) => r.name === 'TooManyQuery')!;
    expect('guestErrors' in tooMany && tooMany.guestErrors[0]).toMatch(/between 0 and 50/);
  } finally {
    await sandbox.close();
  }
});

test('refuses an unknown flag, naming it', () => {
  expect(() => parseArgs(['--nope'])).toThrow(/unknown argument --nope/);
});
