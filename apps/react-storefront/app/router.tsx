import { matchRoute, type DemoRoute } from '@bc-headless/demo-kit/browser';
import { useCallback, type AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, useLocation as useRouterLocation, useNavigate, type NavigateOptions } from 'react-router';
import { routing } from './localeRouting.js';

// The pages were written against a tiny `href`-based router with locale-free paths; these keep
// that shape over React Router, adding and removing the URL's locale prefix (`/fr/...`).

/** The locale of the current URL (`en` for unprefixed paths). */
export function useUrlLocale(): string {
  return routing.parse(useRouterLocation().pathname).locale;
}

/** The current path (without its locale prefix) and query. */
export function useLocation(): { pathname: string; params: URLSearchParams; href: string } {
  const { pathname, search } = useRouterLocation();
  const path = routing.parse(pathname).path;
  return { pathname: path, params: new URLSearchParams(search), href: path + search };
}

/** The demo route of the current address (demo-kit's route table: the pages' parameters). */
export function useDemoRoute(): DemoRoute {
  const { pathname, params } = useLocation();
  return matchRoute(pathname, params);
}

/** A link to a locale-free path, in the current locale (React Router's `<Link>`; a plain link without JavaScript). */
export function Link({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <RouterLink to={routing.href(href, useUrlLocale())} {...rest} />;
}

/** `navigate(path)` to a locale-free path, in the current locale. */
export function useAppNavigate(): (path: string, options?: NavigateOptions) => void {
  const navigate = useNavigate();
  const locale = useUrlLocale();
  return useCallback((path, options) => void navigate(routing.href(path, locale), options), [navigate, locale]);
}
