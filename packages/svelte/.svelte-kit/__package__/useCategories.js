import { storefrontQuery } from './storefrontQuery.js';
/** The category navigation tree, in the shopper's locale. */
export function useCategories() {
    return storefrontQuery('useCategories', (queries, state) => queries.categories(state));
}
