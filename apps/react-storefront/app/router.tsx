import { matchRoute, type DemoRoute } from '@bc-headless/demo-kit/browser';
import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, useLocation as useRouterLocation } from 'react-router';

// The pages were written against a tiny `href`-based router; these keep that shape over React Router.

/** The current path and query. */
export function useLocation(): { pathname: string; params: URLSearchParams; href: string } {
  const { pathname, search } = useRouterLocation();
  return { pathname, params: new URLSearchParams(search), href: pathname + search };
}

/** The demo route of the current address (demo-kit's route table: the pages' parameters). */
export function useDemoRoute(): DemoRoute {
  const { pathname, params } = useLocation();
  return matchRoute(pathname, params);
}

/** A link that navigates in the app (React Router's `<Link>`, a plain link without JavaScript). */
export function Link({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <RouterLink to={href} {...rest} />;
}
