import type { StorefrontRequestContext } from '@bc-headless/core/server';
import { safeRedirectPath } from '@bc-headless/core/queries';
import { MutationObserver, type MutationOptions, type QueryClient } from '@tanstack/react-query';
import { appContext, type AppServerContext } from './appContext.js';
import { routing, sessionLocaleOf } from './localeRouting.js';

// Plain-form fallbacks (no JavaScript): the page's form posts to its route's action, which runs the
// same query-layer mutation the hook would, on the server, as this shopper; then Post/Redirect/Get.

type Context = { get(key: typeof appContext): AppServerContext };

/**
 * The request's storefront context, in the URL's locale. Refuses (403) a form posted from another
 * site: the storefront handler checks Origin on its own POSTs, and these actions act for the
 * shopper just the same (a cross-site sign-in form would sign the victim into someone else's account).
 */
export function shopperContext(request: Request, context: Context): { app: AppServerContext; ctx: StorefrontRequestContext<QueryClient> } {
  const app = context.get(appContext);
  const origin = request.headers.get('origin');
  const own = new URL(request.url).origin;
  if ((origin !== null && origin !== own && origin !== app.origin) || request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new Response(`${request.method} ${new URL(request.url).pathname}: refused a form posted from another site (Origin ${origin ?? 'absent'}); post it from ${app.origin}.`, {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const { locale } = routing.parse(request.url);
  return { app, ctx: app.storefront.requestContext(request, { remoteAddress: app.remoteAddress, locale: sessionLocaleOf(locale) }) };
}

/** Runs a query-layer mutation (`ctx.queries.addToCart()` ...) with its session updates, as the hook does. */
export function runMutation<TData, TVariables, TContext>(ctx: StorefrontRequestContext<QueryClient>, options: MutationOptions<TData, Error, TVariables, TContext>, variables: TVariables) {
  return new MutationObserver(ctx.queryClient, options).mutate(variables);
}

/**
 * 303 to `to` (a same-site path) with the browser session cookie rewritten from the render's session
 * (new cart id, signed-in customer), in the format the browser's session store reads
 * (@bc-headless/core's createCookieStorage: URI-encoded JSON of the public fields, `bc_session`).
 */
export function seeOther(request: Request, ctx: StorefrontRequestContext<QueryClient>, to: string, extra: Headers = new Headers()): Response {
  const { cartId, visitorId, locale, customer } = ctx.session.getSnapshot();
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  const headers = new Headers(extra);
  headers.set('Location', safeRedirectPath(to));
  headers.append('Set-Cookie', `bc_session=${encodeURIComponent(JSON.stringify({ cartId, visitorId, locale, customer }))}; Path=/; Max-Age=2592000; SameSite=Lax${secure}`);
  return new Response(null, { status: 303, headers });
}

/** A whole number from a form field in [min, max], or `null`. */
export function formInt(form: FormData, name: string, min = 0, max = 1_000_000): number | null {
  const raw = form.get(name);
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}
