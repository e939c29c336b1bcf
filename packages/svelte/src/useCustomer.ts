import type { CustomerResult } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
import { storefrontQuery } from './storefrontQuery.js';

/** The signed-in customer's profile; `data` is `null` for a guest (and no request is made). */
export function useCustomer(): CreateQueryResult<CustomerResult | null> {
  return storefrontQuery('useCustomer', (queries, state) => queries.customer(state));
}
