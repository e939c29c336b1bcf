import { checkLocaleAndRetry } from '../checkLocaleAndRetry.js';
import { createClientCore, type CoreOperation, type FixedContext, type OperationOptions, type RequestFn } from '../createClientCore.js';
import { createUuid, isUuid } from '../createUuid.js';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import { readTokenClaims } from '../readTokenClaims.js';
import { resolveConfig, type ResolvedConfig, type StorefrontClientConfig } from '../resolveConfig.js';
import { send, type SendResult } from '../send.js';
import { createCachedSend } from './cache/createCachedSend.js';
import type { ServerCache } from './cache/createServerCache.js';
import { createTrustedProxies, type TrustedProxies, type TrustedProxiesOption } from './ip/trustedProxies.js';
import { readHeader, type RequestLike } from './readHeader.js';
import { resolveClientIp, type ForwardingHeader } from './resolveClientIp.js';
import { readSessionCookie, sessionCookieName, sessionCookieOptionsFor, type SessionCookieOptions } from './sessionCookie.js';

// BigCommerce refuses storefront tokens created after 2026-06-30 server to server
// (shared/bigcommerce-api.md, "Tokens"); `iat` is in unix seconds.
const STOREFRONT_TOKEN_SERVER_CUTOFF = Date.UTC(2026, 5, 30, 23, 59, 59) / 1000;

/**
 * Options of `createServerClient`: the core config plus what only a server may hold. Its
 * `storefrontToken` is a private token (`POST /v3/storefront/api-token-private`, scopes
 * `Unauthenticated` and `Customer`), what Catalyst's `BIGCOMMERCE_STOREFRONT_TOKEN` holds.
 */
export interface ServerClientConfig extends StorefrontClientConfig {
  /**
   * BigCommerce's per-store trusted-proxy secret. With it, every GraphQL request carries
   * `X-BC-Trusted-Proxy-Secret` and the shopper's `True-Client-IP`, so BigCommerce rate-limits and
   * locks out per shopper instead of per server.
   */
  trustedProxySecret?: string;
  /** Proxies in front of this server whose forwarding headers may be believed (none by default). */
  trustedProxies?: TrustedProxiesOption;
  /** Which forwarding header those proxies write (default `auto`; see `resolveClientIp`). */
  forwardingHeader?: ForwardingHeader;
  /** The customer session cookie: base name, and `secure` to override the localhost detection. */
  cookie?: { name?: string; secure?: boolean };
  /**
   * The shared server cache (`createServerCache`) for anonymous catalog reads, through both the
   * storefront handler's pass-through and server rendering. Requests with a customer access token,
   * and anything but catalog queries, never touch it.
   */
  cache?: ServerCache;
}

/** Per-request options of `forRequest`. */
export interface ForRequestOptions {
  /** The TCP peer's address (`toNodeHandler` passes `req.socket.remoteAddress`). */
  remoteAddress: string;
  /** The app's locale for this request (`Accept-Language`); defaults to the config's. */
  locale?: string;
  /** `null` sends no customer access token even when the request has a session cookie (e.g. `login`). */
  customerAccessToken?: string | null;
}

/** A client bound to one incoming request: that shopper's IP, token, locale and correlation id. */
export interface RequestScopedClient {
  readonly config: ResolvedConfig;
  /** The shopper's address as sent in `True-Client-IP`. */
  readonly clientIp: string;
  /** The id sent as `X-Correlation-Id`: the browser's when it was a UUID, else a new one. */
  readonly correlationId: string;
  /** The customer access token from the session cookie (server code only; never send it to a browser). */
  readonly customerAccessToken: string | null;
  /** Options for this request's session cookie. */
  readonly cookie: SessionCookieOptions;
  /** A GraphQL request carrying this shopper's server-side headers. */
  request: RequestFn;
  /** One correlated business operation (GraphQL, Payments and REST calls inside share the id). */
  operation<T>(name: string, fn: (op: CoreOperation) => Promise<T> | T, options?: OperationOptions): Promise<T>;
  /**
   * Sends a GraphQL request body with this request's headers and returns the raw answer (status,
   * headers, text, and the JSON parsed, `undefined` when the text is not JSON): the storefront
   * handler's pass-through. Never retried (the browser's client retries). Rejects
   * like `send`: typed errors, non-2xx as `StorefrontHttpError` with the body.
   */
  forward(body: GraphQLRequestBody, options?: { signal?: AbortSignal }): Promise<SendResult>;
}

/** A GraphQL request as sent over HTTP. */
export interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The server's BigCommerce client: validated once, then scoped per incoming request. */
export interface ServerClient {
  readonly config: ResolvedConfig;
  /** Where the proxies are; compiled once. */
  readonly trustedProxies: TrustedProxies;
  /** A client for one incoming request. Nothing is shared between two calls. */
  forRequest(request: RequestLike & { url?: string }, options: ForRequestOptions): RequestScopedClient;
}

/**
 * Creates the server-side client. Validates everything now (throwing `StorefrontConfigError`
 * or `TypeError` naming the field); no network until the first request.
 */
