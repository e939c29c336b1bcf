import { htmlResponse } from '../http/responses.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { absoluteRedirect, attemptSessionSync } from '../sessionSync/sessionSyncJwt.js';
import { HOSTED_SESSION_COOKIE } from './HostedSessions.js';
import { renderPage } from './renderPage.js';

/**
 * `GET /session-sync?jwt=`: BigCommerce's hosted landing for session sync (docs/storefront/headless/
 * index.mdx): validates the JWT (ES256, `eat`, single use, `request_ip`), restores customer and cart
 * as the hosted session, and redirects to `redirect_to`. Invalid JWTs count towards the per-IP
 * lockout shared with `validateSessionSyncJwt`; while blocked every attempt, valid or not, gets 429
 * with `Retry-After` (shared/bigcommerce-api.md, "Lockout").
 */
export async function sessionSyncPage(platform: SandboxPlatform, req: SandboxRequest): Promise<SandboxResponse> {
  const jwt = req.url.searchParams.get('jwt') ?? '';
  const result = await attemptSessionSync(platform, jwt, req.clientIp);
  if (!result.ok) {
    if ('blocked' in result) {
      return htmlResponse(
        429,
        renderPage('Too many invalid session links', `<p>Too many invalid session-sync links came from your address. Try again in ${result.blocked} seconds.</p>`),
        { 'retry-after': String(result.blocked), 'cache-control': 'no-store' },
      );
    }
    const why = result.expired ? 'This sign-in link has expired (they last 30 seconds).' : 'This sign-in link is not valid.';
    return htmlResponse(400, renderPage('Session link not valid', `<p>${why} Go back to the store and try again.</p>`), { 'cache-control': 'no-store' });
  }
  // redirect_to is absolute on the store's own domain; anything else would be an open redirect.
  const target = absoluteRedirect(platform.config.origin, result.claims.redirect_to);
  if (!target) return htmlResponse(400, renderPage('Session link not valid', '<p>The link redirects off the store, which is not allowed.</p>'));
  const { customer_id: customerId, cart_id: cartId } = result.claims.session_payload;
  const id = platform.hostedSessions.create({ customerId: customerId ?? null, cartId: cartId ?? null });
  return {
    status: 302,
    headers: {
      location: target,
      'set-cookie': `${HOSTED_SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`,
      'cache-control': 'no-store',
    },
  };
}
