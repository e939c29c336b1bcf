import type { SessionState, SessionStore } from '../createSessionStore.js';
import type { StorefrontClient } from '../createStorefrontClient.js';
import type { RouteCaller } from './createRouteCaller.js';
import type { CustomerScope } from './customerScope.js';
import type { StorefrontKeys } from './storefrontKeys.js';

/** The client parts the layer uses: the browser client and the server's request-scoped one both fit. */
export type QueryLayerClient = Pick<StorefrontClient, 'config' | 'request'>;

/** What the query and mutation factories share. INTERNAL. */
export interface QueryLayerContext {
  client: QueryLayerClient;
  session: SessionStore;
  keys: StorefrontKeys;
  routes: RouteCaller;
  imageWidth: number;
  pageSize: number;
  /** The snapshot to key and fetch by: the one given, else the store's current one. */
  state(given?: SessionState): SessionState;
  /** The locale a request asks for (`null`: the store's default) and the key part naming it. */
  locale(state: SessionState): { locale: string | null; key: string };
  scope(state: SessionState): CustomerScope;
}

/** How long answers stay fresh, in ms. Catalog data changes rarely; a shopper's data only through our own mutations. */
export const STALE_TIME = { catalog: 60_000, settings: 300_000, shopper: 30_000 } as const;

/** The mutation scope (`scope.id`) of everything that changes the cart or its checkout: they run one at a time. */
export const CART_SCOPE = 'bc-headless:cart';
