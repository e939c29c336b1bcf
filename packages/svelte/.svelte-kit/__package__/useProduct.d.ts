import type { Product } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
/**
 * A product page's product (options, variants, stock, images); `data` is `null` when unknown.
 * `entityId` is a function (`() => id`), so a new id (a prop, `$state`) fetches that product.
 */
export declare function useProduct(entityId: () => number): CreateQueryResult<Product | null>;
