import { RateLimitError } from '../../errors/RateLimitError.js';
import { safeRedirectPath } from '../../safeRedirectPath.js';
import { serializeSessionCookie } from '../sessionCookie.js';
import { publicProfile } from './authRoutes.js';
import { readBrowserSession, serializeBrowserSession } from './browserSession.js';
import { VALIDATE_SESSION_SYNC_JWT, type CustomerAccessTokenResult, type CustomerProfileResult } from './documents.js';
import { errorToResponse } from './errorToResponse.js';
import type { HandlerContext } from './HandlerContext.js';
import { errorResponse, methodNotAllowed, redirectResponse } from './responses.js';

interface ValidateData {
  validateSessionSyncJwt: {
    content: {
      redirectTo: string;
      customer: CustomerProfileResult | null;
      customerAccessToken: CustomerAccessTokenResult | null;
      cart: { entityId: string } | null;
    } | null;
    errors: { __typename: string; errorType?: string; message?: string }[];
  };
}

// BigCommerce's lockout lasts five minutes (docs/storefront/headless/index.mdx); used when its
// 429 carries no Retry-After.
const DEFAULT_LOCKOUT_MS = 5 * 60_000;
// An upstream Retry-After beyond this is not believed for the local memory (BigCommerce's block is
// five minutes): a misbehaving answer must not keep a shopper out of session sync for days.
const MAX_LOCKOUT_MS = 15 * 60_000;
const JWT_SHAPE = /^[\w-]{2,}\.[\w-]{2,}\.[\w-]{2,}$/;

/**
 * `GET /session-sync?jwt=…`: inbound session sync from a hosted page. Validates the JWT upstream,
 * sets the session cookie, adopts the cart, then redirects to `redirectTo` if it stays on this site.
 * While BigCommerce has this client IP locked out (429), answers 429 without asking again.
 */
export async function sessionSyncRoute(ctx: HandlerContext): Promise<Response> {
  const { request, url, options } = ctx;
  if (request.method !== 'GET') return methodNotAllowed(['GET']);
  const client = ctx.anonymous();
  const lockedMs = await ctx.lockout.remainingMs(client.clientIp);
  if (lockedMs > 0) return lockedOut(lockedMs, client.correlationId);
  const jwt = url.searchParams.get('jwt');
  // Not even JWT-shaped: certainly invalid, and not worth an upstream attempt that counts
  // towards the lockout.
  if (!jwt || jwt.length > 8192 || !JWT_SHAPE.test(jwt)) return errorResponse(400, 'INVALID_SESSION_SYNC_JWT', 'The session-sync link is invalid.', { correlationId: client.correlationId });

  let data: ValidateData;
  try {
    data = await client.request<ValidateData>(VALIDATE_SESSION_SYNC_JWT, { jwt });
  } catch (error) {
    if (error instanceof RateLimitError) {
      const ms = Math.min(error.retryAfterMs ?? DEFAULT_LOCKOUT_MS, MAX_LOCKOUT_MS);
      await ctx.lockout.lock(client.clientIp, ms);
      return lockedOut(ms, client.correlationId);
    }
    options.onError?.(error, { route: '/session-sync', correlationId: client.correlationId });
    return errorToResponse(error, client.correlationId);
  }
  const { content, errors } = data.validateSessionSyncJwt;
  if (!content || errors.length > 0) {
    if (errors.some((e) => e.__typename === 'JwtTokenExpiredError')) return redirectResponse(cameFrom(request, url));
    return errorResponse(400, 'INVALID_SESSION_SYNC_JWT', 'The session-sync link is invalid.', { correlationId: client.correlationId });
  }

  const cookies: string[] = [];
  if (content.customerAccessToken) {
    try {
      cookies.push(serializeSessionCookie(content.customerAccessToken, { ...client.cookie, now: options.now() }));
    } catch (error) {
      options.onError?.(error, { route: '/session-sync', correlationId: client.correlationId });
      return errorResponse(502, 'UPSTREAM_ERROR', 'BigCommerce returned a customer access token in an unknown format.', { correlationId: client.correlationId });
    }
  }
  const session = readBrowserSession(request, options.browserSessionCookie);
  cookies.push(
    serializeBrowserSession(
      { ...session, cartId: content.cart?.entityId ?? session.cartId, customer: content.customer ? publicProfile(content.customer) : session.customer },
      { name: options.browserSessionCookie, secure: client.cookie.secure },
    ),
  );
  return redirectResponse(sameSitePath(content.redirectTo, url, ctx), cookies);
}

function lockedOut(ms: number, correlationId: string): Response {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return errorResponse(429, 'SESSION_SYNC_LOCKED', `Too many invalid session-sync links from this address; try again in ${seconds} seconds.`, {
    correlationId,
    headers: { 'retry-after': String(seconds) },
  });
}

// BigCommerce's `redirectTo` may be absolute on the store's or this site's domain; only the path
// of such a URL is used, and only after the same checks as any browser-supplied path.
function sameSitePath(redirectTo: string, url: URL, ctx: HandlerContext): string {
  if (typeof redirectTo !== 'string') return '/';
  if (/^[a-z][a-z0-9+.-]*:/i.test(redirectTo)) {
    try {
      const target = new URL(redirectTo);
      const known = [url.origin, ctx.options.storeOrigin];
      if (!known.includes(target.origin)) return '/';
      return safeRedirectPath(`${target.pathname}${target.search}${target.hash}`);
    } catch {
      return '/';
    }
  }
  return safeRedirectPath(redirectTo);
}

// "Back to where the shopper came from": the Referer's path when it is this site, else home.
function cameFrom(request: Request, url: URL): string {
  const referer = request.headers.get('referer');
  if (!referer) return '/';
  try {
    const from = new URL(referer);
    return from.host === url.host ? safeRedirectPath(`${from.pathname}${from.search}`) : '/';
  } catch {
    return '/';
  }
}
