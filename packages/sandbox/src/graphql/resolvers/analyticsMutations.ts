import type { GraphQLContext } from '../GraphQLContext.js';

/**
 * `Mutation.analytics`: the storefront's visit and product-view events (Catalyst sends them from
 * core/lib/analytics/bigcommerce/data-events.ts). The sandbox has no analytics: it accepts each
 * well-formed event and answers `executed: true`, except a product view of a product the catalog
 * does not have, which answers `executed: false`.
 */
export function analyticsMutations(ctx: GraphQLContext) {
  return {
    visitStartedEvent: () => ({ executed: true }),
    productViewedEvent: ({ input }: { input: { productInput: { productEntityId: number } } }) => ({
      executed: ctx.store.catalog.productById(input.productInput.productEntityId) !== undefined,
    }),
  };
}
