import type { SeedBrand } from '../../catalog/SeedStorefrontContent.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { nodeId } from './money.js';
import { productView } from './productView.js';
import { seoView } from './seoView.js';

/** Storefront path of a brand's page. */
export function brandPath(brand: SeedBrand): string {
  return `/brands/${brand.slug}/`;
}

/** The `Brand` view: its page, SEO and products (catalog order). */
export function brandView(ctx: GraphQLContext, brand: SeedBrand) {
  return {
    __typename: 'Brand',
    entityId: brand.entityId,
    id: nodeId('Brand', brand.entityId),
    name: brand.name,
    path: brandPath(brand),
    // The sandbox generates product pictures only; brands have no logo.
    defaultImage: null,
    searchKeywords: brand.searchKeywords ?? [],
    seo: seoView(brand.seo, ctx.locale),
    products: (args: PageArgs & { hideOutOfStock?: boolean | null }) => {
      let list = ctx.store.catalog.products.filter((p) => p.brandEntityId === brand.entityId);
      if (args.hideOutOfStock) list = list.filter((p) => p.variants.some((v) => v.stock > 0));
      return paginate(list, args, (p) => productView(ctx, p), 'Brand.products');
    },
  };
}
