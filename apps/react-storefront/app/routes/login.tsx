import { safeRedirectPath } from '@bc-headless/core/queries';
import { loginErrorText } from '@bc-headless/demo-kit/browser';
import { data, useActionData } from 'react-router';
import { routing } from '../localeRouting.js';
import { LoginPage } from '../pages/LoginPage.js';
import { useLocation } from '../router.js';
import { seeOther, shopperContext } from '../shopperAction.server.js';
import type { Route } from './+types/login';

/**
 * Sign-in without JavaScript: the form's plain POST goes through the storefront handler's own
 * `POST /login` (same cookie, same checks as the browser's), then back to `redirectTo` (same-site only).
 */
export async function action({ request, context }: Route.ActionArgs) {
  const { app, ctx } = shopperContext(request, context);
  const form = await request.formData();
  const email = form.get('email');
  const password = form.get('password');
  const url = new URL(request.url);
  const { locale } = routing.parse(url);
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) return data({ error: loginErrorText({ message: 'Email and password are required.', status: 400 }, locale) }, { status: 400 });
  const login = await app.storefront.handler(
    new Request(new URL('/api/storefront/login', url), {
      method: 'POST',
      headers: loginHeaders(request, url.origin),
      body: JSON.stringify({ email, password }),
    }),
    { remoteAddress: app.remoteAddress },
  );
  const body = (await login.json().catch(() => ({}))) as { customer?: { entityId: number; firstName?: string; lastName?: string; email?: string }; cart?: { entityId: string } | null; error?: { code?: string; message?: string } };
  if (!login.ok || !body.customer) {
    return data({ error: loginErrorText({ message: body.error?.message ?? `Sign-in failed (${login.status}).`, status: login.status, code: body.error?.code }, locale) }, { status: login.status === 401 ? 401 : 502 });
  }
  ctx.session.setCustomer(body.customer);
  if (body.cart) ctx.session.setCartId(body.cart.entityId);
  const cookies = new Headers();
  for (const cookie of login.headers.getSetCookie()) cookies.append('Set-Cookie', cookie);
  return seeOther(request, ctx, routing.href(safeRedirectPath(url.searchParams.get('redirectTo')), locale), cookies);
}

// The shopper's own headers (cookies, forwarding headers the core judges against the trusted
// proxies), as a JSON POST from this site.
function loginHeaders(request: Request, origin: string): Headers {
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  headers.set('content-type', 'application/json');
  headers.set('origin', origin);
  return headers;
}

/** `/login?redirectTo=`. */
export default function Login() {
  const { params } = useLocation();
  const result = useActionData<typeof action>();
  return <LoginPage redirectTo={params.get('redirectTo')} serverError={result?.error ?? null} />;
}
