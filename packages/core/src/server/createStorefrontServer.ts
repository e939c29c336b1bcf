import { createSessionStore, type SessionState, type SessionStore } from '../createSessionStore.js';
import type { ViewParts, ViewQueryClient } from '../queries/prefetchView.js';
import { storefrontQueries, type StorefrontQueries, type StorefrontQueriesOptions } from '../queries/storefrontQueries.js';
import type { RequestScopedClient } from './createServerClient.js';
import { createStorefrontHandler, type StorefrontHandler, type StorefrontHandlerContext, type StorefrontHandlerOptions } from './createStorefrontHandler.js';
import { readBrowserSession } from './handler/browserSession.js';
import { resolveHandlerOptions } from './handler/resolveHandlerOptions.js';

/** Options of `createStorefrontServer`: the storefront handler's, plus what server rendering needs. */
export interface StorefrontServerOptions<Q extends ViewQueryClient = ViewQueryClient> extends StorefrontHandlerOptions {
  /**
   * Makes a fresh, empty `QueryClient` for one request: `() => new QueryClient()` from the
   * binding the app renders with (Vue Query has its own `QueryClient` class, so core never picks one).
   */
  queryClient: () => Q;
  /** The query layer's options, as the browser passes them to `storefrontQueries` (same keys, same page size). */
  queries?: Pick<StorefrontQueriesOptions, 'imageWidth' | 'pageSize'>;
}

/** Per-request options of `requestContext`. */
export interface RequestContextOptions extends StorefrontHandlerContext {
  /**
   * The locale the page is rendered in (e.g. from `createLocaleRouting().parse(url)`). Wins over the
   * handler's `locale(request)` and the session cookie's, and becomes the session snapshot's locale.
   */
  locale?: string | null;
}

/** What one server render needs, all scoped to one incoming request. */
export interface StorefrontRequestContext<Q extends ViewQueryClient = ViewQueryClient> {
  /** The request-scoped BigCommerce client: shopper IP (trusted proxy), customer token from the httpOnly cookie, locale. */
  client: RequestScopedClient;
  /** The shopper's session, read from the browser session cookie. Writes stay in memory: a render never sets cookies. */
  session: SessionStore;
  /** The session snapshot the render keys and fetches by (the browser's, so keys match after hydration). */
  state: SessionState;
  /** The query layer over `client`, with the handler's `basePath` as `apiBase`. */
  queries: StorefrontQueries;
  /** A fresh QueryClient, for this request only. */
  queryClient: Q;
  /** The locale the catalog is read in (`null`: the store's default). */
  locale: string | null;
  /** `queries.prefetchView(queryClient, view, state)`: a route's data in one GraphQL request. */
  prefetchView(view: ViewParts): Promise<void>;
}

/** The storefront handler and the server-rendering request context, made from one configuration. */
export interface StorefrontServer<Q extends ViewQueryClient = ViewQueryClient> {
  /** The Fetch API handler of `createStorefrontHandler` (mount it at `basePath`). */
  handler: StorefrontHandler;
  /** Everything a server render needs for `request`; pure, no network until something is fetched. */
  requestContext(request: Request, options?: RequestContextOptions): StorefrontRequestContext<Q>;
}

const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * Creates the storefront's server side from one set of options: the storefront handler, and a
 * request context for server rendering that reads the same cookies (customer token, session), the
 * same trusted-proxy settings and the same locale as the handler. One factory, so the two cannot
 * be configured apart. Validates now (throwing `TypeError` naming the option); no network.
 */
export function createStorefrontServer<Q extends ViewQueryClient>(options: StorefrontServerOptions<Q>): StorefrontServer<Q> {
  const resolved = resolveHandlerOptions(options, 'createStorefrontServer');
  if (typeof options.queryClient !== 'function') {
    throw new TypeError('createStorefrontServer: options.queryClient must make a fresh QueryClient per request, e.g. () => new QueryClient() from your TanStack Query binding.');
  }
  const handler = createStorefrontHandler(options);
  const { client, basePath, browserSessionCookie } = resolved;
  const layerOptions = { apiBase: basePath, ...options.queries };
  // Fails at start-up rather than at the first render (bad imageWidth, a retry/locale mix-up).
  storefrontQueries(client.forRequest(new Request('http://localhost/'), { remoteAddress: '127.0.0.1' }), { session: createSessionStore(), ...layerOptions });

  return {
    handler,
    requestContext(request, context = {}) {
      const remoteAddress = context.remoteAddress ?? resolved.getRemoteAddress?.(request);
      if (!remoteAddress) {
        throw new TypeError('createStorefrontServer: requestContext needs the connection\'s address; pass { remoteAddress } (Node: req.socket.remoteAddress) or set options.getRemoteAddress.');
      }
      const given = context.locale;
      if (given != null && (typeof given !== 'string' || !LOCALE.test(given))) {
        throw new TypeError(`createStorefrontServer: requestContext locale ${JSON.stringify(given)} is not a language tag like "fr" or "fr-CA".`);
      }
      const scoped = client.forRequest(request, { remoteAddress, locale: given ?? resolved.locale?.(request) });
      const cookieSession = readBrowserSession(request, browserSessionCookie);
      const snapshot = {
        cartId: cookieSession.cartId,
        visitorId: cookieSession.visitorId,
        locale: given === undefined ? cookieSession.locale : given,
        // The session cookie is written by browser JavaScript, so anyone can claim a customer in it;
        // only the httpOnly customer token proves one. Without it the render is a guest's.
        customer: scoped.customerAccessToken ? cookieSession.customer : null,
      };
      let saved = JSON.stringify(snapshot);
      const session = createSessionStore({ storage: { getItem: () => saved, setItem: (value) => void (saved = value) } });
      const queries = storefrontQueries(scoped, { session, ...layerOptions });
      const queryClient = options.queryClient();
      const state = session.getSnapshot();
      return {
        client: scoped,
        session,
        state,
        queries,
        queryClient,
        locale: queries.locale(state),
        prefetchView: (view) => queries.prefetchView(queryClient, view, state),
      };
    },
  };
}
