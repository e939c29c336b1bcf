import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SandboxSeed } from './catalog/SandboxSeed.js';
import { createSandbox, type Sandbox } from './createSandbox.js';
import type { SandboxLatency } from './http/SandboxLatency.js';
import { runTokenCommand } from './tokenCommand.js';

const USAGE = `Usage: bc-sandbox [options]
       bc-sandbox token <private|storefront|customer-impersonation> [options]   (see token --help)

A local, stateful BigCommerce-compatible backend: GraphQL Storefront API, Payments API,
Management API (refunds, webhooks, catalog writes), hosted checkout and session-sync pages, and a request inspector.

Options:
  --port <n>                    TCP port (default 4100; 0 picks a free one)
  --host <address>              interface to bind (default 127.0.0.1; the config endpoint shows
                                tokens and demo passwords, so bind elsewhere only on purpose)
  --trusted-proxy-secret <s>    enable the trusted proxy: requests carrying this
                                X-BC-Trusted-Proxy-Secret are attributed to their True-Client-IP
  --seed <file.json>            start from this catalog/customers seed instead of the demo shop
  --data-dir <dir>              keep the store in <dir> across restarts: store hash, tokens, keys,
                                trusted-proxy secret, customers, carts, checkouts, orders, payments,
                                refunds and the session-sync lockout (created if missing)
  --fresh                       with --data-dir: start a clean store there, replacing what it holds
  --latency <ms>                delay every GraphQL and REST answer by <ms> (BigCommerce is 50–150 ms
                                away from a server; default 0)
  --latency-jitter <ms>         vary each delay uniformly by ± <ms> (default 0)
  --latency-seed <n>            seed of the jitter, so runs repeat the same delays (default 1)
  -h, --help                    show this help
`;

/** What the command line asked for. */
interface CliOptions {
  port: number;
  host: string;
  /** Undefined: none, or with a data dir the one it holds. */
  trustedProxySecret: string | undefined;
  seed: SandboxSeed | undefined;
  dataDir: string | undefined;
  fresh: boolean;
  latency: SandboxLatency | undefined;
}

class CliError extends Error {}

function parsePort(raw: string): number {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) throw new CliError(`--port must be an integer from 0 to 65535, got "${raw}".`);
  return Number(raw);
}

function readSeed(file: string): SandboxSeed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the seed file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  try {
    return JSON.parse(text) as SandboxSeed;
  } catch (error) {
    throw new CliError(`the seed file ${file} is not valid JSON: ${(error as Error).message}.`);
  }
}

function parseCli(argv: string[]): CliOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'trusted-proxy-secret': { type: 'string' },
        seed: { type: 'string' },
        'data-dir': { type: 'string' },
        fresh: { type: 'boolean' },
        latency: { type: 'string' },
        'latency-jitter': { type: 'string' },
        'latency-seed': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CliError((error as Error).message.replace(/\.?$/, '.'));
  }
  if (values.help) return 'help';
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new CliError('--host must not be empty.');
  const secret = values['trusted-proxy-secret'];
  if (secret !== undefined && secret.length < 8) throw new CliError('--trusted-proxy-secret must be at least 8 characters.');
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') throw new CliError('--data-dir must not be empty.');
  if (values.fresh && dataDir === undefined) throw new CliError('--fresh only applies with --data-dir (without it every start is a clean store).');
  const millis = (flag: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    if (!/^\d{1,5}$/.test(raw) || Number(raw) > 60_000) throw new CliError(`${flag} must be a whole number of milliseconds from 0 to 60000, got "${raw}".`);
    return Number(raw);
  };
  const latencyMs = millis('--latency', values.latency);
  const jitterMs = millis('--latency-jitter', values['latency-jitter']);
  const seedRaw = values['latency-seed'];
  if (seedRaw !== undefined && !/^\d{1,9}$/.test(seedRaw)) throw new CliError(`--latency-seed must be a whole number, got "${seedRaw}".`);
  if (latencyMs === undefined && (jitterMs !== undefined || seedRaw !== undefined)) throw new CliError('--latency-jitter and --latency-seed only apply with --latency.');
  return {
    latency: latencyMs === undefined ? undefined : { ms: latencyMs, jitterMs: jitterMs ?? 0, seed: seedRaw === undefined ? 1 : Number(seedRaw) },
    port: values.port === undefined ? 4100 : parsePort(values.port),
    host,
    trustedProxySecret: secret,
    seed: values.seed === undefined ? undefined : readSeed(values.seed),
    dataDir,
    fresh: values.fresh ?? false,
  };
}

