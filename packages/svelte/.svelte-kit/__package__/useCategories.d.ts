import type { CategoryTreeItemResult } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
/** The category navigation tree, in the shopper's locale. */
export declare function useCategories(): CreateQueryResult<CategoryTreeItemResult[]>;
