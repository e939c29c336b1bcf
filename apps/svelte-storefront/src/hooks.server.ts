// Every request: the process's storefront, the shopper's address, a request context for the loads,
// and a log of what this server sent BigCommerce (the Requests panel).
import type { Handle } from '@sveltejs/kit/hooks';
import { appStorefront } from '#lib/server/storefront.ts';

export const handle: Handle = async ({ event, resolve }) => {
  const app = await appStorefront();
  // The TCP peer: adapter-node's ADDRESS_HEADER/XFF_DEPTH are left unset on purpose, so the one
  // place forwarded headers are judged is the core (TRUSTED_PROXIES, server.md).
  const remoteAddress = event.getClientAddress();
  return app.withLog(() => {
    event.locals.storefront = app.storefront;
    event.locals.client = app.client;
    event.locals.remoteAddress = remoteAddress;
    event.locals.info = { backend: app.backend.kind, inspectorUrl: app.backend.inspectorUrl };
    event.locals.requests = () => app.log()?.getSnapshot() ?? [];
    if (!event.url.pathname.startsWith('/api/')) {
      event.locals.context = app.storefront.requestContext(event.request, { remoteAddress });
    }
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.context?.locale?.slice(0, 2) ?? 'en'),
    });
  });
};
