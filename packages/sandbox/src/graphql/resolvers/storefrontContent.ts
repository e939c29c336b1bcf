import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { blogView } from '../views/blogView.js';
import { brandView } from '../views/brandView.js';
import { productView } from '../views/productView.js';
import { filterWebPages, webPagesConnection, webPageView, type WebPageFilters } from '../views/webPageView.js';

/** `Site.brand`, `Site.brands` and `Site.content` (web pages and the blog). */
export function storefrontContent(ctx: GraphQLContext) {
  const { catalog } = ctx.store;
  return {
    // Featured products in catalog order; newest ones by highest entity id (as NEWEST sorting).
    featuredProducts: (args: PageArgs & { hideOutOfStock?: boolean | null }) =>
      paginate(catalog.products.filter((p) => p.featured === true && (!args.hideOutOfStock || p.variants.some((v) => v.stock > 0))), args, (p) => productView(ctx, p), 'Site.featuredProducts'),
    newestProducts: (args: PageArgs & { hideOutOfStock?: boolean | null }) =>
      paginate([...catalog.products].filter((p) => !args.hideOutOfStock || p.variants.some((v) => v.stock > 0)).sort((a, b) => b.entityId - a.entityId), args, (p) => productView(ctx, p), 'Site.newestProducts'),
    brand: ({ entityId }: { entityId: number }) => {
      const brand = catalog.brandById(entityId);
      return brand ? brandView(ctx, brand) : null;
    },
    // `productEntityIds` keeps the brands of those products (what a product page's "more from" needs).
    brands: (args: PageArgs & { entityIds?: number[] | null; productEntityIds?: number[] | null }) => {
      let list = [...catalog.brands];
      if (args.entityIds?.length) list = list.filter((b) => args.entityIds!.includes(b.entityId));
      if (args.productEntityIds?.length) {
        const ids = new Set(args.productEntityIds.map((id) => catalog.productById(id)?.brandEntityId));
        list = list.filter((b) => ids.has(b.entityId));
      }
      return paginate(list, args, (b) => brandView(ctx, b), 'Site.brands');
    },
    content: {
      blog: () => (catalog.blog ? blogView(ctx, catalog.blog) : null),
      page: ({ entityId }: { entityId: number }) => {
        const page = catalog.webPageById(entityId);
        return page ? webPageView(ctx, page) : null;
      },
      pages: (args: PageArgs & { filters?: WebPageFilters | null; sortBy?: string | null }) =>
        webPagesConnection(ctx, filterWebPages(ctx, args.filters, args.sortBy), args, 'Content.pages'),
      scripts: (args: PageArgs & { filters?: { consentCategories?: string[] | null; location?: string | null; visibilities?: string[] | null } | null }) => {
        const { consentCategories, location, visibilities } = args.filters ?? {};
        const list = (catalog.storeSettings.scripts ?? []).filter(
          (s) => (!consentCategories?.length || consentCategories.includes(s.consentCategory)) && (!location || s.location === location) && (!visibilities?.length || visibilities.includes(s.visibility)),
        );
        return paginate(list, args, (s) => ({
          __typename: s.kind === 'inline' ? 'InlineScript' : 'SrcScript',
          entityId: s.entityId,
          location: s.location,
          visibility: s.visibility,
          consentCategory: s.consentCategory,
          // The sandbox does not compute subresource-integrity hashes.
          integrityHashes: [],
          scriptTag: s.content,
          src: s.content,
        }), 'Content.scripts');
      },
    },
  };
}
