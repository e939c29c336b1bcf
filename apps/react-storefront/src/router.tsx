import { currentHref, isPlainLeftClick, navigate, subscribeToLocation } from '@bc-headless/demo-kit/browser';
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// The History API part (navigate, the location and its changes) is demo-kit's; this adds React.
export { navigate };

/** The current path and query, re-rendering on navigation. */
export function useLocation(): { pathname: string; params: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribeToLocation, currentHref, () => '/');
  const url = new URL(href, 'http://local');
  return { pathname: url.pathname, params: url.searchParams, href };
}

/** A link that navigates in the app (a normal link for new tabs and modified clicks). */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