export function createServerClient(config: ServerClientConfig): ServerClient {
  const resolved = resolveConfig(config, 'createServerClient');
  checkLocaleAndRetry(config, 'createServerClient');
  const { trustedProxySecret } = config;
  if (trustedProxySecret != null && (typeof trustedProxySecret != 'string' || !/^[\x21-\x7e]{8,}$/.test(trustedProxySecret))) {
    throw new StorefrontConfigError(
      'createServerClient: config.trustedProxySecret must be the secret BigCommerce support issued (8+ visible ASCII characters), or omitted',
      { field: 'config.trustedProxySecret' },
    );
  }
  const claims = readTokenClaims(resolved.storefrontToken ?? '');
  if (claims.token_type == 1 && !claims.scopes && claims.iat! > STOREFRONT_TOKEN_SERVER_CUTOFF) {
    throw new StorefrontConfigError(
      `createServerClient: config.storefrontToken is a storefront token created ${new Date(claims.iat! * 1000).toISOString().slice(0, 10)}, and BigCommerce refuses storefront tokens created after 2026-06-30 server to server. Create a private token (POST /v3/storefront/api-token-private with scopes ["Unauthenticated","Customer"]; the sandbox prints one) and pass that: BIGCOMMERCE_STOREFRONT_TOKEN holds a private token, as in Catalyst`,
      { field: 'config.storefrontToken' },
    );
  }
  if (config.cache != null && typeof config.cache.fetch !== 'function') {
    throw new StorefrontConfigError('createServerClient: config.cache must be the result of createServerCache({ store }), or omitted', { field: 'config.cache' });
  }
  const sendGraphQL = config.cache ? createCachedSend(config.cache) : send;
  const trustedProxies = createTrustedProxies(config.trustedProxies);
  const forwardingHeader = config.forwardingHeader ?? 'auto';
  const cookieName = config.cookie?.name;
  // Throws now, naming the problem, rather than on the first login.
  if (cookieName !== undefined) sessionCookieName({ secure: true, name: cookieName });

  // With no trusted proxies the shopper's IP depends on the socket address alone, and keep-alive
  // connections send many requests from one address: remember the last one instead of parsing
  // it again per request (a string to a string, so nothing about a request is kept).
  let lastRemote: string | undefined;
  let lastIp = '';
  const clientIpOf = (request: RequestLike, remoteAddress: string): string => {
    if (!trustedProxies.none) return resolveClientIp(request, { remoteAddress, trustedProxies, header: forwardingHeader });
    if (remoteAddress !== lastRemote) {
      lastIp = resolveClientIp(request, { remoteAddress, trustedProxies, header: forwardingHeader });
      lastRemote = remoteAddress;
    }
    return lastIp;
  };

  return {
    config: resolved,
    trustedProxies,
    forRequest(request, options) {
      const clientIp = clientIpOf(request, options.remoteAddress);
      const secure = config.cookie?.secure;
      const cookie: SessionCookieOptions = secure === undefined ? sessionCookieOptionsFor(request, cookieName) : { ...sessionCookieOptionsFor(request, cookieName), secure };
      const customerAccessToken = options.customerAccessToken === undefined ? readSessionCookie(request, cookie) : options.customerAccessToken;
      const browserId = readHeader(request, 'x-correlation-id');
      const correlationId = isUuid(browserId) ? browserId.toLowerCase() : createUuid();
      const locale = options.locale ?? resolved.locale;
      // One shape for every request (absent fields undefined; no header is sent for them).
      const fixed: FixedContext = {
        customerAccessToken: customerAccessToken || undefined,
        // True-Client-IP means nothing without the secret, so it is sent only with it.
        serverHeaders: trustedProxySecret ? { 'x-bc-trusted-proxy-secret': trustedProxySecret, 'true-client-ip': clientIp } : undefined,
        locale: locale || undefined,
        correlationId,
        send: sendGraphQL,
      };
      // Built on first use: the GraphQL pass-through only forwards and never needs it.
      let core: ReturnType<typeof createClientCore> | undefined;
      const getCore = () => (core ??= createClientCore(resolved, fixed));
      return {
        config: resolved,
        clientIp,
        correlationId,
        customerAccessToken,
        cookie,
        request: ((...args: Parameters<RequestFn>) => getCore().request(...args)) as RequestFn,
        operation: (name, fn, operationOptions) => getCore().operation(name, fn, operationOptions),
        // The same headers createClientCore's request builds, from the same fixed context; core has
        // no raw (status + body + headers) request yet, so the pass-through sends (through the cache) itself.
        forward: (body, forwardOptions = {}) =>
          sendGraphQL(resolved, {
            customerAccessToken: fixed.customerAccessToken,
            serverHeaders: fixed.serverHeaders,
            locale: fixed.locale,
            storefrontToken: resolved.storefrontToken,
            correlationId,
            url: resolved.endpoints.graphql,
            method: 'POST',
            body,
            signal: forwardOptions.signal,
            retry: false,
          }),
      };
    },
  };
}
