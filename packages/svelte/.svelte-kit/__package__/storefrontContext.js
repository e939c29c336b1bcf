import { createCookieStorage, createSessionStore, StorefrontConfigError } from '@bc-headless/core';
import { storefrontQueries } from '@bc-headless/core/queries';
import { getContext, setContext } from 'svelte';
import { createSessionReadable } from './createSessionReadable.js';
const KEY = Symbol('bc-headless');
// Svelte throws `lifecycle_outside_component` for a context call outside component
// initialisation; its message names `getContext`, which the caller never wrote.
function inComponent(api, run) {
    try {
        return run();
    }
    catch (cause) {
        throw new StorefrontConfigError(`${api}: call it while a component initialises (top level of its <script>), not in an event handler, effect or after an await`, { field: api }, cause);
    }
}
/**
 * Makes a storefront available to this component's children. `<StorefrontProvider>` does it for
 * you; without it, put svelte-query's `QueryClientProvider` (or `setQueryClientContext`) around too.
 */
export function setStorefrontContext(options) {
    const { client, session = createSessionStore({ storage: createCookieStorage() }), ...layer } = options;
    if (!client?.config)
        throw new StorefrontConfigError('setStorefrontContext: options.client is required (createStorefrontClient)', { field: 'options.client' });
    const storefront = { client, session, sessionState: createSessionReadable(session), queries: storefrontQueries(client, { ...layer, session }) };
    return inComponent('setStorefrontContext', () => setContext(KEY, storefront));
}
/**
 * The storefront set by `<StorefrontProvider>` or `setStorefrontContext` above this component.
 * @param api the caller's name for error messages (the `useX` functions pass theirs)
 */
export function getStorefrontContext(api = 'getStorefrontContext') {
    const storefront = inComponent(api, () => getContext(KEY));
    if (!storefront)
        throw new StorefrontConfigError(`${api}: no storefront above this component; wrap the app in <StorefrontProvider {client}> or call setStorefrontContext({ client }) in a parent`, { field: api });
    return storefront;
}
/** The storefront of this component tree: client, session and the core's queries (same as `getStorefrontContext`). */
export const useStorefront = () => getStorefrontContext('useStorefront');
