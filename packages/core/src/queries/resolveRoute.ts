import type { LocaleRouting } from '../routing/createLocaleRouting.js';
import { safeRedirectPath } from '../safeRedirectPath.js';
import { ROUTE, type RouteResult } from './documents/routeDocuments.js';
import type { QueryLayerClient } from './QueryLayerContext.js';

/** What a storefront path shows, from BigCommerce's `site.route`. */
export type ResolvedRoute =
  | { kind: 'product' | 'category' | 'brand' | 'blogPost'; entityId: number; name: string; path: string }
  | { kind: 'page'; pageType: 'NormalPage' | 'ContactPage' | 'RawHtmlPage'; entityId: number; name: string; path: string }
  | { kind: 'blog'; name: string; path: string }
  /**
   * Send the shopper to `location` with `status`. `external` only for a merchant's manual redirect
   * to another site (an absolute `http(s)` URL set in BigCommerce, never taken from the request).
   */
  | { kind: 'redirect'; location: string; status: 301; external: boolean }
  | { kind: 'notFound' };

/** Options of `resolveRoute`. */
export interface ResolveRouteOptions {
  /** The locale to read names in (`@shopperPreferences`) and to write redirect targets for. */
  locale?: string | null;
  /** The app's locale URLs: redirect targets become `routing.href(target, locale)`. */
  routing?: LocaleRouting;
  /** Follow a merchant's manual redirect to another site (default true); `false` answers `notFound` instead. */
  externalRedirects?: boolean;
  signal?: AbortSignal;
}

const PAGE_TYPES = new Set(['NormalPage', 'ContactPage', 'RawHtmlPage']);
const KINDS: Record<string, 'product' | 'category' | 'brand' | 'blogPost'> = { Product: 'product', Category: 'category', Brand: 'brand', BlogPost: 'blogPost' };

/**
 * Resolves a BigCommerce path (`routing.parse(url).path`: no locale prefix, query included) to what
 * it shows: a product, category, brand, web page, blog or post, a redirect, or `notFound`.
 * Trailing-slash and case variants name the same entity (its canonical `path` is in the answer).
 * A path that is not a same-site path answers `notFound` without a request. Rejects like `client.request`.
 */
export async function resolveRoute(client: QueryLayerClient, path: string, options: ResolveRouteOptions = {}): Promise<ResolvedRoute> {
  const asked = safeRedirectPath(path, '');
  if (asked === '') return { kind: 'notFound' };
  const locale = options.locale ?? null;
  const { site } = await client.request(ROUTE, { path: asked, locale }, { ...(locale ? { locale } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  const href = (target: string) => (options.routing && locale ? options.routing.href(target, locale) : target);
  const redirect = redirectOf(site.route.redirect, asked, href, options.externalRedirects ?? true);
  if (redirect) return redirect;
  return entityOf(site.route.node);
}

function redirectOf(redirect: RouteResult['site']['route']['redirect'], asked: string, href: (path: string) => string, external: boolean): ResolvedRoute | null {
  if (!redirect) return null;
  const to = redirect.to as { __typename: string; path?: string; url?: string };
  // BigCommerce matches a redirect on its query string when it has one; otherwise the shopper's
  // query (campaign parameters) is carried over, as Catalyst does (core/middlewares/with-routes.ts).
  const search = redirect.fromPath.includes('?') ? '' : new URL(asked, 'http://x.invalid').search;
  let target: string | null;
  if (to.__typename === 'ManualRedirect' && typeof to.url === 'string') {
    const absolute = /^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(to.url.trim());
    if (absolute) {
      // A manual redirect is the merchant's own setting in BigCommerce; to another site it is
      // followed as written, but only over http(s) (never `javascript:` or `data:`).
      const url = URL.parse(to.url.trim());
      if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || !external) return null;
      return { kind: 'redirect', location: url.href, status: 301, external: true };
    }
    target = safeRedirectPath(to.url, '');
  } else {
    // Dynamic redirects (and any future type) name a page of this store: only its path is used.
    const path = typeof to.path === 'string' ? to.path : (URL.parse(redirect.toUrl)?.pathname ?? '');
    target = safeRedirectPath(path, '');
  }
  if (!target) return null;
  const location = href(target.includes('?') ? target : `${target}${search}`);
  // A redirect to the very page asked for would loop: the entity at the path is shown instead.
  return sameUrl(location, href(asked)) ? null : { kind: 'redirect', location, status: 301, external: false };
}

function entityOf(node: RouteResult['site']['route']['node']): ResolvedRoute {
  if (!node) return { kind: 'notFound' };
  const n = node as { __typename: string; entityId?: number; name?: string; path?: string };
  if (typeof n.path !== 'string' || typeof n.name !== 'string') return { kind: 'notFound' };
  if (n.__typename === 'Blog') return { kind: 'blog', name: n.name, path: n.path };
  if (typeof n.entityId !== 'number') return { kind: 'notFound' };
  if (PAGE_TYPES.has(n.__typename)) return { kind: 'page', pageType: n.__typename as 'NormalPage', entityId: n.entityId, name: n.name, path: n.path };
  const kind = KINDS[n.__typename];
  return kind ? { kind, entityId: n.entityId, name: n.name, path: n.path } : { kind: 'notFound' };
}

// Trailing slash and case do not change the page BigCommerce names (its paths are case-insensitive).
function sameUrl(a: string, b: string): boolean {
  const key = (value: string) => {
    const url = new URL(value, 'http://x.invalid');
    return `${url.pathname.replace(/\/+$/, '').toLowerCase()}?${url.searchParams.toString()}`;
  };
  return key(a) === key(b);
}
