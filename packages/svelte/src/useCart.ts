import type { CartResult } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
import { storefrontQuery } from './storefrontQuery.js';

/** The shopper's cart; `data` is `null` when there is none (and no request is made). */
export function useCart(): CreateQueryResult<CartResult | null> {
  return storefrontQuery('useCart', (queries, state) => queries.cart(state));
}
