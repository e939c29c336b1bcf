import { storefrontMutation } from './storefrontQuery.js';
/** Changes a line's quantity (0 removes it); the answer replaces the cached cart, no refetch. */
export function useUpdateCartLine() {
    return storefrontMutation('useUpdateCartLine', (queries) => queries.updateCartLine());
}
