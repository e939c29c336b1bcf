import type { SeedReview } from '../../catalog/SeedStorefrontContent.js';
import { apiError } from '../apiError.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { dateTimeExtended } from './money.js';

/** A product's `Reviews` summary: count, sum of ratings and (deprecated, still read by Catalyst) average. */
export function reviewSummary(reviews: readonly SeedReview[]) {
  const summationOfRatings = reviews.reduce((s, r) => s + r.rating, 0);
  return {
    numberOfReviews: reviews.length,
    summationOfRatings,
    averageRating: reviews.length ? Math.round((summationOfRatings / reviews.length) * 100) / 100 : 0,
  };
}

/** What `Product.reviews` takes. */
export interface ReviewArgs extends PageArgs {
  filters?: { rating?: { minRating?: number | null; maxRating?: number | null } | null } | null;
  sort?: string | null;
}

function ratingBound(value: number | null | undefined, name: string): void {
  if (value != null && (value < 1 || value > 5)) {
    throw apiError(`Invalid argument filters.rating.${name}: ${value} for Product.reviews: ratings run from 1 to 5.`, 'BAD_USER_INPUT');
  }
}

/** `Product.reviews`: filtered by rating, sorted (NEWEST by default), paged. */
export function reviewsConnection(ctx: GraphQLContext, productEntityId: number, args: ReviewArgs) {
  const { minRating, maxRating } = args.filters?.rating ?? {};
  ratingBound(minRating, 'minRating');
  ratingBound(maxRating, 'maxRating');
  let list = [...ctx.store.catalog.reviewsOf(productEntityId)];
  if (minRating != null) list = list.filter((r) => r.rating >= minRating);
  if (maxRating != null) list = list.filter((r) => r.rating <= maxRating);
  const time = (r: SeedReview) => Date.parse(r.createdAt);
  switch (args.sort ?? 'NEWEST') {
    case 'OLDEST': list.sort((a, b) => time(a) - time(b) || a.entityId - b.entityId); break;
    case 'HIGHEST_RATING': list.sort((a, b) => b.rating - a.rating || time(b) - time(a)); break;
    case 'LOWEST_RATING': list.sort((a, b) => a.rating - b.rating || time(b) - time(a)); break;
    default: list.sort((a, b) => time(b) - time(a) || b.entityId - a.entityId);
  }
  return paginate(list, args, (r) => ({
    entityId: r.entityId,
    rating: r.rating,
    title: r.title,
    text: r.text,
    author: { name: r.author },
    createdAt: dateTimeExtended(time(r)),
  }), 'Product.reviews');
}
