'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/**
 * The checkout of the shopper's cart and its steps: billing address, shipping consignment,
 * shipping option and coupon. Each step's answer replaces the cached checkout (no refetch); steps
 * and cart changes run one at a time, in order.
 */
export function useCheckout() {
  const { queries } = useStorefront();
  return {
    checkout: useQuery(queries.checkout(useSession())),
    setBillingAddress: useMutation(queries.setBillingAddress()),
    setShippingConsignment: useMutation(queries.setShippingConsignment()),
    selectShippingOption: useMutation(queries.selectShippingOption()),
    applyCoupon: useMutation(queries.applyCoupon()),
  };
}
