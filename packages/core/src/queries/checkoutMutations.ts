import type { QueryClient } from '@tanstack/query-core';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import {
  ADD_CHECKOUT_BILLING_ADDRESS,
  ADD_CHECKOUT_SHIPPING_CONSIGNMENTS,
  APPLY_CHECKOUT_COUPON,
  SELECT_CHECKOUT_SHIPPING_OPTION,
  type CheckoutAddressInput,
  type CheckoutResult,
  type ConsignmentLineItemInput,
} from './documents/checkoutDocuments.js';
import type { QueryLayerContext } from './QueryLayerContext.js';
import type { shopperQueries } from './shopperQueries.js';
import type { StorefrontMutationOptions } from './StorefrontQueryOptions.js';

/** An address for checkout; `shouldSaveAddress` defaults to `false`. */
export type CheckoutAddress = Omit<CheckoutAddressInput, 'shouldSaveAddress'> & { shouldSaveAddress?: boolean };

/** Ships the cart to an address; every physical line of the cart unless `lineItems` says otherwise. */
export interface ShippingConsignmentVariables {
  address: CheckoutAddress;
  lineItems?: ConsignmentLineItemInput[];
}

/** Chooses a shipping option; the first consignment unless `consignmentEntityId` says otherwise. */
export interface ShippingOptionVariables {
  shippingOptionEntityId: string;
  consignmentEntityId?: string;
}

const withSave = (address: CheckoutAddress): CheckoutAddressInput => ({ ...address, shouldSaveAddress: address.shouldSaveAddress ?? false });

/**
 * The checkout steps of a one-page checkout. Each answers the whole checkout, which replaces the
 * cached one (no refetch). INTERNAL (see `storefrontQueries`).
 */
export function checkoutMutations(ctx: QueryLayerContext, shopper: ReturnType<typeof shopperQueries>) {
  const { client, session, keys } = ctx;
  const all = keys.all();
  const checkoutId = (api: string) => {
    const { cartId } = session.getSnapshot();
    if (!cartId) throw new StorefrontConfigError(`${api}: the session has no cart, so there is no checkout; add something to the cart first`, { field: 'session.cartId' });
    return cartId;
  };
  // The cached checkout, or a fetch of it: consignment defaults are read from it.
  const currentCheckout = async (queryClient: QueryClient, api: string) => {
    const checkout = await queryClient.fetchQuery(shopper.checkout(session.getSnapshot()));
    if (!checkout) throw new StorefrontConfigError(`${api}: the session's cart has no checkout (checked out or expired)`, { field: 'session.cartId' });
    return checkout;
  };
  const writeCheckout = (queryClient: QueryClient, checkout: CheckoutResult | null | undefined) => {
    if (checkout) queryClient.setQueryData(keys.checkout(ctx.scope(session.getSnapshot()), checkout.entityId), checkout);
  };
  const step = <TVariables>(
    name: string,
    run: (checkoutEntityId: string, variables: TVariables, queryClient: QueryClient) => Promise<CheckoutResult | null | undefined>,
  ): StorefrontMutationOptions<CheckoutResult | null, TVariables> => ({
    mutationKey: [...all, 'checkout', name],
    mutationFn: async (variables, { client: queryClient }) => (await run(checkoutId(name), variables, queryClient)) ?? null,
    onSuccess: (checkout, _variables, _result, { client: queryClient }) => writeCheckout(queryClient, checkout),
  });

  return {
    /** Sets the billing address. */
    setBillingAddress: () =>
      step<{ address: CheckoutAddress }>('setBillingAddress', async (checkoutEntityId, { address }) => {
        const data = await client.request(ADD_CHECKOUT_BILLING_ADDRESS, { checkoutEntityId, address: withSave(address) });
        return data.checkout.addCheckoutBillingAddress?.checkout;
      }),

    /** Adds a shipping consignment; its answer lists the consignment's shipping options. */
    addShippingConsignment: () =>
      step<ShippingConsignmentVariables>('addShippingConsignment', async (checkoutEntityId, { address, lineItems }, queryClient) => {
        lineItems ??= (await currentCheckout(queryClient, 'addShippingConsignment')).cart?.lineItems.physicalItems.map((l) => ({
          lineItemEntityId: l.entityId,
          quantity: l.quantity,
        }));
        const consignments = [{ address: withSave(address), lineItems: lineItems ?? [] }];
        const data = await client.request(ADD_CHECKOUT_SHIPPING_CONSIGNMENTS, { checkoutEntityId, consignments });
        return data.checkout.addCheckoutShippingConsignments?.checkout;
      }),

    /** Chooses a consignment's shipping option. */
    selectShippingOption: () =>
      step<ShippingOptionVariables>('selectShippingOption', async (checkoutEntityId, { shippingOptionEntityId, consignmentEntityId }, queryClient) => {
        consignmentEntityId ??= (await currentCheckout(queryClient, 'selectShippingOption')).shippingConsignments?.[0]?.entityId;
        if (!consignmentEntityId) {
          throw new StorefrontConfigError('selectShippingOption: the checkout has no shipping consignment; run addShippingConsignment first', { field: 'consignmentEntityId' });
        }
        const data = await client.request(SELECT_CHECKOUT_SHIPPING_OPTION, { checkoutEntityId, consignmentEntityId, shippingOptionEntityId });
        return data.checkout.selectCheckoutShippingOption?.checkout;
      }),

    /** Applies a coupon code; the cart's amounts change too, so the cached cart is marked stale. */
    applyCoupon: () => {
      const options = step<{ couponCode: string }>('applyCoupon', async (checkoutEntityId, { couponCode }) => {
        const data = await client.request(APPLY_CHECKOUT_COUPON, { checkoutEntityId, couponCode });
        return data.checkout.applyCheckoutCoupon?.checkout;
      });
      return {
        ...options,
        onSuccess: (checkout: CheckoutResult | null, _variables: { couponCode: string }, _result: unknown, { client: queryClient }: { client: QueryClient }) => {
          writeCheckout(queryClient, checkout);
          const state = session.getSnapshot();
          return queryClient.invalidateQueries({ queryKey: keys.cart(ctx.scope(state), state.cartId) });
        },
      } as StorefrontMutationOptions<CheckoutResult | null, { couponCode: string }>;
    },
  };
}
