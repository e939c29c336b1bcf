import { storefrontQuery } from './storefrontQuery.js';
/** The shopper's cart; `data` is `null` when there is none (and no request is made). */
export function useCart() {
    return storefrontQuery('useCart', (queries, state) => queries.cart(state));
}
