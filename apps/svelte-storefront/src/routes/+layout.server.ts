// What the page at this URL shows, prefetched in one GraphQL request through the request context:
// the header's settings, category tree, customer and cart, plus the page's grid or product
// (demo-kit's firstViewParts, the same keys the components read). The layout hydrates it before
// any component creates a query, so the browser sends nothing for the first view.
import { resolveRoute } from '@bc-headless/core/queries';
import { renderHeadTags } from '@bc-headless/core/seo';
import { demoPageHead } from '@bc-headless/demo-kit';
import { firstViewParts, matchRoute } from '@bc-headless/demo-kit/browser';
import { redirect } from '@sveltejs/kit';
import { dehydrate } from '@tanstack/svelte-query';
import type { LayoutServerLoad } from './$types';

/**
 * The view's dehydrated state, the session it was fetched for, the requests that cost, the head,
 * and `routePath`: the app route the URL shows. A path the app's own table does not know is asked
 * of BigCommerce (`site.route` through the core's resolveRoute): a product's or category's own
 * path renders in place, a redirect is answered with its status (301), anything else is the
 * page's 404 (+page.server.ts).
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  const { context } = locals;
  let routePath = url.pathname;
  if (matchRoute(url.pathname, url.searchParams).name === 'not-found') {
    const route = await resolveRoute(context.client, url.pathname + url.search, { locale: context.locale });
    if (route.kind === 'redirect') redirect(route.status, route.location);
    if (route.kind === 'product' || route.kind === 'category') routePath = `/${route.kind}/${route.entityId}`;
  }
  await context.prefetchView(firstViewParts({ pathname: routePath, search: url.search }));
  // The head from the core's SEO builders over the data just prefetched (demo-kit's demoPageHead,
  // shared with the other demos). JSON-LD blocks are data, not script: CSP's script-src does not
  // apply to them, so they carry no nonce (SvelteKit's nonce is only exposed to app.html).
  const head = renderHeadTags(demoPageHead(context, { url, origin: url.origin, routePath }));
  return { state: dehydrate(context.queryClient), session: context.state, serverRequests: locals.requests(), head, routePath };
};

// BigCommerce's paths end in a slash (/house-blend/) and the app's own do not: SvelteKit's
// default ('never') would answer every BigCommerce path with a 308 to another URL.
export const trailingSlash = 'ignore';
