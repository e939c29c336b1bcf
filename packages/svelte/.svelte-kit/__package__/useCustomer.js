import { storefrontQuery } from './storefrontQuery.js';
/** The signed-in customer's profile; `data` is `null` for a guest (and no request is made). */
export function useCustomer() {
    return storefrontQuery('useCustomer', (queries, state) => queries.customer(state));
}
