'use client';

import { useCallback } from 'react';
import { useStorefront } from './useStorefront.js';

/**
 * Hosted checkout: `href` is the handler's `…/checkout`, which redirects through session sync so
 * checkout opens signed in with the same cart; `redirect()` goes there.
 */
export function useCheckoutRedirect(): { href: string; redirect: () => void } {
  const href = useStorefront().queries.checkoutUrl();
  return { href, redirect: useCallback(() => window.location.assign(href), [href]) };
}
