import { createBoundedExpiryMap } from './createBoundedExpiryMap.js';
import type { ServerClient } from './createServerClient.js';
import { loginRoute, logoutRoute } from './handler/authRoutes.js';
import { checkoutRoute } from './handler/checkoutRoute.js';
import { isNavigationRequest, isSameSiteRequest } from './handler/checkOrigin.js';
import { errorToResponse } from './handler/errorToResponse.js';
import { graphqlRoute } from './handler/graphqlRoute.js';
import type { HandlerContext } from './handler/HandlerContext.js';
import { placeOrderRoute } from './handler/placeOrderRoute.js';
import { errorResponse } from './handler/responses.js';
import { resolveHandlerOptions } from './handler/resolveHandlerOptions.js';
import { sessionSyncRoute } from './handler/sessionSyncRoute.js';

/** Options of `createStorefrontHandler`. */
export interface StorefrontHandlerOptions {
  /** The server client from `createServerClient`. */
  client: ServerClient;
  /** Where the handler is mounted (default `/api/storefront`). */
  basePath?: string;
  /** Largest accepted request body in bytes (default 100 000). */
  maxBodyBytes?: number;
  /** Name of the browser-readable session cookie of `createCookieStorage` (default `bc_session`). */
  browserSessionCookie?: string;
  /** The app's login page, where `GET /login?redirectTo=` sends shoppers (default `/login`). */
  loginPagePath?: string;
  /** The app's cart page, used when there is no cart to check out (default `/cart`). */
  cartPagePath?: string;
  /** Where hosted checkout lives on the store's domain (default `/checkout`). */
  checkoutRedirectTo?: string;
  /** Extra origins allowed to POST (e.g. `https://shop.example` when a proxy rewrites Host). */
  allowedOrigins?: string[];
  /**
   * Origin of BigCommerce's hosted pages (default: the GraphQL endpoint's). A session-sync
   * `redirectTo` that is absolute on this origin or on the handler's own is used as a path here.
   */
  storeOrigin?: string;
  /** The app's locale for a request (`Accept-Language` upstream). */
  locale?: (request: Request) => string | undefined;
  /** For edge runtimes: the client's address when no `remoteAddress` is passed per call. */
  getRemoteAddress?: (request: Request) => string | undefined;
  /** Clock for the lockout memory (default `Date.now`). */
  now?: () => number;
  /** Most client IPs remembered as locked out (default 10 000). */
  lockoutMaxEntries?: number;
  /** Receives unexpected errors (upstream failures, unknown payment outcomes) for logging. */
  onError?: (error: unknown, details: { route: string; correlationId?: string }) => void;
}

/** Per-call context: the connection's address (`toNodeHandler` fills it in). */
export interface StorefrontHandlerContext {
  /** The address of the peer that connected (the socket's), judged against `trustedProxies`. */
  remoteAddress?: string;
}

/** A Fetch API handler: runs on Node (`toNodeHandler`), edge runtimes and Vite's dev server. */
export type StorefrontHandler = (request: Request, context?: StorefrontHandlerContext) => Promise<Response>;

type Route = (ctx: HandlerContext) => Promise<Response>;
const ROUTES: Record<string, Route> = {
  '/graphql': graphqlRoute,
  '/login': loginRoute,
  '/logout': logoutRoute,
  '/checkout': checkoutRoute,
  '/session-sync': sessionSyncRoute,
  '/place-order': placeOrderRoute,
};
const ALWAYS_CHECK_ORIGIN = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Session sync spends the shopper's attempts (three lock their IP out): only as a top-level
// navigation (see isNavigationRequest). /logout and /checkout stay plain links on purpose.
const NAVIGATION_ONLY = new Set(['/session-sync']);

/**
 * Creates the storefront's server endpoint: the GraphQL pass-through, login/logout with the
 * httpOnly session cookie, session sync out (`/checkout`) and in (`/session-sync`), and
 * `/place-order`. Pure: no network or timers until a request arrives.
 */
export function createStorefrontHandler(options: StorefrontHandlerOptions): StorefrontHandler {
  const resolved = resolveHandlerOptions(options, 'createStorefrontHandler');
  const { basePath } = resolved;
  const lockout = createBoundedExpiryMap<string, true>({ maxEntries: options.lockoutMaxEntries ?? 10_000, now: resolved.now });

  return async (request: Request, context: StorefrontHandlerContext = {}): Promise<Response> => {
    const url = URL.parse(request.url);
    if (!url) return errorResponse(400, 'BAD_REQUEST', 'The request URL could not be read.');
    const path = url.pathname;
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return errorResponse(404, 'NOT_FOUND', `No storefront route at ${path}.`);
    const route = path.slice(basePath.length) || '/';
    const handle = Object.hasOwn(ROUTES, route) ? ROUTES[route] : undefined;
    if (!handle) return errorResponse(404, 'NOT_FOUND', `No storefront route ${route} under ${basePath}.`);
    if (ALWAYS_CHECK_ORIGIN.has(request.method) && !isSameSiteRequest(request, url.host, resolved.allowedOrigins)) {
      return errorResponse(403, 'CROSS_SITE_REQUEST', 'Cross-site requests are refused; add the origin to allowedOrigins if it is yours.');
    }
    if (request.method === 'GET' && NAVIGATION_ONLY.has(route) && !isNavigationRequest(request)) {
      return errorResponse(403, 'NAVIGATION_REQUIRED', `GET ${route} must be opened as a page, not loaded as a resource.`);
    }
    const remoteAddress = context.remoteAddress ?? resolved.getRemoteAddress?.(request);
    let correlationId = '';
    try {
      if (!remoteAddress) {
        throw new TypeError('createStorefrontHandler: no remoteAddress for this request; use toNodeHandler, pass { remoteAddress } as the second argument, or set options.getRemoteAddress.');
      }
      const locale = resolved.locale?.(request);
      const scoped = options.client.forRequest(request, { remoteAddress, locale });
      correlationId = scoped.correlationId;
      const ctx: HandlerContext = {
        request,
        url,
        route,
        options: resolved,
        scoped,
        anonymous: () => options.client.forRequest(request, { remoteAddress, customerAccessToken: null, locale }),
        lockout,
      };
      return await handle(ctx);
    } catch (error) {
      resolved.onError?.(error, { route, correlationId });
      return errorToResponse(error, correlationId);
    }
  };
}
