import { checkLocaleAndRetry } from '../checkLocaleAndRetry.js';
import type { SessionState, SessionStore } from '../createSessionStore.js';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import { authMutations } from './authMutations.js';
import { cartMutations } from './cartMutations.js';
import { catalogQueries } from './catalogQueries.js';
import { checkoutMutations } from './checkoutMutations.js';
import { createRouteCaller } from './createRouteCaller.js';
import { customerScope } from './customerScope.js';
import { placeOrder } from './placeOrder.js';
import { prefetchView } from './prefetchView.js';
import type { QueryLayerClient, QueryLayerContext } from './QueryLayerContext.js';
import { shopperQueries } from './shopperQueries.js';
import { storefrontKeys } from './storefrontKeys.js';

/** Options of `storefrontQueries`. */
export interface StorefrontQueriesOptions {
  /** The shopper's session: cart id, customer profile and locale are read from it and written to it. */
  session: SessionStore;
  /** Where the storefront handler is mounted (default `/api/storefront`). */
  apiBase?: string;
  /** Width in pixels of product and cart images (default 500). */
  imageWidth?: number;
  /** Products per page (default 12; at most 50, BigCommerce's limit). */
  pageSize?: number;
}

/**
 * The storefront's TanStack Query layer: query option factories and mutation options that every
 * binding (React, Vue, Svelte) takes as they are. Queries accept the session snapshot the
 * framework tracks as their last argument, so a change of locale, customer or cart re-keys them.
 * Pure: nothing is fetched until a query runs. `client` is the browser client, or on a server
 * the handler's request-scoped client (`serverClient.forRequest(request, …)`) to prefetch with.
 */
export function storefrontQueries(client: QueryLayerClient, options: StorefrontQueriesOptions) {
  const { session, imageWidth = 500, pageSize = 12 } = options ?? ({} as StorefrontQueriesOptions);
  if (typeof client?.request !== 'function' || !client.config) {
    throw new StorefrontConfigError('storefrontQueries: client must be a storefront client; pass createStorefrontClient(config) (or a server request-scoped client)', { field: 'client' });
  }
  // The browser entry cannot afford these checks; the query layer can, at the app's start.
  checkLocaleAndRetry(client.config, 'createStorefrontClient');
  if (typeof session?.getSnapshot !== 'function') {
    throw new StorefrontConfigError('storefrontQueries: options.session must be a session store; pass { session: createSessionStore({ storage }) }', { field: 'options.session' });
  }
  if (!Number.isInteger(imageWidth) || imageWidth < 1) throw new StorefrontConfigError('storefrontQueries: options.imageWidth must be a positive integer', { field: 'options.imageWidth' });
  const ctx: QueryLayerContext = {
    client,
    session,
    keys: storefrontKeys(client.config.channelId),
    routes: createRouteCaller(client.config, options.apiBase),
    imageWidth,
    pageSize,
    state: (given) => given ?? session.getSnapshot(),
    locale: (state) => {
      const locale = state.locale ?? client.config.locale ?? null;
      return { locale, key: locale ?? 'default' };
    },
    scope: customerScope,
  };
  const catalog = catalogQueries(ctx);
  const shopper = shopperQueries(ctx);
  return {
    /** The query keys, for `invalidateQueries` and `getQueryData`. */
    keys: ctx.keys,
    /** The locale the catalog is read in: the session's choice, else the client's default, else null. */
    locale: (state?: SessionState) => ctx.locale(ctx.state(state)).locale,
    ...catalog,
    /**
     * Fetches a view's data in one GraphQL request and writes each part where its own query keeps
     * it (same key, same data), so the view's queries find it fresh and send nothing:
     * `q.prefetchView(queryClient, { settings: true, categories: true, products: params, customer: true, cart: true }, state?)`,
     * or `product: entityId` for a product page. Parts already fresh or being fetched are left out;
     * a cart in a language other than the client's is one more request beside it. Never rejects: if the request fails nothing is written, and a query
     * already waiting for its part sends its own request instead.
     */
    prefetchView: prefetchView(ctx, catalog, shopper),
    ...shopper,
    ...cartMutations(ctx),
    ...authMutations(ctx),
    ...checkoutMutations(ctx, shopper),
    /** Places the order (completeCheckout + payment on the server, one correlation id). */
    placeOrder: () => placeOrder(ctx),
    /**
     * Where to send the shopper for hosted checkout: the handler's `GET …/checkout` answers with a
     * session-sync redirect, so checkout opens with the same cart, signed in. Needs the session in
     * `createCookieStorage` (the handler reads the cart id from that cookie).
     */
    checkoutUrl: () => ctx.routes.url('/checkout'),
  };
}

/** What `storefrontQueries` returns. */
export type StorefrontQueries = ReturnType<typeof storefrontQueries>;
