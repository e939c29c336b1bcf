import { createCookieStorage, createSessionStore, StorefrontConfigError, type SessionStore } from '@bc-headless/core';
import { storefrontQueries, type QueryLayerClient, type StorefrontQueries, type StorefrontQueriesOptions } from '@bc-headless/core/queries';
import type { DehydratedState, QueryClient } from '@tanstack/svelte-query';
import { getContext, setContext, type Snippet } from 'svelte';
import { createSessionReadable, type SessionReadable } from './createSessionReadable.js';

/** What `setStorefrontContext` (and `<StorefrontProvider>`) take. */
export interface StorefrontOptions extends Omit<StorefrontQueriesOptions, 'session'> {
  /** The browser client (`createStorefrontClient`), or on a server the handler's request-scoped one. */
  client: QueryLayerClient;
  /** The shopper's session (default: `createSessionStore({ storage: createCookieStorage() })`, which the handler's hosted-checkout redirect reads). */
  session?: SessionStore;
}

/** Props of `<StorefrontProvider>`. */
export interface StorefrontProviderProps extends StorefrontOptions {
  /** Your svelte-query client; the provider creates one when omitted. */
  queryClient?: QueryClient;
  /**
   * The server's dehydrated cache (`dehydrate(queryClient)` returned by a SvelteKit server `load`):
   * hydrated into `queryClient` when the provider is created, so the server render and the
   * browser's hydration read the same data and the first view fetches nothing.
   */
  state?: DehydratedState | null;
  children: Snippet;
}

/** The storefront every `useX` of a component tree shares. */
export interface Storefront {
  client: QueryLayerClient;
  /** The core session store: read it, or change it (`session.setLocale('fr')`). */
  session: SessionStore;
  /** The same session as a Svelte store (`$session`) with a `current` getter for runes. */
  sessionState: SessionReadable;
  /** The core's query options and mutations (`@bc-headless/core/queries`). */
  queries: StorefrontQueries;
}

const KEY = Symbol('bc-headless');

// Svelte throws `lifecycle_outside_component` for a context call outside component
// initialisation; its message names `getContext`, which the caller never wrote.
function inComponent<T>(api: string, run: () => T): T {
  try {
    return run();
  } catch (cause) {
    throw new StorefrontConfigError(`${api}: call it while a component initialises (top level of its <script>), not in an event handler, effect or after an await`, { field: api }, cause);
  }
}

/**
 * Makes a storefront available to this component's children. `<StorefrontProvider>` does it for
 * you; without it, put svelte-query's `QueryClientProvider` (or `setQueryClientContext`) around too.
 */
export function setStorefrontContext(options: StorefrontOptions): Storefront {
  const { client, session = createSessionStore({ storage: createCookieStorage() }), ...layer } = options;
  if (!client?.config) throw new StorefrontConfigError('setStorefrontContext: options.client is required (createStorefrontClient)', { field: 'options.client' });
  const storefront: Storefront = { client, session, sessionState: createSessionReadable(session), queries: storefrontQueries(client, { ...layer, session }) };
  return inComponent('setStorefrontContext', () => setContext(KEY, storefront));
}

/**
 * The storefront set by `<StorefrontProvider>` or `setStorefrontContext` above this component.
 * @param api the caller's name for error messages (the `useX` functions pass theirs)
 */
export function getStorefrontContext(api = 'getStorefrontContext'): Storefront {
  const storefront = inComponent(api, () => getContext<Storefront | undefined>(KEY));
  if (!storefront) throw new StorefrontConfigError(`${api}: no storefront above this component; wrap the app in <StorefrontProvider {client}> or call setStorefrontContext({ client }) in a parent`, { field: api });
  return storefront;
}

/** The storefront of this component tree: client, session and the core's queries (same as `getStorefrontContext`). */
export const useStorefront = (): Storefront => getStorefrontContext('useStorefront');
