import { Worker } from 'node:worker_threads';
import { createCookieStorage, createSessionStore, createStorefrontClient, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { QueryClient } from '@tanstack/svelte-query';
import { inject } from 'vitest';
import type { StorefrontProviderProps } from '../../src/index.js';

/** One request the page sent: a GraphQL operation name, or `METHOD /route` under the handler. */
export type Sent = string;

/** What a storefront page builds: the options for `<StorefrontProvider>`, and a log of what it sent. */
export interface Page {
  options: Omit<StorefrontProviderProps, 'children'> & { queryClient: QueryClient };
  session: SessionStore;
  client: StorefrontClient;
  sent: Sent[];
}

/** What the tests know of the sandbox (it runs in the server's worker). */
export interface SandboxInfo {
  url: string;
  storeHash: string;
  channelId: number;
  customers: { entityId: number; email: string; password: string; firstName: string; lastName: string }[];
  products: { entityId: number; name: Record<string, string>; categoryEntityIds: number[]; variants: { entityId: number }[] }[];
}

/** The real stack: the sandbox and the storefront handler (node:http on 127.0.0.1 port 0). */
export interface Storefront {
  sandbox: SandboxInfo;
  origin: string;
  api: string;
  /** A fresh page on the storefront's origin (happy-dom's URL moves there, as a browser's would). */
  page(): Page;
  /** The sandbox's request log for one correlation id: GraphQL operation names, else paths. */
  requestsOf(correlationId: string): Promise<string[]>;
  /** An order as the sandbox keeps it, or `null`. */
  order(orderId: number): Promise<{ status: string; total: number; cartEntityId: string } | null>;
  close(): Promise<void>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    storefrontServer: string;
    packageDir: string;
  }
}

declare const window: Window & { happyDOM: { setURL(url: string): void } };

/** Starts the server side (tests/support/storefrontServer.mjs) in a worker; `close()` stops it. */
export async function startStorefront(): Promise<Storefront> {
  const worker = new Worker(inject('storefrontServer'));
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  const started = new Promise<{ origin: string; sandbox: SandboxInfo }>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { ready?: boolean; id?: number; result?: unknown; error?: string; origin: string; sandbox: SandboxInfo }) => {
      if (message.ready) return resolve(message);
      const call = pending.get(message.id!);
      pending.delete(message.id!);
      if (message.error) call?.reject(new Error(message.error));
      else call?.resolve(message.result);
    });
  });
  const call = <T>(name: string, arg?: unknown) =>
    new Promise<T>((resolve, reject) => {
      pending.set(++nextId, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id: nextId, call: name, arg });
    });
  const { origin, sandbox } = await started;
  const api = `${origin}/api/storefront`;

  return {
    sandbox,
    origin,
    api,
    page() {
      // Same origin as the handler, as in the demo apps: happy-dom's fetch keeps the handler's
      // httpOnly customer cookie and `document.cookie` holds the session, as a browser would.
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
    requestsOf: (correlationId) => call('requestsOf', correlationId),
    order: (orderId) => call('order', orderId),
    async close() {
      await call('close');
      await worker.terminate();
    },
  };
}
