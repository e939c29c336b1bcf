import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { blogView } from '../views/blogView.js';
import { brandView } from '../views/brandView.js';
import { filterWebPages, webPagesConnection, webPageView, type WebPageFilters } from '../views/webPageView.js';

/** `Site.brand`, `Site.brands` and `Site.content` (web pages and the blog). */
export function storefrontContent(ctx: GraphQLContext) {
  const { catalog } = ctx.store;
  return {
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
    },
  };
}
