import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCookieStorage, createSessionStore, createStorefrontClient, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { QueryClient } from '@tanstack/svelte-query';
import type { StorefrontOptions } from '../../src/index.js';

/** One request the page sent: a GraphQL operation name, or `METHOD /route` under the handler. */
export type Sent = string;

/** What a storefront page builds: the options for `<StorefrontProvider>`, and a log of what it sent. */
export interface Page {
  options: StorefrontOptions & { queryClient: QueryClient };
  session: SessionStore;
  client: StorefrontClient;
  sent: Sent[];
}

/** The real stack, on 127.0.0.1 port 0: the sandbox, and the storefront handler in front of it. */
export interface Storefront {
  sandbox: Sandbox;
  origin: string;
  api: string;
  /** A fresh page on the storefront's origin (happy-dom's URL is moved there, as a browser would be). */
  page(): Page;
  close(): Promise<void>;
}

declare const window: Window & { happyDOM: { setURL(url: string): void } };

/** Starts the sandbox and a node:http server with the storefront handler; `close()` stops both. */
export async function startStorefront(): Promise<Storefront> {
  const sandbox = await createSandbox({ logger: { error() {}, warn() {}, info() {}, log() {} } as never });
  const serverClient = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.storefrontToken,
    endpoints: { graphql: `${sandbox.url}/graphql`, payments: `${sandbox.url}/stores/${sandbox.storeHash}/payments` },
    retry: false,
  });
  const server = createServer(toNodeHandler(createStorefrontHandler({ client: serverClient, now: () => sandbox.clock.now() })));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = `${origin}/api/storefront`;

  return {
    sandbox,
    origin,
    api,
    page() {
      // Same origin as the handler, as in the demo apps: happy-dom's own fetch then keeps the
      // handler's httpOnly customer cookie and `document.cookie` holds the session, like a browser.
      window.happyDOM.setURL(`${origin}/`);
      document.cookie = 'bc_session=; Path=/; Max-Age=0';
      const sent: Sent[] = [];
      const recordingFetch: typeof fetch = (input, init) => {
        const path = new URL(String(input)).pathname;
        const query = path.endsWith('/graphql') && typeof init?.body === 'string' ? (JSON.parse(init.body) as { query: string }).query : '';
        sent.push(/(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? `${init?.method ?? 'GET'} ${path.slice('/api/storefront'.length)}`);
        return fetch(input, init);
      };
      const session = createSessionStore({ storage: createCookieStorage() });
      const client = createStorefrontClient({ storeHash: sandbox.storeHash, endpoints: { graphql: `${api}/graphql` }, fetch: recordingFetch, retry: false });
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      return { options: { client, session, queryClient, apiBase: api }, session, client, sent };
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
