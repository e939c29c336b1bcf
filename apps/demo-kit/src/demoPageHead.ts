import type { StorefrontRequestContext } from '@bc-headless/core/server';
import { breadcrumbJsonLd, buildHeadMeta, organizationJsonLd, productJsonLd, webSiteJsonLd, type HeadDescriptor } from '@bc-headless/core/seo';
import { matchRoute } from './matchRoute.js';
import { languageOf, translate } from './messages.js';

const FALLBACK_NAME = 'Trailhead Coffee & Goods';

/** Where a server-rendered demo page is, for its head. */
export interface DemoPageHeadInput {
  /** The request's URL. */
  url: URL;
  /** The site's public origin (canonical URLs, JSON-LD). */
  origin: string;
  /** The app route the page shows (a BigCommerce path's equivalent); default `url.pathname`. */
  routePath?: string;
  /** The URL's path without its locale prefix (what hreflang and breadcrumbs name); default `routePath`. */
  path?: string;
  /** The app's account page, which is never indexed. */
  accountPath?: string;
  /** The page's URL in `locale` (for hreflang and breadcrumbs); default: the same URL (no locale prefixes). */
  hrefFor?: (path: string, locale: string) => string;
  /** The store's locales for hreflang (with `hrefFor`). */
  locales?: readonly string[];
  /** The default locale (x-default). */
  defaultLocale?: string;
}

/**
 * The head of a demo's server-rendered page (title, description, canonical, robots, Open Graph,
 * hreflang, JSON-LD) through @bc-headless/core/seo's builders, from the data the page's load just
 * prefetched into `ctx.queryClient` (no request of its own). Framework-free: each demo renders the
 * descriptors its own way (`renderHeadTags`, a head component).
 */
export function demoPageHead(ctx: StorefrontRequestContext, { url, origin, routePath = url.pathname, path = routePath, accountPath, hrefFor = (p) => p, locales, defaultLocale = 'en' }: DemoPageHeadInput): HeadDescriptor[] {
  const data = ctx.queryClient as unknown as { getQueryData(key: readonly unknown[]): unknown };
  const route = matchRoute(routePath, url.searchParams);
  const lang = languageOf(ctx.locale ?? ctx.state.locale ?? null);
  const settings = data.getQueryData(ctx.queries.settings().queryKey) as { storeName?: string } | undefined;
  const storeName = settings?.storeName ?? FALLBACK_NAME;
  const inLocale = (p: string) => `${origin}${hrefFor(p, ctx.state.locale ?? defaultLocale)}`;
  const common = {
    origin,
    url: url.pathname + url.search,
    siteName: storeName,
    locale: lang,
    titleTemplate: (title: string) => `${title} · ${storeName}`,
    ...(locales ? { alternates: (locale: string) => `${origin}${hrefFor(path + url.search, locale)}`, hreflang: { locales: [...locales], defaultLocale } } : {}),
  };
  if (accountPath !== undefined && path === accountPath) return buildHeadMeta({ ...common, kind: 'account', name: storeName, description: storeName });
  switch (route.name) {
    case 'home':
      return [
        ...buildHeadMeta({ ...common, kind: 'home', name: storeName, description: translate(lang, 'home.lead') }),
        { 'script:ld+json': organizationJsonLd({ name: storeName, url: `${origin}/` }) },
        { 'script:ld+json': webSiteJsonLd({ name: storeName, url: `${origin}/`, searchUrlTemplate: `${origin}/search?q={search_term_string}` }) },
      ];
    case 'category': {
      const tree = (data.getQueryData(ctx.queries.categories(ctx.state).queryKey) ?? []) as CategoryNode[];
      const trail = trailTo(tree, route.categoryEntityId);
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
      const product = data.getQueryData(ctx.queries.product(route.entityId, ctx.state).queryKey) as Parameters<typeof productJsonLd>[0] & { name: string; description?: string; defaultImage?: never } | undefined;
      if (!product) return buildHeadMeta({ ...common, kind: 'page', name: translate(lang, 'product.notFound') }).map(noindex);
      return [
        ...buildHeadMeta({ ...common, kind: 'product', name: product.name, description: product.description, image: product.defaultImage, ogType: 'product' }),
        { 'script:ld+json': productJsonLd(product, { url: `${origin}${url.pathname}` }) },
        // The product's category is not part of the view (one request): home, then the product.
        { 'script:ld+json': breadcrumbJsonLd([{ name: storeName, path: '/' }, { name: product.name, path }], { origin, urlFor: inLocale }) },
      ];
    }
    case 'cart':
      // Indexable ('page', not 'cart'): a crawler sees an empty cart, and Lighthouse's is-crawlable fails noindex.
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

interface CategoryNode {
  entityId: number;
  name: string;
  path: string;
  productCount: number;
  children?: CategoryNode[];
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

// A not-found page is never indexed.
const noindex = (d: HeadDescriptor): HeadDescriptor => ('name' in d && d.name === 'robots' ? { name: 'robots', content: 'noindex, follow' } : d);
