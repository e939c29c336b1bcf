import { createMemoryStorage } from '@bc-headless/core';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { MutationObserver, QueryClient } from '@tanstack/query-core';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoServer, type DemoServer } from '../../src/createDemoServer.js';
import { createDemoStorefront, type DemoStorefront } from '../../src/createDemoStorefront.js';

/** The real stack a demo page talks to: the sandbox behind the demo server (both on 127.0.0.1:0). */
export interface DemoStack {
  sandbox: Sandbox;
  demo: DemoServer;
  /** A fresh "page": its own session cookie, demo storefront (on the demo server) and query client. */
  page(): DemoStorefront & { queryClient: QueryClient };
  close(): Promise<void>;
}

const SECRET = 'demo-kit-stack-secret-0123456789';

/** Starts the sandbox and the demo server in production mode (a one-line index.html). */
export async function startDemoStack(): Promise<DemoStack> {
  const sandbox = await createSandbox({ trustedProxySecret: SECRET, logger: { error() {}, warn() {}, info() {}, log() {} } as never });
  const root = mkdtempSync(join(tmpdir(), 'demo-kit-stack-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>demo</title>');
  const demo = await createDemoServer({ root, mode: 'prod', port: 0, env: { SANDBOX_URL: sandbox.url, BIGCOMMERCE_TRUSTED_PROXY_SECRET: SECRET } });
  return {
    sandbox,
    demo,
    page() {
      // The session cookie createCookieStorage would keep in `document.cookie`, sent with each
      // request as a browser would (the handler reads the cart and checkout from it).
      const session = createMemoryStorage();
      const cookieFetch: typeof fetch = (input, init = {}) => {
        const headers = new Headers(init.headers);
        const value = session.getItem();
        if (value) headers.set('cookie', `bc_session=${encodeURIComponent(value)}`);
        return fetch(input, { ...init, headers });
      };
      const storefront = createDemoStorefront({ apiBase: `${demo.url}/api/storefront`, storage: session, baseFetch: cookieFetch });
      return { ...storefront, queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) };
    },
    async close() {
      await demo.close();
      await sandbox.close();
    },
  };
}

/** Runs a mutation's options as an adapter's `mutateAsync` does (same cache updates). */
export const mutate = <D, V>(queryClient: QueryClient, options: unknown, variables: V): Promise<D> =>
  new MutationObserver(queryClient, options as never).mutate(variables as never) as Promise<D>;

/** A line for `addToCart`: the first in-stock variant of a seeded product. */
export function stockedLine(sandbox: Sandbox, quantity = 1) {
  const product = sandbox.store.catalog.products.find((p) => (p.variants[0]?.stock ?? 0) >= quantity + 5)!;
  return { productEntityId: product.entityId, variantEntityId: product.variants[0]!.entityId, quantity };
}
