// Every page of the demo: the route table is demo-kit's (matchRoute); the load prefetches what
// the page shows in one GraphQL request through the request context, and the page hydrates it.
import { firstViewParts, matchRoute } from '@bc-headless/demo-kit/browser';
import { dehydrate } from '@tanstack/svelte-query';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The page's data as dehydrated query state. Unknown paths are real 404s. */
export const load: PageServerLoad = async ({ locals, url }) => {
  if (matchRoute(url.pathname, url.searchParams).name === 'not-found') error(404, 'Not found');
  await locals.context.prefetchView(firstViewParts(url));
  return { state: dehydrate(locals.context.queryClient) };
};
