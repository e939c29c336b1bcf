import { createUuid } from '../../createUuid.js';
import { CustomerAccessTokenError } from '../../errors/CustomerAccessTokenError.js';
import { clearSessionCookie } from '../sessionCookie.js';
import { readBrowserSession } from './browserSession.js';
import { GENERATE_SESSION_SYNC_JWT } from './documents.js';
import { errorToResponse } from './errorToResponse.js';
import type { HandlerContext } from './HandlerContext.js';
import { methodNotAllowed, redirectResponse } from './responses.js';

interface GenerateData {
  generateSessionSyncJwt: { result: { url: string } | null; errors: { __typename: string; message?: string }[] };
}

/**
 * `GET /checkout`: one correlated operation that asks BigCommerce for a session-sync link to
 * hosted checkout (cart, customer token, visitor and visit ids, request data) and sends the shopper
 * there, so checkout opens with their cart and signed in.
 */
export async function checkoutRoute(ctx: HandlerContext): Promise<Response> {
  const { request, url, options, scoped } = ctx;
  if (request.method !== 'GET') return methodNotAllowed(['GET']);
  const session = readBrowserSession(request, options.browserSessionCookie);
  const cartId = session.cartId;
  if (!cartId) return redirectResponse(options.cartPagePath);
  try {
    return await scoped.operation('checkout', async (op) => {
      const referer = request.headers.get('referer');
      const analytics = {
        initiator: { visitorId: session.visitorId ?? createUuid(), visitId: createUuid() },
        request: {
          url: url.toString(),
          userAgent: request.headers.get('user-agent') ?? '',
          ...(referer && /^https?:\/\//.test(referer) ? { refererUrl: referer } : {}),
          ip: scoped.clientIp,
          ...(request.headers.get('accept-language') ? { acceptLanguage: request.headers.get('accept-language') } : {}),
        },
      };
      const data = await op.request<GenerateData>(GENERATE_SESSION_SYNC_JWT, { redirectTo: options.checkoutRedirectTo, cartId, analytics });
      const { result, errors } = data.generateSessionSyncJwt;
      if (!result || errors.length > 0) {
        // The cart is gone (checked out, expired): back to the cart page, which starts a new one.
        return redirectResponse(`${options.cartPagePath}?checkout=cart-not-found`);
      }
      // The one absolute redirect the handler makes: a URL BigCommerce produced, never browser input.
      return redirectResponse(result.url);
    });
  } catch (error) {
    if (error instanceof CustomerAccessTokenError) {
      // The cookie's token is no longer valid (expired, signed out elsewhere): sign in again,
      // then come back to the cart.
      return redirectResponse(`${options.loginPagePath}?redirectTo=${encodeURIComponent(options.cartPagePath)}`, [clearSessionCookie(scoped.cookie)]);
    }
    options.onError?.(error, { route: '/checkout', correlationId: scoped.correlationId });
    return errorToResponse(error, scoped.correlationId);
  }
}
