import { type SessionStore } from '@bc-headless/core';
import { type QueryLayerClient, type StorefrontQueries, type StorefrontQueriesOptions } from '@bc-headless/core/queries';
import type { QueryClient } from '@tanstack/svelte-query';
import { type Snippet } from 'svelte';
import { type SessionReadable } from './createSessionReadable.js';
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
/**
 * Makes a storefront available to this component's children. `<StorefrontProvider>` does it for
 * you; without it, put svelte-query's `QueryClientProvider` (or `setQueryClientContext`) around too.
 */
export declare function setStorefrontContext(options: StorefrontOptions): Storefront;
/**
 * The storefront set by `<StorefrontProvider>` or `setStorefrontContext` above this component.
 * @param api the caller's name for error messages (the `useX` functions pass theirs)
 */
export declare function getStorefrontContext(api?: string): Storefront;
/** The storefront of this component tree: client, session and the core's queries (same as `getStorefrontContext`). */
export declare const useStorefront: () => Storefront;
