import type { CatalogProduct } from '../../catalog/createCatalog.js';
import { localize } from '../../catalog/createCatalog.js';
import { unitPriceOf } from '../../store/unitPriceOf.js';
import type { GraphQLContext } from '../GraphQLContext.js';

/**
 * Sorts products for `CategoryProductSort` / `SearchProductsSortInput`. The sandbox has no sales
 * or reviews, so BEST_SELLING, BEST_REVIEWED and RELEVANCE keep catalog order; FEATURED puts
 * featured products first; NEWEST is the highest entity id first.
 */
export function sortProducts(ctx: GraphQLContext, products: readonly CatalogProduct[], sort: string): CatalogProduct[] {
  const list = [...products];
  // By the price this shopper sees (a customer group's discount included), as `prices.price` shows it.
  const group = ctx.customer?.customerGroup ?? null;
  const price = (p: CatalogProduct) => unitPriceOf(p, p.variants[0]!, group);
  const name = (p: CatalogProduct) => localize(p.name, ctx.locale);
  switch (sort) {
    case 'A_TO_Z':
      return list.sort((a, b) => name(a).localeCompare(name(b), ctx.locale));
    case 'Z_TO_A':
      return list.sort((a, b) => name(b).localeCompare(name(a), ctx.locale));
    case 'LOWEST_PRICE':
      return list.sort((a, b) => price(a) - price(b));
    case 'HIGHEST_PRICE':
      return list.sort((a, b) => price(b) - price(a));
    case 'NEWEST':
      return list.sort((a, b) => b.entityId - a.entityId);
    case 'FEATURED':
      return list.sort((a, b) => Number(b.featured === true) - Number(a.featured === true));
    default:
      return list;
  }
}
