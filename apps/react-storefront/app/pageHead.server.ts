import type { StorefrontRequestContext } from '@bc-headless/core/server';
import { breadcrumbJsonLd, buildHeadMeta, organizationJsonLd, productJsonLd, webSiteJsonLd, type HeadDescriptor } from '@bc-headless/core/seo';
import { matchRoute, translate, languageOf } from '@bc-headless/demo-kit/browser';
import { ACCOUNT_PATH } from './clientTitle.js';
import { DEFAULT_LOCALE, LOCALES, routing } from './localeRouting.js';
import type { QueryClient } from '@tanstack/react-query';

const FALLBACK_NAME = 'Trailhead Coffee & Goods';

/**
 * The head of a server-rendered page (title, description, canonical, robots, Open Graph, JSON-LD)
 * through @bc-headless/core/seo's `buildHeadMeta`, from the data the root loader just prefetched:
 * no request of its own. `url` is the request's URL, `routePath` the app route it shows (a
 * BigCommerce path's equivalent), `path` the URL's path without its locale prefix, `origin` the
 * site's public origin. hreflang links name the same page in every locale.
 */
export function pageHead(ctx: StorefrontRequestContext<QueryClient>, url: URL, origin: string, routePath: string, path: string): HeadDescriptor[] {
  const route = matchRoute(routePath, url.searchParams);
  const lang = languageOf(ctx.locale ?? ctx.state.locale ?? null);
  const storeName = ctx.queryClient.getQueryData(ctx.queries.settings().queryKey)?.storeName ?? FALLBACK_NAME;
  const inLocale = (p: string) => `${origin}${routing.href(p, ctx.state.locale ?? DEFAULT_LOCALE)}`;
  const common = { origin, url: url.pathname + url.search, siteName: storeName, locale: lang, titleTemplate: (title: string) => `${title} · ${storeName}`,
    alternates: (locale: string) => `${origin}${routing.href(path + url.search, locale)}`, hreflang: { locales: LOCALES, defaultLocale: DEFAULT_LOCALE } };
  if (path === ACCOUNT_PATH) return buildHeadMeta({ ...common, kind: 'account', name: storeName, description: storeName });
  switch (route.name) {
    case 'home':
      return [
        ...buildHeadMeta({ ...common, kind: 'home', name: storeName, description: translate(lang, 'home.lead') }),
        { 'script:ld+json': organizationJsonLd({ name: storeName, url: `${origin}/` }) },
        { 'script:ld+json': webSiteJsonLd({ name: storeName, url: `${origin}/`, searchUrlTemplate: `${origin}/search?q={search_term_string}` }) },
      ];
    case 'category': {
      const trail = trailTo(ctx.queryClient.getQueryData(ctx.queries.categories(ctx.state).queryKey) ?? [], route.categoryEntityId);
      const category = trail.at(-1);
      const name = category?.name ?? storeName;
      const count = category ? ` ${translate(lang, 'grid.count', { count: category.productCount })}.` : '';
      const crumbs = [{ name: storeName, path: '/' }, ...trail.map((c) => ({ name: c.name, path: c.path }))];
      return [
        ...buildHeadMeta({ ...common, kind: 'category', name, description: `${name} at ${storeName}.${count}` }),
        ...(category ? [{ 'script:ld+json': breadcrumbJsonLd(crumbs, { origin, urlFor: inLocale }) }] : []),
      ];
    }
    case 'search':
      return buildHeadMeta({ ...common, kind: 'search', name: translate(lang, 'search.title', { term: route.searchTerm }) });
    case 'product': {
      const product = ctx.queryClient.getQueryData(ctx.queries.product(route.entityId, ctx.state).queryKey);
      if (!product) return buildHeadMeta({ ...common, kind: 'page', name: translate(lang, 'product.notFound') }).map(noindex);
      const canonical = `${origin}${url.pathname}`;
      return [
        ...buildHeadMeta({ ...common, kind: 'product', name: product.name, description: product.description, image: product.defaultImage, ogType: 'product' }),
        { 'script:ld+json': productJsonLd(product, { url: canonical }) },
        // The product's category is not part of the view (one request): home, then the product.
        { 'script:ld+json': breadcrumbJsonLd([{ name: storeName, path: '/' }, { name: product.name, path }], { origin, urlFor: inLocale }) },
      ];
    }
    case 'cart':
      // Indexable (kind 'page'), unlike buildHeadMeta's 'cart': a crawler sees an empty cart, and
      // issue 18 asks for SEO 100 on it (Lighthouse's is-crawlable fails a noindex page).
      return buildHeadMeta({ ...common, kind: 'page', name: translate(lang, 'cart.title'), description: `${translate(lang, 'cart.title')} · ${storeName}` });
    case 'checkout':
    case 'order':
      return buildHeadMeta({ ...common, kind: 'checkout', name: translate(lang, 'checkout.title'), description: `${translate(lang, 'checkout.title')} · ${storeName}` });
    case 'login':
      return buildHeadMeta({ ...common, kind: 'login', name: translate(lang, 'login.title'), description: `${translate(lang, 'login.title')} · ${storeName}` });
    default:
      return buildHeadMeta({ ...common, kind: 'page', name: translate(lang, 'common.notFound') }).map(noindex);
  }
}

/** The categories from the root down to `entityId` in the navigation tree (empty when it is not there). */
function trailTo(tree: readonly CategoryNode[], entityId: number): CategoryNode[] {
  for (const node of tree) {
    if (node.entityId === entityId) return [node];
    const below = trailTo(node.children ?? [], entityId);
    if (below.length) return [node, ...below];
  }
  return [];
}
interface CategoryNode {
  entityId: number;
  name: string;
  path: string;
  productCount: number;
  children?: CategoryNode[];
}

// A not-found page is never indexed.
const noindex = (d: HeadDescriptor): HeadDescriptor => ('name' in d && d.name === 'robots' ? { name: 'robots', content: 'noindex, follow' } : d);
