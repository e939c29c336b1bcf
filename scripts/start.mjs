#!/usr/bin/env node
// `pnpm start`: builds the workspace, starts every service in `services` (the sandbox, then each
// demo storefront's production server), prints where they are, and stops them all on Ctrl-C or
// SIGTERM. The sandbox keeps its store in .sandbox-data/ (gitignored), so carts, orders and
// signed-in customers survive a restart; `pnpm start --fresh` starts a clean store there.
// `pnpm dev` (`--dev`): the same, with each storefront's development server (hot reload).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';

const root = new URL('..', import.meta.url).pathname;
const USAGE = 'Usage: pnpm start [--fresh] [--dev]   (--fresh: start the sandbox with a clean store in .sandbox-data/; --dev: storefronts with hot reload, as `pnpm dev`)';
// pnpm passes what follows `pnpm start` (or `pnpm start --`) on; a lone `--` may come with it.
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = args.filter((arg) => arg !== '--fresh' && arg !== '--dev');
if (unknown.length > 0) {
  console.error(`pnpm start: unknown argument ${unknown.join(' ')}.\n${USAGE}`);
  process.exit(2);
}
const fresh = args.includes('--fresh');
const dev = args.includes('--dev');
const SANDBOX_DATA_DIR = '.sandbox-data';
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const HOST = '127.0.0.1';
const SANDBOX_PORT = 4100;
const SANDBOX_URL = `http://${HOST}:${SANDBOX_PORT}`;
// A fresh secret each run, so the demos exercise the trusted proxy the way a real store would.
const trustedProxySecret = process.env.BIGCOMMERCE_TRUSTED_PROXY_SECRET ?? randomBytes(24).toString('base64url');

/**
 * The services to start, in order. Each is a child process; `ready` matches the output line that
 * says it is serving (its first group is the URL), and `env(context)` may read what earlier
 * services reported (e.g. `context.sandbox` is the sandbox's `/__sandbox/config`).
 */
const services = [
  {
    name: 'sandbox',
    command: process.execPath,
    args: [
      'packages/sandbox/bin/bc-sandbox.js',
      ...['--port', String(SANDBOX_PORT), '--host', HOST, `--trusted-proxy-secret=${trustedProxySecret}`],
      ...['--data-dir', SANDBOX_DATA_DIR, ...(fresh ? ['--fresh'] : [])],
    ],
    ready: /listening on (http:\/\/\S+)/,
    async describe(url, context) {
      context.sandbox = await (await fetch(`${url}/__sandbox/config`)).json();
      return [`GraphQL ${url}/graphql`, `inspector ${url}/__sandbox`];
    },
  },
  // One entry per demo storefront (Vue on 4102 and Svelte on 4103 join the same way).
  storefront('react-storefront', 'apps/react-storefront', 4101, 'React demo shop (@bc-headless/react)'),
  storefront('vue-storefront', 'apps/vue-storefront', 4102, 'Vue demo shop (@bc-headless/vue)'),
  storefront('svelte-storefront', 'apps/svelte-storefront', 4103, 'Svelte demo shop (@bc-headless/svelte)'),
];

/**
 * A demo storefront's production server (its `server.js`, built app in `dist/`), talking to the
 * sandbox with the shared trusted-proxy secret, so each shopper is attributed to their own IP.
 */
function storefront(name, dir, port, label) {
  return {
    name,
    command: process.execPath,
    args: [`${dir}/server.js`, ...(dev ? ['--dev'] : [])],
    ready: new RegExp(`^${name} \\((?:prod|dev), \\w+\\): (http://\\S+)`),
    env: () => ({ PORT: String(port), HOST, SANDBOX_URL, BIGCOMMERCE_TRUSTED_PROXY_SECRET: trustedProxySecret }),
    describe: async () => [label],
  };
}

console.log('Building the workspace (turbo run build)…');
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) {
  console.error('\npnpm start: the build failed (see above); nothing was started.');
  process.exit(build.status ?? 1);
}

const running = [];
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  const alive = running.filter((r) => r.child.exitCode === null && r.child.signalCode === null);
  if (alive.length === 0) process.exit(code);
  let left = alive.length;
  for (const { child } of alive.reverse()) {
    child.once('exit', () => {
      left -= 1;
      if (left === 0) process.exit(code);
    });
    child.kill('SIGTERM');
  }
  // Whatever ignores SIGTERM for five seconds is killed.
  setTimeout(() => {
    for (const { child } of alive) child.kill('SIGKILL');
    process.exit(code);
  }, 5000).unref();
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function start(service, context) {
  return new Promise((resolve, reject) => {
    const child = spawn(service.command, service.args, {
      cwd: root,
      env: { ...env, ...(service.env ? service.env(context) : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push({ name: service.name, child });
    let ready = false;
    const prefix = `[${service.name}] `;
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(prefix + line);
      const match = !ready && service.ready.exec(line);
      if (match) {
        ready = true;
        resolve(match[1]);
      }
    });
    createInterface({ input: child.stderr }).on('line', (line) => console.error(prefix + line));
    child.on('exit', (code, signal) => {
      if (!ready) reject(new Error(`${service.name} exited before it was ready (${signal ?? `code ${code}`}).`));
      else if (!stopping) {
        console.error(`\npnpm start: ${service.name} stopped unexpectedly (${signal ?? `code ${code}`}); stopping the others.`);
        stopAll(1);
      }
    });
  });
}

const context = {};
const summary = [];
try {
  for (const service of services) {
    const url = await start(service, context);
    const lines = service.describe ? await service.describe(url, context) : [url];
    summary.push(`  ${service.name.padEnd(18)} ${url}`, ...lines.map((l) => `  ${''.padEnd(18)} ${l}`));
  }
} catch (error) {
  console.error(`\npnpm start: ${error.message}`);
  stopAll(1);
}

if (!stopping) {
  console.log(`\nRunning:\n${summary.join('\n')}`);
  console.log(`\n  store hash ${context.sandbox.storeHash}, trusted-proxy secret ${trustedProxySecret}`);
  // The demo servers read it from /__sandbox/config: BigCommerce refuses today's storefront tokens server to server.
  console.log("  the demo servers use the sandbox's private token (privateToken in /__sandbox/config); browsers get no token");
  console.log(`  the sandbox's store is kept in ${SANDBOX_DATA_DIR}/ across restarts; \`pnpm start --fresh\` starts a clean one`);
  console.log('\nPress Ctrl-C to stop everything.');
}
