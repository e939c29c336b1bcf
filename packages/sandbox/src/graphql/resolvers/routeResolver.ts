import type { SeedRedirect } from '../../catalog/SeedStorefrontContent.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { blogPostPath, blogPostView, blogView } from '../views/blogView.js';
import { brandPath, brandView } from '../views/brandView.js';
import { categoryPath, categoryView } from '../views/categoryView.js';
import { nodeId } from '../views/money.js';
import { productView } from '../views/productView.js';
import { webPagePath, webPageView } from '../views/webPageView.js';

/** Longer paths name nothing (BigCommerce's custom URLs are far shorter); answering empty keeps hostile input cheap. */
const MAX_PATH_LENGTH = 2048;

/**
 * The lookup key of a path. Trailing slashes do not matter: BigCommerce's docs look up `/mug` for
 * a redirect (docs/storefront/headless/routes.mdx) while its own paths end in `/`, and Catalyst's
 * `TRAILING_SLASH=false` mode (core/middlewares/with-routes.ts) sends paths without one and still
 * expects them resolved. Case does not matter either: the sandbox treats custom URLs like the
 * hosted storefront's case-insensitive ones (no BigCommerce document found that says otherwise;
 * an assumption, written down in src/graphql/README.md).
 */
function pathKey(pathname: string): string {
  const trimmed = pathname.trim().replace(/^\/*/, '/').replace(/\/+$/, '');
  return (trimmed || '/').toLowerCase();
}

/** `?a=1&b=2` in a comparable form (parameter order does not matter). */
function queryKey(search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}

function splitPath(path: string): { key: string; query: string } {
  const withoutFragment = path.split('#')[0]!;
  const at = withoutFragment.indexOf('?');
  return at < 0 ? { key: pathKey(withoutFragment), query: '' } : { key: pathKey(withoutFragment.slice(0, at)), query: queryKey(withoutFragment.slice(at + 1)) };
}

/** The entity (Product, Category, Brand, web page, Blog or BlogPost) whose path this is, or null. */
function entityAt(ctx: GraphQLContext, key: string): Record<string, unknown> | null {
  const { catalog } = ctx.store;
  const product = catalog.products.find((p) => pathKey(`/${p.slug}/`) === key);
  if (product) return { __typename: 'Product', ...productView(ctx, product) };
  const category = catalog.categories.find((c) => pathKey(categoryPath(ctx, c)) === key);
  if (category) return { __typename: 'Category', ...categoryView(ctx, category) };
  const brand = catalog.brands.find((b) => pathKey(brandPath(b)) === key);
  if (brand) return brandView(ctx, brand);
  const blog = catalog.blog;
  if (blog && pathKey(`/${blog.slug}/`) === key) return blogView(ctx, blog);
  const post = blog?.posts.find((p) => pathKey(blogPostPath(blog, p)) === key);
  if (blog && post) return blogPostView(ctx, blog, post);
  // The blog's index page shares the blog's path; the `Blog` above answers for it, as BigCommerce's route lists Blog, not BlogIndexPage.
  const page = catalog.webPages.find((p) => p.type !== 'LINK' && p.type !== 'BLOG' && pathKey(webPagePath(p)!) === key);
  return page ? webPageView(ctx, page) : null;
}

/** The redirect from this path: one naming this exact query wins over one without a query. */
function redirectAt(ctx: GraphQLContext, key: string, query: string): SeedRedirect | undefined {
  const candidates = ctx.store.catalog.redirects.filter((r) => splitPath(r.fromPath).key === key);
  return candidates.find((r) => { const q = splitPath(r.fromPath).query; return q !== '' && q === query; }) ?? candidates.find((r) => splitPath(r.fromPath).query === '');
}

/** The redirect's target entity and its path, or null for a manual redirect or a target that is gone. */
function redirectTarget(ctx: GraphQLContext, redirect: SeedRedirect): { typeName: string; entityId: number; path: string; node: Record<string, unknown> } | null {
  const { catalog } = ctx.store;
  const to = redirect.to;
  if (to.type === 'url') return null;
  if (to.type === 'product') {
    const p = catalog.productById(to.entityId);
    return p ? { typeName: 'Product', entityId: p.entityId, path: `/${p.slug}/`, node: { __typename: 'Product', ...productView(ctx, p) } } : null;
  }
  if (to.type === 'category') {
    const c = catalog.categoryById(to.entityId);
    return c ? { typeName: 'Category', entityId: c.entityId, path: categoryPath(ctx, c), node: { __typename: 'Category', ...categoryView(ctx, c) } } : null;
  }
  if (to.type === 'brand') {
    const b = catalog.brandById(to.entityId);
    return b ? { typeName: 'Brand', entityId: b.entityId, path: brandPath(b), node: brandView(ctx, b) } : null;
  }
  if (to.type === 'page') {
    const page = catalog.webPageById(to.entityId);
    if (!page) return null;
    const view = webPageView(ctx, page);
    return { typeName: 'Page', entityId: page.entityId, path: webPagePath(page) ?? page.link ?? '', node: view };
  }
  const blog = catalog.blog;
  const post = catalog.blogPostById(to.entityId);
  return blog && post ? { typeName: 'BlogPost', entityId: post.entityId, path: blogPostPath(blog, post), node: blogPostView(ctx, blog, post) } : null;
}

/** Absolute URL of a storefront path (BigCommerce's `toUrl` is absolute); absolute URLs stay as they are. */
function absolute(ctx: GraphQLContext, url: string): string {
  return /^https?:\/\//i.test(url) ? url : `${ctx.deps.config.origin}${url.startsWith('/') ? '' : '/'}${url}`;
}

/**
 * `site.route(path, redirectBehavior)` as BigCommerce answers it (docs/storefront/headless/routes.mdx):
 * `node` is the entity at the path and `redirect` the 301 redirect from it; with IGNORE (the
 * default) both may be non-null; with FOLLOW a dynamic redirect's `node` is its target entity and
 * a manual redirect's `node` is null. The query string only matters to redirects that name one.
 */
export function resolveRoute(ctx: GraphQLContext, { path, redirectBehavior }: { path: string; redirectBehavior?: string | null }) {
  if (path.length > MAX_PATH_LENGTH) return { node: null, redirect: null };
  const { key, query } = splitPath(path);
  const seedRedirect = redirectAt(ctx, key, query);
  const target = seedRedirect ? redirectTarget(ctx, seedRedirect) : null;
  // A dynamic redirect whose target is gone redirects nowhere: answer as if there were none.
  const live = seedRedirect && (seedRedirect.to.type === 'url' || target) ? seedRedirect : undefined;
  const redirect = live
    ? {
        id: nodeId('Redirect', live.entityId),
        fromPath: live.fromPath,
        toUrl: live.to.type === 'url' ? absolute(ctx, live.to.url) : absolute(ctx, target!.path),
        to: live.to.type === 'url'
          ? { __typename: 'ManualRedirect', url: live.to.url }
          : { __typename: `${target!.typeName}Redirect`, entityId: target!.entityId, id: nodeId(target!.typeName === 'Page' ? String(target!.node['__typename']) : target!.typeName, target!.entityId), path: target!.path },
      }
    : null;
  if (redirectBehavior === 'FOLLOW' && live) return { node: target?.node ?? null, redirect };
  return { node: entityAt(ctx, key), redirect };
}
