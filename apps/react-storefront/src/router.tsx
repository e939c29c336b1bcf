import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// A router of a few lines: the History API, a `navigate` event, and links that push state.
const EVENT = 'storefront:navigate';
const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  window.addEventListener(EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(EVENT, listener);
  };
};
const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query, re-rendering on navigation. */
export function useLocation(): { pathname: string; params: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const url = new URL(href, 'http://local');
  return { pathname: url.pathname, params: url.searchParams, href };
}

/** Goes to `to` (a same-site path) without reloading the page. */
export function navigate(to: string, { replace = false } = {}) {
  if (to === snapshot()) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  window.scrollTo({ top: 0 });
  window.dispatchEvent(new Event(EVENT));
}

/** A link that navigates in the app (a normal link for new tabs and modified clicks). */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
