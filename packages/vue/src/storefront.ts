import { createCookieStorage, createSessionStore, StorefrontConfigError, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { storefrontQueries, type StorefrontQueriesOptions } from '@bc-headless/core/queries';
import { hydrate, QueryClient, VUE_QUERY_CLIENT, VueQueryPlugin, type DehydratedState } from '@tanstack/vue-query';
import { inject, type App } from 'vue';
import { storefrontKey } from './StorefrontContext.js';

/** Options of `app.use(storefront, options)`; `apiBase`, `imageWidth` and `pageSize` go to the query layer. */
export interface StorefrontPluginOptions extends Omit<StorefrontQueriesOptions, 'session'> {
  /** The browser client (`createStorefrontClient`), or a server's request-scoped one when rendering there. */
  client: StorefrontClient;
  /** Your vue-query `QueryClient`; when omitted, the one of an installed `VueQueryPlugin`, else a new one. */
  queryClient?: QueryClient;
  /** The shopper's session; default `createSessionStore({ storage: createCookieStorage() })`. */
  session?: SessionStore;
  /**
   * The server's dehydrated cache (server rendering, e.g. Nuxt's payload): hydrated into the
   * QueryClient at install, before any composable runs, so the first view fetches nothing.
   */
  state?: DehydratedState | null;
}

/**
 * The Vue plugin: `app.use(storefront, { client })`. Provides the client, the session and the
 * query layer to the composables, and installs `VueQueryPlugin` unless the app already has it.
 * Nothing is fetched or read at install: the cookie storage is read on first use, so a server can
 * install it per request.
 */
export const storefront = {
  install(app: App, { client, queryClient, session, state, ...options }: StorefrontPluginOptions) {
    if (typeof client?.request !== 'function') {
      throw new StorefrontConfigError('app.use(storefront, options): options.client must be a storefront client; pass { client: createStorefrontClient(…) }', { field: 'options.client' });
    }
    const installed = app.runWithContext(() => inject<QueryClient | null>(VUE_QUERY_CLIENT, null));
    if (installed && queryClient && installed !== queryClient) {
      throw new StorefrontConfigError('app.use(storefront, options): VueQueryPlugin is installed with another QueryClient; drop options.queryClient or pass the same one', { field: 'options.queryClient' });
    }
    queryClient = installed ?? queryClient ?? new QueryClient();
    if (!installed) app.use(VueQueryPlugin, { queryClient });
    if (state) hydrate(queryClient, state);
    session ??= createSessionStore({ storage: createCookieStorage() });
    app.provide(storefrontKey, { client, session, queryClient, queries: storefrontQueries(client, { ...options, session }) });
  },
};
