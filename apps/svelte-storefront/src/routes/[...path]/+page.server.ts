// The demo's route table is demo-kit's (matchRoute): anything it does not know is a real 404, and
// so is a product the store does not have (known once the layout's load has prefetched the view).
import { matchRoute } from '@bc-headless/demo-kit/browser';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Unknown paths and products answer 404 (the root +error.svelte shows the not-found page in the shell). */
export const load: PageServerLoad = async ({ url, locals, parent }) => {
  const { routePath } = await parent();
  const route = matchRoute(routePath, url.searchParams);
  if (route.name === 'not-found') error(404, 'Not found');
  if (route.name === 'product') {
    const { context } = locals;
    if (context.queryClient.getQueryData(context.queries.product(route.entityId, context.state).queryKey) == null) error(404, 'Not found');
  }
};
