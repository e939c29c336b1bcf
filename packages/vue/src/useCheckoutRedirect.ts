import { injectStorefront } from './useStorefront.js';

/**
 * Hosted checkout: `href` is the handler's `…/checkout`, which redirects through session sync so
 * checkout opens signed in with the same cart; `redirect()` goes there.
 */
export function useCheckoutRedirect(): { href: string; redirect: () => void } {
  const href = injectStorefront('useCheckoutRedirect').queries.checkoutUrl();
  return { href, redirect: () => location.assign(href) };
}
