import { storefrontMutation } from './storefrontQuery.js';
/** Adds a line to the cart (creating the cart when needed); the answer replaces the cached cart, no refetch. */
export function useAddToCart() {
    return storefrontMutation('useAddToCart', (queries) => queries.addToCart());
}
