import { createCookieStorage, createSessionStore, createStorefrontClient, type SessionStorageAdapter, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { storefrontQueries, type StorefrontQueries } from '@bc-headless/core/queries';
import { createRequestLog, type RequestLog } from './createRequestLog.js';

/** What every demo storefront starts with, before its framework takes over. */
export interface DemoStorefront {
  /** The core client; its `fetch` is the request log's, so the Requests panel sees every call. */
  client: StorefrontClient;
  /** The session (cart id, customer, locale), kept in cookies the demo server also reads. */
  session: SessionStore;
  /** The query layer over `client` and `session`, as the adapters build it (same keys). */
  queries: StorefrontQueries;
  /** What the client sent, newest first, for the Requests panel. */
  requestLog: RequestLog;
}

/** Where the demo's own server answers; tests point this at a server on another origin. */
export interface DemoStorefrontOptions {
  /** The storefront handler's base, default `/api/storefront` (this page's own server). */
  apiBase?: string;
  /** Where the session lives, default cookies (`createCookieStorage()`). */
  storage?: SessionStorageAdapter;
  /** The fetch the request log wraps, default the global one (tests pass one that keeps cookies). */
  baseFetch?: typeof fetch;
}

/**
 * The client, session, query layer and request log of a demo storefront. Everything goes through
 * the app's own server (`/api/storefront`): the browser holds no storefront token and no
 * trusted-proxy secret. The store hash only names the client here; the server talks to the real
 * store with its own configuration. Pure: nothing is fetched until a query runs.
 */
export function createDemoStorefront({ apiBase = '/api/storefront', storage, baseFetch }: DemoStorefrontOptions = {}): DemoStorefront {
  const base = apiBase.replace(/\/+$/, '');
  const requestLog = createRequestLog({ baseFetch });
  const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: `${base}/graphql` }, fetch: requestLog.fetch });
  const session = createSessionStore({ storage: storage ?? createCookieStorage() });
  const queries = storefrontQueries(client, { session, apiBase: base });
  return { client, session, queries, requestLog };
}
