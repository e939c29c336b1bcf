import { appContext } from '../appContext.js';
import type { Route } from './+types/api.storefront';

// The storefront handler (@bc-headless/core/server) as a resource route: the browser's client
// talks to /api/storefront/* on this same server, with the shopper's address from the connection.

/** GET /api/storefront/* (hosted checkout redirect, session sync, ...). */
export function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  return app.storefront.handler(request, { remoteAddress: app.remoteAddress });
}

/** POST /api/storefront/* (GraphQL, sign in, place order, ...). */
export const action = ({ request, context }: Route.ActionArgs) => loader({ request, context } as Route.LoaderArgs);
