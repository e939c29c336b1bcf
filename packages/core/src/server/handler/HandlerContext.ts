import type { BoundedExpiryMap } from '../createBoundedExpiryMap.js';
import type { RequestScopedClient, ServerClient } from '../createServerClient.js';

/** Options of `createStorefrontHandler`, defaults filled in. */
export interface ResolvedHandlerOptions {
  client: ServerClient;
  basePath: string;
  maxBodyBytes: number;
  browserSessionCookie: string;
  loginPagePath: string;
  cartPagePath: string;
  checkoutRedirectTo: string;
  allowedOrigins: readonly string[];
  storeOrigin: string;
  now: () => number;
  locale?: (request: Request) => string | undefined;
  getRemoteAddress?: (request: Request) => string | undefined;
  onError?: (error: unknown, details: { route: string; correlationId?: string }) => void;
}

/** Everything one route needs for one request. */
export interface HandlerContext {
  request: Request;
  /** `request.url`, parsed. */
  url: URL;
  /** The route path below `basePath`, e.g. `/graphql`. */
  route: string;
  options: ResolvedHandlerOptions;
  /** The shopper-scoped client (token from the cookie, IP, locale, correlation id). */
  scoped: RequestScopedClient;
  /** Same request, no customer token: for `login` and session sync. */
  anonymous: () => RequestScopedClient;
  /** Client IPs BigCommerce has locked out of session sync, until when. */
  lockout: BoundedExpiryMap<string, true>;
}
