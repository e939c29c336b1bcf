import type { Product } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
import { storefrontQuery } from './storefrontQuery.js';

/**
 * A product page's product (options, variants, stock, images); `data` is `null` when unknown.
 * `entityId` is a function (`() => id`), so a new id (a prop, `$state`) fetches that product.
 */
export function useProduct(entityId: () => number): CreateQueryResult<Product | null> {
  return storefrontQuery('useProduct', (queries, state) => queries.product(entityId(), state));
}
