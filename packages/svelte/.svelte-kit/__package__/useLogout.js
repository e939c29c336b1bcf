import { storefrontMutation } from './storefrontQuery.js';
/** Signs out; the previous customer's cached data is dropped and the cart stays as a guest cart. */
export function useLogout() {
    return storefrontMutation('useLogout', (queries) => queries.logout());
}
