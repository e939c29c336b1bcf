import type { QueryClient } from '@tanstack/query-core';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import {
  ADD_CHECKOUT_BILLING_ADDRESS,
  ADD_CHECKOUT_SHIPPING_CONSIGNMENTS,
  APPLY_CHECKOUT_COUPON,
  SELECT_CHECKOUT_SHIPPING_OPTION,
  UPDATE_CHECKOUT_SHIPPING_CONSIGNMENT,
  type CheckoutAddressInput,
  type CheckoutResult,
  type ConsignmentLineItemInput,
  type ShippingOptionResult,
} from './documents/checkoutDocuments.js';
import { CART_SCOPE, type QueryLayerContext } from './QueryLayerContext.js';
import type { shopperQueries } from './shopperQueries.js';
import type { StorefrontMutationOptions } from './StorefrontQueryOptions.js';

/** An address for checkout; `shouldSaveAddress` defaults to `false`. */
export type CheckoutAddress = Omit<CheckoutAddressInput, 'shouldSaveAddress'> & { shouldSaveAddress?: boolean };

/**
 * Ships the cart to an address: every physical line of the cart unless `lineItems` says
 * otherwise. The checkout's consignment is updated when it has one (or `consignmentEntityId`'s),
 * so submitting the address form twice never ships the cart twice.
 */
export interface ShippingConsignmentVariables {
  address: CheckoutAddress;
  lineItems?: ConsignmentLineItemInput[];
  consignmentEntityId?: string;
}

/** Chooses a shipping option; the first consignment unless `consignmentEntityId` says otherwise. */
export interface ShippingOptionVariables {
  shippingOptionEntityId: string;
  consignmentEntityId?: string;
}

/** What `selectShippingOption` remembers to undo its optimistic choice: the consignment and its option before it. */
export interface ShippingOptionBefore {
  consignmentEntityId: string;
  previous: ShippingOptionResult | null;
}

