import { createCookieStorage, createSessionStore, type SessionStore } from '@bc-headless/core';
import { storefrontQueries, type QueryLayerClient, type StorefrontQueries, type StorefrontQueriesOptions } from '@bc-headless/core/queries';
import { setQueryClientContext, type QueryClient } from '@tanstack/svelte-query';
import { getContext, setContext } from 'svelte';
import { createSessionReadable, type SessionReadable } from './createSessionReadable.js';

/** What `setStorefrontContext` (and `<StorefrontProvider>`) take. */
export interface StorefrontOptions extends Omit<StorefrontQueriesOptions, 'session'> {
  /** The browser client (`createStorefrontClient`), or on a server the handler's request-scoped one. */
  client: QueryLayerClient;
  /** The shopper's session (default: `createSessionStore({ storage: createCookieStorage() })`, which the handler's hosted-checkout redirect reads). */
  session?: SessionStore;
  /** Also set as svelte-query's context when given (`<StorefrontProvider>` always gives one). */
  queryClient?: QueryClient;
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
    throw new Error(`${api}: call it while a component initialises (at the top level of its <script>, not in an event handler, effect or after an await); keep what it returns and use that later`, { cause });
  }
}

/** Makes a storefront available to this component's children (`<StorefrontProvider>` does it for you). */
export function setStorefrontContext(options: StorefrontOptions): Storefront {
  const { client, session = createSessionStore({ storage: createCookieStorage() }), queryClient, ...layer } = options;
  const storefront: Storefront = { client, session, sessionState: createSessionReadable(session), queries: storefrontQueries(client, { ...layer, session }) };
  return inComponent('setStorefrontContext', () => {
    if (queryClient) setQueryClientContext(queryClient);
    return setContext(KEY, storefront);
  });
}

/** The storefront set by `<StorefrontProvider>` or `setStorefrontContext` above this component. */
export function getStorefrontContext(api = 'getStorefrontContext'): Storefront {
  const storefront = inComponent(api, () => getContext<Storefront | undefined>(KEY));
  if (!storefront) throw new Error(`${api}: no storefront above this component; wrap the app in <StorefrontProvider client={client}> or call setStorefrontContext({ client }) in a parent component`);
  return storefront;
}

/** The storefront of this component tree: client, session and the core's queries (same as `getStorefrontContext`). */
export const useStorefront = (): Storefront => getStorefrontContext('useStorefront');