function banner(sandbox: Sandbox, latency: SandboxLatency | undefined): string {
  const { url, storeHash } = sandbox;
  const rows = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `  ${k.padEnd(23)} ${v}`).join('\n');
  return `bc-sandbox listening on ${url}

${rows([
  ['GraphQL Storefront API', `${url}/graphql`],
  ['Payments API', `${url}/stores/${storeHash}/payments`],
  ['Management API', `${url}/stores/${storeHash}/v3  (orders: /v2)`],
  ['Hosted checkout', `${url}/checkout`],
  ['Request inspector', `${url}/__sandbox`],
  ['Connection details', `${url}/__sandbox/config`],
  ...(latency ? [['Latency', `${latency.ms} ms ± ${latency.jitterMs ?? 0} ms (seed ${latency.seed ?? 1}) on every API answer`] as [string, string]] : []),
])}

${rows([
  ['Store hash', storeHash],
  ['Store id', sandbox.storeId],
  ['Channel id', String(sandbox.channelId)],
  ['Private token', `${sandbox.privateToken}`],
  ['', '  for servers (BIGCOMMERCE_STOREFRONT_TOKEN): scopes Unauthenticated, Customer; refused from browsers'],
  ['Storefront token', sandbox.storefrontToken],
  ['', '  for browsers only: refused server to server (created after 2026-06-30)'],
  ['Management token', `${sandbox.managementToken}  (mint more tokens: bc-sandbox token --help)`],
  ['Trusted-proxy secret', sandbox.trustedProxySecret ?? '(none: True-Client-IP is ignored)'],
  ['Data dir', sandbox.dataDir ? `${sandbox.dataDir}  (kept across restarts)` : '(none: the store is lost at exit)'],
])}

  Demo customers
${sandbox.customers.map((c) => `    ${c.email.padEnd(30)} password: ${c.password}${c.customerGroupName ? `  (group: ${c.customerGroupName})` : ''}`).join('\n')}

  Test cards: 4111111111111111 succeeds, 4000000000000002 declines,
              4000000000009995 insufficient funds, 4000000000000077 charges then answers slowly

Press Ctrl-C to stop.
`;
}

async function main(): Promise<void> {
  if (process.argv[2] === 'token') {
    process.exitCode = await runTokenCommand(process.argv.slice(3));
    return;
  }
  let options: CliOptions | 'help';
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`bc-sandbox: ${error.message}\nRun "bc-sandbox --help" for the options.\n`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  let sandbox: Sandbox;
  try {
    sandbox = await createSandbox({
      port: options.port,
      host: options.host,
      ...(options.trustedProxySecret === undefined ? {} : { trustedProxySecret: options.trustedProxySecret }),
      ...(options.seed ? { seed: options.seed } : {}),
      ...(options.latency ? { latency: options.latency } : {}),
      ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir, fresh: options.fresh }),
    });
  } catch (error) {
    process.stderr.write(`bc-sandbox: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(banner(sandbox, options.latency));
  if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(options.host)) {
    process.stderr.write(`bc-sandbox: warning: listening on ${options.host} makes ${sandbox.url}/__sandbox/config (tokens, demo passwords) reachable from your network.\n`);
  }
  const stop = (signal: string) => {
    process.stdout.write(`\nbc-sandbox: ${signal} received, stopping.\n`);
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

await main();
