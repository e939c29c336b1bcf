import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MutationObserver, QueryClient, QueryObserver, type QueryKey } from '@tanstack/query-core';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import type { SessionStorageAdapter } from '../../../src/createMemoryStorage.js';
import { createSessionStore, type SessionState, type SessionStore } from '../../../src/createSessionStore.js';
import { createStorefrontClient, type StorefrontClient } from '../../../src/createStorefrontClient.js';
import type { StorefrontMutationOptions } from '../../../src/queries/StorefrontQueryOptions.js';
import { storefrontQueries, type StorefrontQueries } from '../../../src/queries/storefrontQueries.js';
import { createServerClient } from '../../../src/server/createServerClient.js';
import { createStorefrontHandler } from '../../../src/server/createStorefrontHandler.js';
import { toNodeHandler } from '../../../src/server/toNodeHandler.js';

/** One request the "browser" sent to the storefront server. */
export interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
  /** The GraphQL operation name, for `/graphql`. */
  operationName: string | null;
  body: string;
}

/** A browser stand-in: a cookie jar, a request log, and the session/client/queries an app builds. */
export interface Browser {
  cookies: Map<string, string>;
  sent: SentRequest[];
  fetch: typeof fetch;
  session: SessionStore;
  client: StorefrontClient;
  queries: StorefrontQueries;
  queryClient: QueryClient;
  /** Requests sent since `since` (an index into `sent`), by GraphQL operation name or route path. */
  namesSince(since: number): string[];
}

/** The real stack: sandbox ← storefront handler (node:http on 127.0.0.1:0). */
export interface Storefront {
  sandbox: Sandbox;
  origin: string;
  api: string;
  browser(): Browser;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });

/** Starts the sandbox and the storefront handler in front of it; `close()` stops both. */
export async function startStorefront(): Promise<Storefront> {
  const sandbox = await createSandbox({ logger: { error() {}, warn() {}, info() {}, log() {} } as never });
  const serverClient = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.privateToken,
    endpoints: { graphql: `${sandbox.url}/graphql`, payments: `${sandbox.url}/stores/${sandbox.storeHash}/payments` },
    retry: false,
  });
  const handler = createStorefrontHandler({ client: serverClient, now: () => sandbox.clock.now() });
  const server = createServer(toNodeHandler(handler));
  const origin = await listen(server);
  const api = `${origin}/api/storefront`;

  return {
    sandbox,
    origin,
    api,
    browser() {
      const cookies = new Map<string, string>();
      const sent: SentRequest[] = [];
      // A real fetch with what a browser adds: its cookies, kept from Set-Cookie answers.
      const browserFetch: typeof fetch = async (input, init = {}) => {
        const url = new URL(String(input));
        const headers = new Headers(init.headers);
        if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
        const body = typeof init.body === 'string' ? init.body : '';
        let operationName: string | null = null;
        if (url.pathname.endsWith('/graphql')) operationName = /(?:query|mutation)\s+(\w+)/.exec(JSON.parse(body).query)?.[1] ?? null;
        sent.push({ method: init.method ?? 'GET', path: url.pathname, headers, operationName, body });
        const response = await fetch(url, { ...init, headers, redirect: 'manual' });
        for (const line of response.headers.getSetCookie()) {
          const [pair = '', ...attributes] = line.split('; ');
          const eq = pair.indexOf('=');
          if (attributes.includes('Max-Age=0') || eq === pair.length - 1) cookies.delete(pair.slice(0, eq));
          else cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
        }
        return response;
      };
      // createCookieStorage's format in the jar, as `document.cookie` would hold it.
      const storage: SessionStorageAdapter = {
        getItem: () => decodeURIComponent(cookies.get('bc_session') ?? ''),
        setItem: (value) => void cookies.set('bc_session', encodeURIComponent(value)),
      };
      const session = createSessionStore({ storage });
      const client = createStorefrontClient({ storeHash: sandbox.storeHash, endpoints: { graphql: `${api}/graphql` }, fetch: browserFetch, retry: false });
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      return {
        cookies,
        sent,
        fetch: browserFetch,
        session,
        client,
        queries: storefrontQueries(client, { session, apiBase: api }),
        queryClient,
        namesSince: (since) => sent.slice(since).map((r) => r.operationName ?? `${r.method} ${r.path.slice(api.length - origin.length)}`),
      };
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await sandbox.close();
    },
  };
}

/**
 * What an adapter does with a query factory: one observer that follows the session (a changed
 * snapshot re-keys it). Returns the current result and a stop function.
 */
export function watch<T>(browser: Browser, options: (state: SessionState) => { queryKey: QueryKey; queryFn?: unknown; staleTime?: number }) {
  const observer = new QueryObserver(browser.queryClient, options(browser.session.getSnapshot()) as never);
  const stopObserver = observer.subscribe(() => {});
  const stopSession = browser.session.subscribe((state) => observer.setOptions(options(state) as never));
  return {
    observer,
    result: () => observer.getCurrentResult() as { data: T | undefined; status: string; isFetching: boolean },
    /** Resolves once the current key has an answer and nothing is in flight. */
    settled: () =>
      new Promise<{ data: T | undefined; status: string; error: unknown }>((resolve) => {
        const done = (r: { isFetching: boolean; status: string }) => !r.isFetching && r.status !== 'pending';
        const now = observer.getCurrentResult();
        if (done(now)) return resolve(now as never);
        const unsubscribe = observer.subscribe((r) => {
          if (!done(r)) return;
          unsubscribe();
          resolve(r as never);
        });
      }),
    stop: () => {
      stopSession();
      stopObserver();
    },
  };
}

/** An add-to-cart line for a seeded product: its first variant, one of it. */
export const lineOf = (product: { entityId: number; variants: readonly { entityId: number }[] }, quantity = 1) => ({
  productEntityId: product.entityId,
  variantEntityId: product.variants[0]!.entityId,
  quantity,
});

/** What `useMutation(options).mutateAsync(variables)` does in every binding. */
export const mutate = <D, V>(browser: Browser, options: StorefrontMutationOptions<D, V, any>, variables: V) =>
  new MutationObserver(browser.queryClient, options as never).mutate(variables as never) as Promise<D>;
