// The demo's route table is demo-kit's (matchRoute): anything it does not know is a real 404.
import { matchRoute } from '@bc-headless/demo-kit/browser';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Unknown paths answer 404 (the root +error.svelte shows the not-found page in the shell). */
export const load: PageServerLoad = ({ url }) => {
  if (matchRoute(url.pathname, url.searchParams).name === 'not-found') error(404, 'Not found');
};