// The checkout with one consignment's selected option replaced; a new object, as the cache wants.
const withShippingOption = (checkout: CheckoutResult, consignmentEntityId: string, option: ShippingOptionResult | null): CheckoutResult => ({
  ...checkout,
  shippingConsignments: checkout.shippingConsignments?.map((c) => (c.entityId === consignmentEntityId ? { ...c, selectedShippingOption: option } : c)) ?? null,
});

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
  const cachedCheckoutKey = () => {
    const state = session.getSnapshot();
    return keys.checkout(ctx.scope(state), state.cartId);
  };
  const writeCheckout = (queryClient: QueryClient, checkout: CheckoutResult | null | undefined) => {
    if (checkout) queryClient.setQueryData(keys.checkout(ctx.scope(session.getSnapshot()), checkout.entityId), checkout);
  };
  const step = <TVariables>(
    name: string,
    run: (checkoutEntityId: string, variables: TVariables, queryClient: QueryClient) => Promise<CheckoutResult | null | undefined>,
    after?: (queryClient: QueryClient) => Promise<unknown>,
  ): StorefrontMutationOptions<CheckoutResult | null, TVariables> => ({
    mutationKey: [...all, 'checkout', name],
    // Queued behind cart changes: a step must see the lines the cart has after them.
    scope: { id: CART_SCOPE },
    mutationFn: async (variables, { client: queryClient }) => (await run(checkoutId(name), variables, queryClient)) ?? null,
    onSuccess: (checkout, _variables, _result, { client: queryClient }) => {
      writeCheckout(queryClient, checkout);
      return after?.(queryClient);
    },
  });

  return {
    /** Sets the billing address. */
    setBillingAddress: () =>
      step<{ address: CheckoutAddress }>('setBillingAddress', async (checkoutEntityId, { address }) => {
        const data = await client.request(ADD_CHECKOUT_BILLING_ADDRESS, { checkoutEntityId, address: withSave(address) });
        return data.checkout.addCheckoutBillingAddress?.checkout;
      }),

    /** Sets the shipping address (adds the consignment, or updates the existing one); the answer lists its shipping options. */
    setShippingConsignment: () =>
      step<ShippingConsignmentVariables>('setShippingConsignment', async (checkoutEntityId, { address, lineItems, consignmentEntityId }, queryClient) => {
        const current = await currentCheckout(queryClient, 'setShippingConsignment');
        consignmentEntityId ??= current.shippingConsignments?.[0]?.entityId;
        lineItems ??= current.cart?.lineItems.physicalItems.map((l) => ({ lineItemEntityId: l.entityId, quantity: l.quantity })) ?? [];
        const consignment = { address: withSave(address), lineItems };
        if (consignmentEntityId) {
          const data = await client.request(UPDATE_CHECKOUT_SHIPPING_CONSIGNMENT, { checkoutEntityId, consignmentEntityId, consignment });
          return data.checkout.updateCheckoutShippingConsignment?.checkout;
        }
        const data = await client.request(ADD_CHECKOUT_SHIPPING_CONSIGNMENTS, { checkoutEntityId, consignments: [consignment] });
        return data.checkout.addCheckoutShippingConsignments?.checkout;
      }),

    /**
     * Chooses a consignment's shipping option, optimistically: the cached checkout shows the choice
     * at once (its amounts follow with the answer), and the previous choice comes back if the step fails.
     */
    selectShippingOption: (): StorefrontMutationOptions<CheckoutResult | null, ShippingOptionVariables, ShippingOptionBefore | null> => ({
      ...step<ShippingOptionVariables>('selectShippingOption', async (checkoutEntityId, { shippingOptionEntityId, consignmentEntityId }, queryClient) => {
        consignmentEntityId ??= (await currentCheckout(queryClient, 'selectShippingOption')).shippingConsignments?.[0]?.entityId;
        if (!consignmentEntityId) {
          throw new StorefrontConfigError('selectShippingOption: the checkout has no shipping consignment; run setShippingConsignment first', { field: 'consignmentEntityId' });
        }
        const data = await client.request(SELECT_CHECKOUT_SHIPPING_OPTION, { checkoutEntityId, consignmentEntityId, shippingOptionEntityId });
        return data.checkout.selectCheckoutShippingOption?.checkout;
      }),
      // Runs at once, before the step waits its turn behind cart changes: the radio button moves on click.
      onMutate: async ({ shippingOptionEntityId, consignmentEntityId }, { client: queryClient }) => {
        const key = cachedCheckoutKey();
        // A checkout read in flight would land after this write and undo the choice on screen.
        await queryClient.cancelQueries({ queryKey: key });
        const cached = queryClient.getQueryData<CheckoutResult | null>(key);
        const consignments = cached?.shippingConsignments;
        const consignment = consignmentEntityId ? consignments?.find((c) => c.entityId === consignmentEntityId) : consignments?.[0];
        const option = consignment?.availableShippingOptions?.find((o) => o.entityId === shippingOptionEntityId);
        // Nothing cached to show it on (or an option the checkout does not offer): the answer will tell.
        if (!cached || !consignment || !option) return null;
        queryClient.setQueryData(key, withShippingOption(cached, consignment.entityId, option));
        return { consignmentEntityId: consignment.entityId, previous: consignment.selectedShippingOption };
      },
      // Only the choice is undone, on whatever is cached now: a step that finished meanwhile keeps its answer.
      onError: (_error, _variables, before, { client: queryClient }) => {
        if (!before) return;
        const { consignmentEntityId, previous } = before;
        queryClient.setQueryData<CheckoutResult | null>(cachedCheckoutKey(), (current) => current && withShippingOption(current, consignmentEntityId, previous));
      },
    }),

    /** Applies a coupon code; the cart's amounts change too, so the cached cart is marked stale. */
    applyCoupon: () =>
      step<{ couponCode: string }>(
        'applyCoupon',
        async (checkoutEntityId, { couponCode }) => (await client.request(APPLY_CHECKOUT_COUPON, { checkoutEntityId, couponCode })).checkout.applyCheckoutCoupon?.checkout,
        (queryClient) => {
          const state = session.getSnapshot();
          return queryClient.invalidateQueries({ queryKey: keys.cart(ctx.scope(state), state.cartId) });
        },
      ),
  };
}
