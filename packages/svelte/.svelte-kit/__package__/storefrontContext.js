import { createCookieStorage, createSessionStore } from '@bc-headless/core';
import { storefrontQueries } from '@bc-headless/core/queries';
import { setQueryClientContext } from '@tanstack/svelte-query';
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
        throw new Error(`${api}: call it while a component initialises (at the top level of its <script>, not in an event handler, effect or after an await); keep what it returns and use that later`, { cause });
    }
}
/** Makes a storefront available to this component's children (`<StorefrontProvider>` does it for you). */
export function setStorefrontContext(options) {
    const { client, session = createSessionStore({ storage: createCookieStorage() }), queryClient, ...layer } = options;
    const storefront = { client, session, sessionState: createSessionReadable(session), queries: storefrontQueries(client, { ...layer, session }) };
    return inComponent('setStorefrontContext', () => {
        if (queryClient)
            setQueryClientContext(queryClient);
        return setContext(KEY, storefront);
    });
}
/** The storefront set by `<StorefrontProvider>` or `setStorefrontContext` above this component. */
export function getStorefrontContext(api = 'getStorefrontContext') {
    const storefront = inComponent(api, () => getContext(KEY));
    if (!storefront)
        throw new Error(`${api}: no storefront above this component; wrap the app in <StorefrontProvider client={client}> or call setStorefrontContext({ client }) in a parent component`);
    return storefront;
}
/** The storefront of this component tree: client, session and the core's queries (same as `getStorefrontContext`). */
export const useStorefront = () => getStorefrontContext('useStorefront');
