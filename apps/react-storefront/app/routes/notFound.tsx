import { resolveRoute } from '@bc-headless/core/queries';
import { data, redirect } from 'react-router';
import { appContext } from '../appContext.js';
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
  const ctx = app.storefront.requestContext(request, { remoteAddress: app.remoteAddress });
  const url = new URL(request.url);
  const route = await resolveRoute(ctx.client, url.pathname + url.search);
  const slug = (path: string) => path.replace(/\/$/, '');
  if (route.kind === 'redirect') return redirect(route.location, route.status);
  if (route.kind === 'product') return redirect(`/product/${route.entityId}${slug(route.path)}`, 301);
  if (route.kind === 'category') return redirect(`/category/${route.entityId}${slug(route.path)}`, 301);
  return data(null, { status: 404 });
}

// In the browser, an unknown path renders at once (the app's links never point at one).
export function clientLoader() {
  return null;
}

export default function NotFound() {
  return <NotFoundPage />;
}
