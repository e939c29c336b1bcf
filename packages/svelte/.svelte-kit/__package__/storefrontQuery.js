import { createMutation, createQuery } from '@tanstack/svelte-query';
import { getStorefrontContext } from './storefrontContext.js';
/**
 * A svelte-query query over one of the core's factories. The factory runs inside svelte-query's
 * options function with `sessionState.current`, so a change of locale, customer or cart (or of
 * anything reactive the caller's function reads) re-keys it. INTERNAL.
 */
export function storefrontQuery(api, options) {
    const { queries, sessionState } = getStorefrontContext(api);
    return createQuery(() => options(queries, sessionState.current));
}
/** A svelte-query mutation over one of the core's mutations, built once per component. INTERNAL. */
export function storefrontMutation(api, options) {
    const built = options(getStorefrontContext(api).queries);
    return createMutation(() => built);
}
