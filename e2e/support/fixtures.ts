import { test as base, expect, type Page } from '@playwright/test';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createOutagePort, type OutagePort } from './createOutagePort.js';

/** Which storefront a project drives (set per project in playwright.config.ts). */
export interface StorefrontOptions {
  storefront: { name: string; root: string; built: string };
}

/** One entry of the sandbox's request log (`GET /__sandbox/requests`). */
export interface LoggedRequest {
  id: number;
  method: string;
  path: string;
  operationName: string | null;
  operationType: string | null;
  status: number | null;
  correlationId: string | null;
  customer: boolean;
}

/** The running stack: the sandbox, a port in front of it that can fail, and the app's production server. */
export interface Stack {
  sandbox: Sandbox;
  app: AppServer;
  trustedProxySecret: string;
  /** Takes the store away (connections refused) … */
  stopSandbox(): Promise<void>;
  /** … and brings it back on the same port. */
  startSandbox(): Promise<void>;
  /** The sandbox's request log, oldest first (optionally one correlation id's). */
  requests(correlationId?: string): Promise<LoggedRequest[]>;
}

const quiet = { error() {}, warn() {}, info() {}, log() {} };

/** A storefront's production server, running in its own process. */
export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `node <root>/server.js` as `pnpm start` does (production mode), on a port the OS picks,
 * and resolves once it prints its URL. Any framework's server fits, as long as it keeps that contract.
 */
function startApp(root: string, env: Record<string, string>): Promise<AppServer> {
  const child = spawn(process.execPath, ['server.js'], { cwd: root, env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = /\(prod, \w+\): (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout!.off('data', onData);
      resolve({
        url,
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`${root}/server.js exited with ${code} before it was ready:\n${output}`)));
  });
}

export const test = base.extend<{ resetSandbox: void }, StorefrontOptions & { stack: Stack }>({
  storefront: [{ name: 'react', root: '', built: 'dist/index.html' }, { option: true, scope: 'worker' }],

  // Per worker: a sandbox with a fresh trusted-proxy secret, and the storefront's production
  // server in front of it, as `pnpm start` runs them (ports chosen by the OS).
  stack: [
    async ({ storefront }, use) => {
      if (!existsSync(`${storefront.root}/${storefront.built}`)) {
        throw new Error(`${storefront.name}: no production build (${storefront.root}/${storefront.built}); run \`pnpm build\` first.`);
      }
      const trustedProxySecret = randomBytes(24).toString('base64url');
      const sandbox = await createSandbox({ trustedProxySecret, logger: quiet as never });
      const { port } = new URL(sandbox.url);
      const outage: OutagePort = await createOutagePort({ host: '127.0.0.1', port: Number(port) });
      const app = await startApp(storefront.root, { SANDBOX_URL: outage.url, BIGCOMMERCE_TRUSTED_PROXY_SECRET: trustedProxySecret });
      const requests = async (correlationId?: string) => {
        const query = correlationId ? `?correlationId=${encodeURIComponent(correlationId)}` : '';
        const body = (await (await fetch(`${sandbox.url}/__sandbox/requests${query}`)).json()) as { data: LoggedRequest[] };
        return body.data;
      };
      await use({ sandbox, app, trustedProxySecret, stopSandbox: outage.stop, startSandbox: outage.start, requests });
      await app.close();
      await outage.close();
      await sandbox.close();
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ stack }, use) => use(stack.app.url),

  // Every test starts from the seeded store: no cart, no orders, an empty request log.
  resetSandbox: [
    async ({ stack }, use) => {
      const response = await fetch(`${stack.sandbox.url}/__sandbox/reset`, { method: 'POST' });
      expect(response.ok).toBe(true);
      await use();
    },
    { auto: true },
  ],
});

export { expect };

/** GraphQL requests the storefront's server sent to the sandbox, after `since` (a log id). */
export const graphqlSince = (log: LoggedRequest[], since: number) => log.filter((r) => r.id > since && r.path === '/graphql');

/** The id of the newest sandbox log entry (0 when empty). */
export const lastLogId = async (stack: Stack) => (await stack.requests()).at(-1)?.id ?? 0;

/** Signs in as a demo customer through the storefront's sign-in page. */
export async function signIn(page: Page, email = 'jane@example.com', password = 'Shopper123!') {
  await page.goto('/login?redirectTo=/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Opens a product page from the home grid and adds it to the cart. */
export async function addToCart(page: Page, productName: string | RegExp) {
  await page.goto('/');
  await page.getByRole('link', { name: productName }).first().click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
}
