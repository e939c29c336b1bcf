import { storefrontMutation } from './storefrontQuery.js';
/** Signs in (the guest cart is merged into the customer's); only the customer-scoped queries change. */
export function useLogin() {
    return storefrontMutation('useLogin', (queries) => queries.login());
}
