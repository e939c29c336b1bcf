import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(packageDir, 'bin/bc-sandbox.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// The committed bin runs dist/cli.js; build it first when src is newer, so the test never runs stale code.
beforeAll(() => {
  let built = 0;
  try {
    built = statSync(join(packageDir, 'dist/cli.js')).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= newestMtime(join(packageDir, 'src'))) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: packageDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the sandbox failed:\n${result.stdout}${result.stderr}`);
}, 120_000);

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: packageDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the CLI, waits for its URL, runs `check`, then stops it with `signal` (SIGTERM; SIGKILL for a crash). */
async function withRunningCli(args: string[], check: (url: string, banner: string) => Promise<void>, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: packageDir });
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match && stdout.includes('Press Ctrl-C')) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`bc-sandbox exited with ${code}: ${stdout}`)));
  });
  try {
    await check(url, stdout);
  } finally {
    child.kill(signal);
  }
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('bc-sandbox CLI', () => {
  it('starts on --port 0, prints the actual URL, store hash and tokens, serves, and stops on SIGTERM', async () => {
    const code = await withRunningCli(['--port', '0', '--trusted-proxy-secret', 'cli-secret-123'], async (url, banner) => {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(url.endsWith(':0')).toBe(false);
      const config = (await (await fetch(`${url}/__sandbox/config`)).json()) as Record<string, string>;
      expect(banner).toContain(config.storeHash!);
      expect(banner).toContain(config.storefrontToken!);
      expect(banner).toContain(config.privateToken!);
      expect(banner).toContain(config.managementToken!);
      expect(config.trustedProxySecret).toBe('cli-secret-123');
      const gql = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.privateToken}` },
        body: JSON.stringify({ query: '{ site { settings { storeName } } }' }),
      });
      expect(gql.status).toBe(200);
    });
    expect(code).toBe(0);
  });

  it('bc-sandbox token mints private, storefront and impersonation tokens from a running sandbox, and refuses bad arguments', async () => {
    await withRunningCli(['--port', '0'], async (url) => {
      const claims = async (args: string[]) => {
        const result = await run(['token', ...args, '--url', url]);
        expect(result.code, result.stderr).toBe(0);
        const token = result.stdout.trim();
        return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      };
      expect(await claims(['private'])).toMatchObject({ token_type: 3, scopes: ['Unauthenticated', 'Customer'] });
      expect(await claims(['private', '--scope', 'Unauthenticated'])).toMatchObject({ scopes: ['Unauthenticated'] });
      const storefront = await claims(['storefront', '--cors-origin', 'https://shop.example', '--expires-in', '60']);
      expect(storefront).toMatchObject({ token_type: 1, cors: ['https://shop.example'] });
      expect((storefront.eat as number) - (storefront.iat as number)).toBeLessThanOrEqual(61);
      expect(await claims(['customer-impersonation'])).toMatchObject({ token_type: 2 });
      const cases: Array<[string[], RegExp]> = [
        [['token'], /name one kind of token: private, storefront, customer-impersonation/],
        [['token', 'admin'], /name one kind of token/],
        [['token', 'private', '--scope', 'Admin'], /--scope must be one of Unauthenticated, Customer, B2B; got "Admin"/],
        [['token', 'storefront', '--scope', 'Customer'], /--scope applies to private tokens only/],
        [['token', 'private', '--expires-in', 'soon'], /--expires-in must be a positive whole number/],
      ];
      for (const [args, message] of cases) {
        const result = await run([...args, '--url', url]);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr).toMatch(message);
      }
    });
    const nobody = await run(['token', 'private', '--url', 'http://127.0.0.1:9']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/no sandbox answers at http:\/\/127.0.0.1:9/);
    expect((await run(['token', '--help'])).stdout).toContain('Usage: bc-sandbox token <kind>');
  }, 30_000);

  it('starts from a --seed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-seed-'));
    const file = join(dir, 'seed.json');
    const seed = structuredClone(defaultSeed);
    seed.customers[0]!.email = 'seeded.shopper@example.com';
    writeFileSync(file, JSON.stringify(seed));
    await withRunningCli(['--port', '0', '--seed', file], async (url, banner) => {
      expect(banner).toContain('seeded.shopper@example.com');
      const config = (await (await fetch(`${url}/__sandbox/config`)).json()) as { customers: Array<{ email: string }> };
      expect(config.customers[0]!.email).toBe('seeded.shopper@example.com');
    });
  });

  it('starts with --latency and --latency-jitter, says so, and still answers', async () => {
    await withRunningCli(['--port', '0', '--latency', '20', '--latency-jitter', '5', '--latency-seed', '7'], async (url, banner) => {
      expect(banner).toMatch(/Latency\s+20 ms ± 5 ms \(seed 7\)/);
      const config = (await (await fetch(`${url}/__sandbox/config`)).json()) as Record<string, string>;
      const gql = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.privateToken}` },
        body: JSON.stringify({ query: '{ site { settings { storeName } } }' }),
      });
      expect(gql.status).toBe(200);
    });
  });

  it('prints --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: bc-sandbox');
    expect(result.stdout).toContain('--trusted-proxy-secret');
  });

  it('rejects bad flags, ports and seed files with exit code 2 and a message naming the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-bad-'));
    writeFileSync(join(dir, 'broken.json'), '{ nope');
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--port', '70000'], /--port must be an integer from 0 to 65535/],
      [['--port', 'abc'], /--port must be an integer/],
      [['--seed', join(dir, 'missing.json')], /cannot read the seed file .*ENOENT/],
      [['--seed', join(dir, 'broken.json')], /is not valid JSON/],
      [['--trusted-proxy-secret', 'short'], /at least 8 characters/],
      [['stray'], /positional/i],
      [['--fresh'], /--fresh only applies with --data-dir/],
      [['--latency', 'abc'], /--latency must be a whole number of milliseconds/],
      [['--latency', '70000'], /--latency must be a whole number of milliseconds from 0 to 60000/],
      [['--latency', '50', '--latency-jitter', '-5'], /--latency-jitter/],
      [['--latency', '50', '--latency-seed', 'x'], /--latency-seed must be a whole number/],
      [['--latency-jitter', '10'], /only apply with --latency/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('bc-sandbox --help');
    }
  }, 20_000);

  it('--data-dir keeps the store through a crash (SIGKILL) and a restart; --fresh starts clean; a corrupt file stops it with exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-data-'));
    const product = defaultSeed.products.find((p) => p.variants?.some((v) => v.stock > 0))!;
    const variant = product.variants!.find((v) => v.stock > 0)!;
    const graphql = async (url: string, token: string, query: string, variables: Record<string, unknown> = {}) =>
      (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) })).json()) as any;
    const config = async (url: string) => (await (await fetch(`${url}/__sandbox/config`)).json()) as { storeHash: string; privateToken: string };
    const readCart = 'query($id: String!) { site { cart(entityId: $id) { entityId } } }';

    let before = { storeHash: '', privateToken: '' };
    let cartId = '';
    await withRunningCli(['--port', '0', '--data-dir', dir], async (url, banner) => {
      expect(banner).toContain(`${dir}  (kept across restarts)`);
      before = await config(url);
      const created = await graphql(url, before.privateToken, 'mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }', {
        input: { lineItems: [{ productEntityId: product.entityId, variantEntityId: variant.entityId, quantity: 1 }] },
      });
      cartId = created.data.cart.createCart.cart.entityId;
    }, 'SIGKILL');

    await withRunningCli(['--port', '0', '--data-dir', dir], async (url) => {
      const after = await config(url);
      expect({ storeHash: after.storeHash, privateToken: after.privateToken }).toEqual({ storeHash: before.storeHash, privateToken: before.privateToken });
      expect((await graphql(url, before.privateToken, readCart, { id: cartId })).data.site.cart).toEqual({ entityId: cartId });
    });
    await withRunningCli(['--port', '0', '--data-dir', dir, '--fresh'], async (url) => {
      const fresh = await config(url);
      expect(fresh.storeHash).not.toBe(before.storeHash);
      expect((await graphql(url, fresh.privateToken, readCart, { id: cartId })).data.site.cart).toBeNull();
    });

    writeFileSync(join(dir, 'sandbox.json'), '{ "format": "bc-sandbox-da');
    const refused = await run(['--port', '0', '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${join(dir, 'sandbox.json')} is corrupt`);
    expect(refused.stderr).toContain('--fresh');
  }, 20_000);

  it('explains an invalid seed and a port in use with exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-seed-'));
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ products: 1 }));
    const invalid = await run(['--port', '0', '--seed', join(dir, 'wrong.json')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('invalid seed');

    await withRunningCli(['--port', '0'], async (url) => {
      const busy = await run(['--port', new URL(url).port]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain('already in use');
    });
  });
});
