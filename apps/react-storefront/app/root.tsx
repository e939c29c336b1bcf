import { resolveRoute } from '@bc-headless/core/queries';
import { createDemoStorefront, demoInfoQuery, firstViewParts, languageOf, matchRoute } from '@bc-headless/demo-kit/browser';
import styles from '@bc-headless/demo-kit/styles.css?url';
import { StorefrontProvider } from '@bc-headless/react';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { data, Links, redirect, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import { appContext } from './appContext.js';
import { appPathOf, type ResolvedPath } from './bigcommercePath.js';
import { browserQueryClient } from './browserQueryClient.js';
import { ACCOUNT_PATH, clientTitle } from './clientTitle.js';
import { routing, sessionLocaleOf } from './localeRouting.js';
import { homeLocaleRedirect } from './negotiate.server.js';
import { pageHead } from './pageHead.server.js';
import { Shell } from './components/Shell.js';
import { RequestLogContext, ServerRequestsContext } from './requestLogContext.js';

const ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%238a4b2a'/%3E%3C/svg%3E";

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: ICON },
];

// The first view's head, built on the server (pageHead.server.ts); after a client-side navigation
// a title from the query cache (clientTitle.ts). Crawlers and link previews load each URL as a
// document, so they always get the full head.
export const meta: Route.MetaFunction = ({ loaderData, location }) => {
  if (loaderData && (typeof document === 'undefined' || loaderData.headFor === location.pathname + location.search)) return loaderData.head as MetaDescriptors;
  return [{ title: clientTitle(location.pathname, location.search) }];
};
type MetaDescriptors = ReturnType<Route.MetaFunction>;

/**
 * Every page's data, server side, in one GraphQL request: the header's (settings, categories,
 * customer, cart) and the page's (grid or product), chosen by demo-kit's `firstViewParts` with the
 * exact keys the hooks use, read as the shopper (cookies, IP through the trusted proxy).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const url = new URL(request.url);
  // The locale is the URL's (`/fr/...`); `/en/x`, `/FR/x` and `/fr` redirect to the one URL for them.
  const home = homeLocaleRedirect(request);
  if (home) throw redirect(home, 302);
  const { locale, path, canonical } = routing.parse(url);
  if (!canonical) throw redirect(routing.href(path, locale), 301);
  const pathname = routing.parse(url.pathname).path;
  const ctx = app.storefront.requestContext(request, { remoteAddress: app.remoteAddress, locale: sessionLocaleOf(locale) });
  // A path the app's own routes do not know is BigCommerce's (`/house-blend/`, `/fr/coffee/`):
  // `site.route` says what it is (one request), and the page renders in place; the store's
  // redirects are answered with their status, anything else is a 404.
  let resolved: (ResolvedPath & { path: string }) | null = null;
  let unknown = false;
  if (matchRoute(pathname, url.searchParams).name === 'not-found' && pathname !== ACCOUNT_PATH) {
    const route = await resolveRoute(ctx.client, pathname + url.search, { locale, routing });
    if (route.kind === 'redirect') throw redirect(route.location, route.status);
    if (route.kind === 'product' || route.kind === 'category') resolved = { kind: route.kind, entityId: route.entityId, appPath: appPathOf(route.kind, route.entityId), path: pathname };
    else unknown = true;
  }
  const viewPath = resolved?.appPath ?? pathname;
  const view = firstViewParts({ pathname: viewPath, search: url.search });
  // The checkout page also renders with its checkout: a second request beside the view's (the
  // view document has no checkout part), in parallel.
  const checkout = matchRoute(viewPath, url.searchParams).name === 'checkout' && ctx.state.cartId ? ctx.queryClient.prefetchQuery(ctx.queries.checkout(ctx.state)) : null;
  await Promise.all([ctx.prefetchView(view), checkout]);
  ctx.queryClient.setQueryData(demoInfoQuery().queryKey, app.info);
  // No cart id: no cart, known without asking (the browser's query answers null the same way);
  // the server render then shows "Your cart is empty." instead of a spinner.
  if (!ctx.state.cartId) ctx.queryClient.setQueryData(ctx.queries.cart(ctx.state).queryKey, null);
  // Likewise a guest: no customer (pages that wait for it, like checkout, render at once).
  if (!ctx.state.customer) ctx.queryClient.setQueryData(ctx.queries.customer(ctx.state).queryKey, null);
  const payload = { headFor: url.pathname + url.search, resolved, unknownPath: unknown ? pathname : null, head: pageHead(ctx, url, app.origin, viewPath, pathname), dehydrated: dehydrate(ctx.queryClient), session: ctx.state, requests: app.requests() };
  // An unknown product is a real 404 (the page says so too).
  const missing = view.product !== undefined && ctx.queryClient.getQueryData(ctx.queries.product(view.product, ctx.state).queryKey) == null;
  return missing || unknown ? data(payload, { status: 404 }) : payload;
}

// The first view's data is server-rendered; after that the hooks fetch in the browser (as the SPA
// did), so the root loader never runs again on client navigation.
export const shouldRevalidate = () => false;

/** The document: head from the routes' meta/links, the app, React Router's scripts. */
export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root');
  return (
    <html lang={languageOf(root?.session.locale ?? null)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/** The storefront for this page: browser client and session (demo-kit), the hydrated query cache. */
export default function App({ loaderData }: Route.ComponentProps) {
  // One per page in the browser, one per request on the server (where nothing is fetched).
  const [storefront] = useState(() => {
    const made = createDemoStorefront();
    // The browser session reads in the URL's locale before the first render, as the server did:
    // same query keys, so hydration finds the server's data and sends nothing.
    if (typeof document !== 'undefined') made.session.setLocale(loaderData.session.locale);
    return made;
  });
  const [queryClient] = useState(() => browserQueryClient() ?? new QueryClient());
  return (
    <StorefrontProvider client={storefront.client} session={storefront.session} queryClient={queryClient} serverSnapshot={loaderData.session}>
      <HydrationBoundary state={loaderData.dehydrated}>
        <RequestLogContext.Provider value={storefront.requestLog}>
          <ServerRequestsContext.Provider value={loaderData.requests}>
            <Shell>
              <Outlet />
            </Shell>
          </ServerRequestsContext.Provider>
        </RequestLogContext.Provider>
      </HydrationBoundary>
    </StorefrontProvider>
  );
}
