// The storefront handler (@bc-headless/core/server): the browser's client talks to
// /api/storefront/* on this same server, with the shopper's address from the connection.
import type { RequestHandler } from './$types';

const handle: RequestHandler = ({ request, locals }) => locals.storefront.handler(request, { remoteAddress: locals.remoteAddress });

/** GET /api/storefront/* (hosted checkout redirect, session sync, ...). */
export const GET = handle;
/** POST /api/storefront/* (GraphQL, sign in, place order, ...). */
export const POST = handle;
