// The session every page renders with (the one the request context read from the cookies).
import type { LayoutServerLoad } from './$types';

/** The request's session snapshot. */
export const load: LayoutServerLoad = ({ locals }) => ({ session: locals.context.state });
