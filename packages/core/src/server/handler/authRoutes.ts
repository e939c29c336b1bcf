import { StorefrontGraphQLError } from '../../errors/StorefrontGraphQLError.js';
import { safeRedirectPath } from '../../safeRedirectPath.js';
import { clearSessionCookie, serializeSessionCookie } from '../sessionCookie.js';
import { readBrowserSession, serializeBrowserSession } from './browserSession.js';
import { LOGIN, LOGOUT, type CustomerAccessTokenResult, type CustomerProfileResult } from './documents.js';
import { errorToResponse } from './errorToResponse.js';
import type { HandlerContext } from './HandlerContext.js';
import { readJsonBody } from './readJsonBody.js';
import { errorResponse, jsonResponse, methodNotAllowed, redirectResponse } from './responses.js';

interface LoginData {
  login: { customer: CustomerProfileResult | null; customerAccessToken: CustomerAccessTokenResult | null; cart: { entityId: string } | null };
}

/**
 * `POST /login` `{ email, password, guestCartEntityId? }`: signs in server to server, keeps the
 * token in the httpOnly cookie and answers the public profile. `GET /login?redirectTo=` sends the
 * shopper to the app's login page with a safe `redirectTo`.
 */
export async function loginRoute(ctx: HandlerContext): Promise<Response> {
  const { request, url, options } = ctx;
  if (request.method === 'GET') {
    const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'));
    return redirectResponse(`${options.loginPagePath}?redirectTo=${encodeURIComponent(redirectTo)}`);
  }
  if (request.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  const body = await readJsonBody(ctx);
  if (body instanceof Response) return body;
  const { email, password } = body;
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password || email.length > 320 || password.length > 1024) {
    return errorResponse(400, 'BAD_REQUEST', 'POST /login needs { "email": string, "password": string }.');
  }
  const guestCartEntityId =
    typeof body.guestCartEntityId === 'string' ? body.guestCartEntityId : readBrowserSession(request, options.browserSessionCookie).cartId;
  // Signed in as whoever the old cookie says or not, the login itself is sent without a token:
  // a stale one would make BigCommerce refuse the whole request.
  const client = ctx.anonymous();
  let data: LoginData;
  try {
    data = await client.request<LoginData>(LOGIN, { email, password, guestCartEntityId: guestCartEntityId ?? null });
  } catch (error) {
    if (error instanceof StorefrontGraphQLError && isInvalidCredentials(error)) {
      return errorResponse(401, 'INVALID_CREDENTIALS', 'The email or password is wrong.', { correlationId: client.correlationId });
    }
    options.onError?.(error, { route: '/login', correlationId: client.correlationId });
    return errorToResponse(error, client.correlationId);
  }
  const { customer, customerAccessToken, cart } = data.login;
  if (!customer || !customerAccessToken) {
    return errorResponse(401, 'INVALID_CREDENTIALS', 'The email or password is wrong.', { correlationId: client.correlationId });
  }
  let cookie: string;
  try {
    cookie = serializeSessionCookie(customerAccessToken, { ...client.cookie, now: options.now() });
  } catch (error) {
    options.onError?.(error, { route: '/login', correlationId: client.correlationId });
    return errorResponse(502, 'UPSTREAM_ERROR', 'BigCommerce returned a customer access token in an unknown format.', { correlationId: client.correlationId });
  }
  return jsonResponse(
    200,
    { customer: publicProfile(customer), cart: cart ? { entityId: cart.entityId } : null, correlationId: client.correlationId },
    { 'set-cookie': cookie },
  );
}

/**
 * `POST /logout` (`{ cartEntityId? }`) and `GET /logout?redirectTo=`: `logout` upstream with the
 * cookie's token (the cart stays with the device), then the cookie is cleared whatever happened.
 */
export async function logoutRoute(ctx: HandlerContext): Promise<Response> {
  const { request, url, options, scoped } = ctx;
  if (request.method !== 'GET' && request.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  const session = readBrowserSession(request, options.browserSessionCookie);
  let cartEntityId = session.cartId;
  if (request.method === 'POST') {
    const body = await readJsonBody(ctx);
    if (body instanceof Response) return body;
    if (typeof body.cartEntityId === 'string') cartEntityId = body.cartEntityId;
  }
  if (scoped.customerAccessToken) {
    try {
      await scoped.request(LOGOUT, { cartEntityId });
    } catch (error) {
      // The token may already be invalid; the shopper is signed out here either way.
      options.onError?.(error, { route: '/logout', correlationId: scoped.correlationId });
    }
  }
  const cookies = [clearSessionCookie(scoped.cookie)];
  if (request.method === 'POST') return jsonResponse(200, { ok: true, correlationId: scoped.correlationId }, [['set-cookie', cookies[0]!]]);
  if (session.customer) {
    cookies.push(serializeBrowserSession({ ...session, customer: null }, { name: options.browserSessionCookie, secure: scoped.cookie.secure }));
  }
  return redirectResponse(safeRedirectPath(url.searchParams.get('redirectTo')), cookies);
}

/** Only the profile fields a browser may hold. */
export function publicProfile(customer: CustomerProfileResult): CustomerProfileResult {
  return { entityId: customer.entityId, firstName: customer.firstName, lastName: customer.lastName, email: customer.email };
}

function isInvalidCredentials(error: StorefrontGraphQLError): boolean {
  return error.errors.some((e) => /invalid.credentials|INVALID_CREDENTIALS/i.test(`${e?.message} ${e?.extensions?.code ?? ''}`));
}
