import { resolveRoute } from '@bc-headless/core/queries';
import { data, redirect } from 'react-router';
import { appContext } from '../appContext.js';
import { routing, sessionLocaleOf } from '../localeRouting.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import type { Route } from './+types/notFound';

/**
 * Any path the app's own routes do not know is asked of BigCommerce (`site.route`, through the
 * core's `resolveRoute`): the store's redirects are answered with their status; a product or
 * category path (what the sitemap and llms.txt list) sends to the app's page for it; anything
 * else is a real 404.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const { locale, path } = routing.parse(request.url);
  const ctx = app.storefront.requestContext(request, { remoteAddress: app.remoteAddress, locale: sessionLocaleOf(locale) });
  // In the URL's locale; a redirect's target keeps the locale prefix (`/fr/old-x/` → `/fr/x/`).
  const route = await resolveRoute(ctx.client, path, { locale, routing });
  const slug = (path: string) => path.replace(/\/$/, '');
  if (route.kind === 'redirect') return redirect(route.location, route.status);
  if (route.kind === 'product') return redirect(routing.href(`/product/${route.entityId}${slug(route.path)}`, locale), 301);
  if (route.kind === 'category') return redirect(routing.href(`/category/${route.entityId}${slug(route.path)}`, locale), 301);
  return data(null, { status: 404 });
}

// In the browser, an unknown path renders at once (the app's links never point at one).
export function clientLoader() {
  return null;
}

export default function NotFound() {
  return <NotFoundPage />;
}
