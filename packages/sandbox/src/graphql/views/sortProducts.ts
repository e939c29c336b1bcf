import type { CatalogProduct } from '../../catalog/createCatalog.js';
import { localize } from '../../catalog/createCatalog.js';
import { unitPriceOf } from '../../store/unitPriceOf.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { reviewSummary } from './reviewsView.js';

/**
 * Sorts products for `CategoryProductSort` / `SearchProductsSortInput`. BEST_REVIEWED puts the
 * highest average rating first (more reviews break a tie; unreviewed products last, in catalog
 * order). The sandbox has no sales, so BEST_SELLING and RELEVANCE keep catalog order; FEATURED
 * puts featured products first; NEWEST is the highest entity id first.
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
    case 'BEST_REVIEWED': {
      const summary = new Map(list.map((p) => [p.entityId, reviewSummary(ctx.store.catalog.reviewsOf(p.entityId))]));
      const avg = (p: CatalogProduct) => summary.get(p.entityId)!.averageRating;
      const count = (p: CatalogProduct) => summary.get(p.entityId)!.numberOfReviews;
      return list.sort((a, b) => avg(b) - avg(a) || count(b) - count(a));
    }
    case 'FEATURED':
      return list.sort((a, b) => Number(b.featured === true) - Number(a.featured === true));
    default:
      return list;
  }
}
