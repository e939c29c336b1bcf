import { resolveRoute } from '@bc-headless/core/queries';
import { useStorefront } from '@bc-headless/react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useRouteLoaderData } from 'react-router';
import { findCachedPath, appPathOf, type ResolvedPath } from '../bigcommercePath.js';
import { useT } from '../i18n.js';
import { routing } from '../localeRouting.js';
import { CatalogPage } from '../pages/CatalogPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { ProductPage } from '../pages/ProductPage.js';
import type { loader as rootLoader } from '../root.js';
import { useAppNavigate, useLocation, useUrlLocale } from '../router.js';

// Any path the app's own routes do not know: BigCommerce's product and category paths (what the
// store, the sitemap and llms.txt link to), rendered in place. On the server the root loader
// resolves it (`site.route`) and sets the status (404 when it is nothing); in the browser a link
// the app rendered is found in the cached data, anything else is asked of `site.route`.

/** The status comes from the root loader; this route only needs to exist on the server. */
export function loader() {
  return null;
}

// Client navigations resolve in the component (no server round trip).
export function clientLoader() {
  return null;
}

export default function BigCommercePath() {
  const { t } = useT();
  const root = useRouteLoaderData<typeof rootLoader>('root');
  const { pathname, params } = useLocation();
  const locale = useUrlLocale();
  const queryClient = useQueryClient();
  const { client } = useStorefront();
  const navigate = useAppNavigate();
  const known: ResolvedPath | null = (root?.resolved?.path === pathname ? root.resolved : null) ?? findCachedPath(queryClient, pathname);
  const lookup = useQuery({
    queryKey: ['bc-headless-demo', 'route', locale, pathname, params.toString()],
    queryFn: () => resolveRoute(client, pathname + (params.size ? `?${params}` : ''), { locale, routing }),
    // Not asked again for the path the server already found to be nothing.
    enabled: !known && root?.unknownPath !== pathname,
    staleTime: Infinity,
  });
  const route = lookup.data;
  // A BigCommerce redirect met on a client-side navigation: follow it (same-site through the router).
  useEffect(() => {
    if (route?.kind !== 'redirect') return;
    if (route.external) window.location.assign(route.location);
    else navigate(routing.parse(route.location).path, { replace: true });
  }, [route, navigate]);

  const found = known ?? (route && (route.kind === 'product' || route.kind === 'category') ? { kind: route.kind, entityId: route.entityId, appPath: appPathOf(route.kind, route.entityId) } : null);
  if (!found) return !known && lookup.isFetching ? <p className="loading" role="status">{t('common.loading')}</p> : <NotFoundPage />;
  if (found.kind === 'product') return <ProductPage key={`product/${found.entityId}`} entityId={found.entityId} />;
  const paging = { after: params.get('after'), before: params.get('before'), page: Number(params.get('page') ?? 1) };
  return <CatalogPage key={`category/${found.entityId}`} categoryEntityId={found.entityId} {...paging} />;
}
