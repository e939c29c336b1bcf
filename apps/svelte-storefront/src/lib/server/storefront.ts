// One storefront server per process (handler + render context from one configuration), built from
// the same environment as every demo (demo-kit's resolveBackend: SANDBOX_URL or BIGCOMMERCE_*,
// TRUSTED_PROXIES). server.js resolves it too, only to print which backend it serves.
import { createServerClient, createStorefrontServer, type ServerClient, type StorefrontServer } from '@bc-headless/core/server';
import { resolveBackend, type DemoBackend } from '@bc-headless/demo-kit';
import { createRequestLog, type RequestLog } from '@bc-headless/demo-kit/browser';
import { QueryClient } from '@tanstack/svelte-query';
import { AsyncLocalStorage } from 'node:async_hooks';

/** The process's storefront, its server client, the backend and the per-request log scope. */
export interface AppStorefront {
  storefront: StorefrontServer<QueryClient>;
  client: ServerClient;
  backend: DemoBackend;
  /** Runs `fn` with a fresh log of what this server sends BigCommerce (the Requests panel). */
  withLog<T>(fn: () => T): T;
  /** The current request's log, if any. */
  log(): RequestLog | undefined;
}

let app: Promise<AppStorefront> | undefined;

/** The storefront, built on first use from process.env (once per process). */
export function appStorefront(): Promise<AppStorefront> {
  app ??= build();
  return app;
}

async function build(): Promise<AppStorefront> {
  const backend = await resolveBackend(process.env);
  const logs = new AsyncLocalStorage<RequestLog>();
  const client = createServerClient({
    ...backend.serverConfig,
    fetch: (input, init) => (logs.getStore()?.fetch ?? globalThis.fetch)(input, init),
  });
  const storefront = createStorefrontServer({
    client,
    queryClient: () => new QueryClient(),
    onError: (error, { route, correlationId }) => console.error(`[storefront] ${route} (${correlationId ?? 'no correlation id'}):`, (error as Error)?.message ?? error),
  });
  return { storefront, client, backend, withLog: (fn) => logs.run(createRequestLog(), fn), log: () => logs.getStore() };
}
