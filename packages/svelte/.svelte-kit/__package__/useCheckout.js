import { storefrontMutation, storefrontQuery } from './storefrontQuery.js';
/**
 * The checkout of the shopper's cart and its steps: billing address, shipping consignment,
 * shipping option and coupon. Each step's answer replaces the cached checkout (no refetch); steps
 * and cart changes run one at a time, in order.
 */
export function useCheckout() {
    return {
        checkout: storefrontQuery('useCheckout', (queries, state) => queries.checkout(state)),
        setBillingAddress: storefrontMutation('useCheckout', (queries) => queries.setBillingAddress()),
        setShippingConsignment: storefrontMutation('useCheckout', (queries) => queries.setShippingConsignment()),
        selectShippingOption: storefrontMutation('useCheckout', (queries) => queries.selectShippingOption()),
        applyCoupon: storefrontMutation('useCheckout', (queries) => queries.applyCoupon()),
    };
}
