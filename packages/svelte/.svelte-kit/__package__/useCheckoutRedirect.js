import { getStorefrontContext } from './storefrontContext.js';
/**
 * Hosted checkout: `href` is the handler's `…/checkout`, which redirects through session sync so
 * checkout opens signed in with the same cart; `redirect()` goes there.
 */
export function useCheckoutRedirect() {
    const href = getStorefrontContext('useCheckoutRedirect').queries.checkoutUrl();
    return { href, redirect: () => location.assign(href) };
}
