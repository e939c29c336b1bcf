import { storefrontMutation } from './storefrontQuery.js';
/** Removes a line (the last one deletes the cart); the answer replaces the cached cart, no refetch. */
export function useRemoveCartLine() {
    return storefrontMutation('useRemoveCartLine', (queries) => queries.removeCartLine());
}
