import type { CheckoutAddress, CheckoutResult, ShippingConsignmentVariables, ShippingOptionVariables } from '@bc-headless/core/queries';
import type { CreateMutationResult, CreateQueryResult } from '@tanstack/svelte-query';
type Step<TVariables> = CreateMutationResult<CheckoutResult | null, Error, TVariables, unknown>;
/** The checkout and its steps, each a svelte-query result to read through its properties. */
export interface CheckoutSteps {
    checkout: CreateQueryResult<CheckoutResult | null>;
    setBillingAddress: Step<{
        address: CheckoutAddress;
    }>;
    setShippingConsignment: Step<ShippingConsignmentVariables>;
    selectShippingOption: Step<ShippingOptionVariables>;
    applyCoupon: Step<{
        couponCode: string;
    }>;
}
/**
 * The checkout of the shopper's cart and its steps: billing address, shipping consignment,
 * shipping option and coupon. Each step's answer replaces the cached checkout (no refetch); steps
 * and cart changes run one at a time, in order.
 */
export declare function useCheckout(): CheckoutSteps;
export {};
