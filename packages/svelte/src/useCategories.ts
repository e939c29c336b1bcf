import type { CategoryTreeItemResult } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
import { storefrontQuery } from './storefrontQuery.js';

/** The category navigation tree, in the shopper's locale. */
export function useCategories(): CreateQueryResult<CategoryTreeItemResult[]> {
  return storefrontQuery('useCategories', (queries, state) => queries.categories(state));
}
