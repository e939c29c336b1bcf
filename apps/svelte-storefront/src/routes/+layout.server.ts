// What the page at this URL shows, prefetched in one GraphQL request through the request context:
// the header's settings, category tree, customer and cart, plus the page's grid or product
// (demo-kit's firstViewParts, the same keys the components read). The layout hydrates it before
// any component creates a query, so the browser sends nothing for the first view.
import { renderHeadTags } from '@bc-headless/core/seo';
import { demoPageHead } from '@bc-headless/demo-kit';
import { firstViewParts } from '@bc-headless/demo-kit/browser';
import { dehydrate } from '@tanstack/svelte-query';
import type { LayoutServerLoad } from './$types';

/** The view's dehydrated state, the session it was fetched for, and the requests that cost. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  await locals.context.prefetchView(firstViewParts(url));
  // The head from the core's SEO builders over the data just prefetched (demo-kit's demoPageHead,
  // shared with the other demos). JSON-LD blocks are data, not script: CSP's script-src does not
  // apply to them, so they carry no nonce (SvelteKit's nonce is only exposed to app.html).
  const head = renderHeadTags(demoPageHead(locals.context, { url, origin: url.origin }));
  return { state: dehydrate(locals.context.queryClient), session: locals.context.state, serverRequests: locals.requests(), head };
};
