import type { CheckoutResult } from '@bc-headless/core/queries';
import { useMutation, useQuery, type UseQueryReturnType } from '@tanstack/vue-query';
import type { StorefrontMutation } from './StorefrontContext.js';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/**
 * The checkout of the shopper's cart and its steps: billing address, shipping consignment,
 * shipping option and coupon. Each step's answer replaces the cached checkout (no refetch); steps
 * and cart changes run one at a time, in order.
 */
export function useCheckout(): {
  checkout: UseQueryReturnType<CheckoutResult | null, Error>;
  setBillingAddress: StorefrontMutation<'setBillingAddress'>;
  setShippingConsignment: StorefrontMutation<'setShippingConsignment'>;
  selectShippingOption: StorefrontMutation<'selectShippingOption'>;
  applyCoupon: StorefrontMutation<'applyCoupon'>;
} {
  const context = injectStorefront('useCheckout');
  const { queries, queryClient } = context;
  const state = sessionRef(context);
  return {
    checkout: useQuery(() => queries.checkout(state.value), queryClient),
    setBillingAddress: useMutation(queries.setBillingAddress(), queryClient),
    setShippingConsignment: useMutation(queries.setShippingConsignment(), queryClient),
    selectShippingOption: useMutation(queries.selectShippingOption(), queryClient),
    applyCoupon: useMutation(queries.applyCoupon(), queryClient),
  };
}
