import { randomBytes } from 'node:crypto';
import { signPaymentAccessToken } from '../../payments/paymentAccessToken.js';
import { checkVersion, touch } from '../../store/cartOperations.js';
import { computeTotals } from '../../store/computeTotals.js';
import type { SandboxCart, SandboxOrder } from '../../store/SandboxStore.js';
import type { CheckoutAddressFields, SandboxCheckoutState } from '../../store/Store.js';
import { StoreError } from '../../store/StoreError.js';
import { amountDue, giftCertificateUse, redeemGiftCertificates } from '../../store/giftCertificateUse.js';
import { orderDetails } from '../../store/orderDetails.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { checkoutView, emptyCheckout } from '../views/checkoutView.js';
import { requireAccessibleCart } from './accessibleCart.js';
import { checkoutGiftCertificateMutations } from './checkoutGiftCertificateMutations.js';

type AddressInput = Partial<CheckoutAddressFields> & { countryCode: string; shouldSaveAddress: boolean };

function toAddress(input: AddressInput): CheckoutAddressFields {
  if (!/^[A-Za-z]{2}$/.test(input.countryCode)) {
    throw new StoreError('BAD_USER_INPUT', `Invalid countryCode "${input.countryCode}": use a two-letter ISO 3166-1 code such as "US".`);
  }
  const pick = (v: string | null | undefined) => (v === undefined ? null : v);
  return {
    firstName: pick(input.firstName), lastName: pick(input.lastName), email: pick(input.email), company: pick(input.company),
    address1: pick(input.address1), address2: pick(input.address2), city: pick(input.city),
    stateOrProvince: pick(input.stateOrProvince), stateOrProvinceCode: pick(input.stateOrProvinceCode),
    countryCode: input.countryCode.toUpperCase(), postalCode: pick(input.postalCode), phone: pick(input.phone),
  };
}

const hexId = () => randomBytes(8).toString('hex');

type ConsignmentInput = { address: AddressInput; lineItems: Array<{ lineItemEntityId: string; quantity: number }> };

/** Every line named exists and ships whole (the sandbox does not split lines across consignments). */
function checkConsignment(cart: SandboxCart, consignment: ConsignmentInput): void {
  for (const item of consignment.lineItems) {
    const line = cart.lines.find((l) => l.entityId === item.lineItemEntityId);
    if (!line) throw new StoreError('NOT_FOUND', `Line item not found: checkout "${cart.entityId}" has no line item "${item.lineItemEntityId}".`);
    if (item.quantity !== line.quantity) {
      throw new StoreError('BAD_USER_INPUT', `Invalid consignment quantity for line item "${line.entityId}": the sandbox ships whole lines; send quantity ${line.quantity}.`);
    }
  }
}

/** Adds a consignment; its lines leave any other consignment, and emptied ones disappear. */
function placeConsignment(state: SandboxCheckoutState, consignment: ConsignmentInput, entityId: string): void {
  const ids = consignment.lineItems.map((l) => l.lineItemEntityId);
  state.consignments = state.consignments
    .map((c) => ({ ...c, lineItemIds: c.lineItemIds.filter((id) => !ids.includes(id)) }))
    .filter((c) => c.lineItemIds.length > 0);
  state.consignments.push({ entityId, address: toAddress(consignment.address), lineItemIds: ids, selectedShippingOptionId: null });
}

function requireConsignment(cart: SandboxCart, state: SandboxCheckoutState, consignmentEntityId: string) {
  const consignment = state.consignments.find((c) => c.entityId === consignmentEntityId);
  if (!consignment) throw new StoreError('NOT_FOUND', `Consignment not found: checkout "${cart.entityId}" has no consignment "${consignmentEntityId}".`);
  return consignment;
}

/** The `CheckoutMutations` namespace. A checkout's id is its cart's id. */
export function checkoutMutations(ctx: GraphQLContext) {
  const { store, deps } = ctx;
  const open = (checkoutEntityId: string, version?: number | null): { cart: SandboxCart; state: SandboxCheckoutState } => {
    const cart = requireAccessibleCart(ctx, checkoutEntityId, 'Checkout');
    checkVersion(cart, version);
    let state = store.checkouts.get(cart.entityId);
    if (!state) {
      state = emptyCheckout();
      store.checkouts.set(cart.entityId, state);
    }
    return { cart, state };
  };
  const done = (cart: SandboxCart) => {
    touch(store, cart, deps.clock.now());
    return { checkout: checkoutView(ctx, cart) };
  };
  return {
    ...checkoutGiftCertificateMutations(ctx),
    addCheckoutBillingAddress: ({ input }: { input: { checkoutEntityId: string; version?: number | null; data: { address: AddressInput } } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      state.billingAddress = { ...toAddress(input.data.address), entityId: state.billingAddress?.entityId ?? hexId() };
      return done(cart);
    },
    addCheckoutShippingConsignments: ({ input }: { input: { checkoutEntityId: string; version?: number | null; data: { consignments: ConsignmentInput[] } } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      for (const consignment of input.data.consignments) checkConsignment(cart, consignment);
      for (const consignment of input.data.consignments) placeConsignment(state, consignment, hexId());
      return done(cart);
    },
    updateCheckoutShippingConsignment: ({ input }: { input: { checkoutEntityId: string; consignmentEntityId: string; version?: number | null; data: { consignment: ConsignmentInput } } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      requireConsignment(cart, state, input.consignmentEntityId);
      checkConsignment(cart, input.data.consignment);
      state.consignments = state.consignments.filter((c) => c.entityId !== input.consignmentEntityId);
      // A new address means new rates: the selected option has to be chosen again.
      placeConsignment(state, input.data.consignment, input.consignmentEntityId);
      return done(cart);
    },
    deleteCheckoutConsignment: ({ input }: { input: { checkoutEntityId: string; consignmentEntityId: string; version?: number | null } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      requireConsignment(cart, state, input.consignmentEntityId);
      state.consignments = state.consignments.filter((c) => c.entityId !== input.consignmentEntityId);
      return done(cart);
    },
    selectCheckoutShippingOption: ({ input }: { input: { checkoutEntityId: string; consignmentEntityId: string; version?: number | null; data: { shippingOptionEntityId: string } } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      const consignment = requireConsignment(cart, state, input.consignmentEntityId);
      if (!store.shippingOptions.some((o) => o.entityId === input.data.shippingOptionEntityId)) {
        throw new StoreError('NOT_FOUND', `Shipping option not found: "${input.data.shippingOptionEntityId}" is not among the consignment's availableShippingOptions.`);
      }
      consignment.selectedShippingOptionId = input.data.shippingOptionEntityId;
      return done(cart);
    },
    updateCheckoutBillingAddress: ({ input }: { input: { checkoutEntityId: string; addressEntityId: string; version?: number | null; data: { address: AddressInput } } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      if (!state.billingAddress || state.billingAddress.entityId !== input.addressEntityId) {
        throw new StoreError('NOT_FOUND', `Billing address not found: checkout "${cart.entityId}" has no billing address "${input.addressEntityId}"; add one with addCheckoutBillingAddress.`);
      }
      state.billingAddress = { ...toAddress(input.data.address), entityId: input.addressEntityId };
      return done(cart);
    },
    unapplyCheckoutCoupon: ({ input }: { input: { checkoutEntityId: string; version?: number | null; data: { couponCode: string } } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      const code = store.couponByCode(input.data.couponCode)?.code;
      if (!code || !state.couponCodes.includes(code)) {
        throw new StoreError('NOT_FOUND', `Coupon not applied: "${input.data.couponCode}" is not applied to checkout "${cart.entityId}".`);
      }
      state.couponCodes = state.couponCodes.filter((c) => c !== code);
      return done(cart);
    },
    applyCheckoutCoupon: ({ input }: { input: { checkoutEntityId: string; version?: number | null; data: { couponCode: string } } }) => {
      const { cart, state } = open(input.checkoutEntityId, input.version);
      const coupon = store.couponByCode(input.data.couponCode);
      if (!coupon) throw new StoreError('NOT_FOUND', `Coupon not found: "${input.data.couponCode}" is not a valid coupon code.`);
      if (!state.couponCodes.includes(coupon.code)) state.couponCodes.push(coupon.code);
      return done(cart);
    },
    completeCheckout: async ({ input }: { input: { checkoutEntityId: string } }) => {
      const { cart, state } = open(input.checkoutEntityId);
      if (!state.billingAddress) {
        throw new StoreError('BAD_USER_INPUT', `completeCheckout: checkout "${cart.entityId}" has no billing address; add one with checkout.addCheckoutBillingAddress first.`);
      }
      const shipped = new Set(state.consignments.filter((c) => c.selectedShippingOptionId).flatMap((c) => c.lineItemIds));
      if (state.consignments.length === 0 || cart.lines.some((l) => !shipped.has(l.entityId))) {
        throw new StoreError('BAD_USER_INPUT', `completeCheckout: every line item of checkout "${cart.entityId}" needs a shipping consignment with a selected shipping option; use addCheckoutShippingConsignments and selectCheckoutShippingOption first.`);
      }
      // Completing again while the order is unpaid updates that order (same id), as on BigCommerce.
      const previous = state.orderEntityId !== null ? store.orders.get(state.orderEntityId) : undefined;
      if (previous && previous.status !== 'Incomplete') {
        throw new StoreError('NOT_FOUND', `Checkout not found: checkout "${cart.entityId}" became order ${previous.id}, which is paid.`);
      }
      if (previous) {
        for (const line of previous.lines) {
          const found = store.catalog.variantById(line.variantEntityId);
          if (found) found.variant.stock += line.quantity;
        }
      }
      for (const line of cart.lines) {
        const found = store.catalog.variantById(line.variantEntityId);
        if (!found || found.variant.stock < line.quantity) {
          if (previous) for (const l of previous.lines) store.catalog.variantById(l.variantEntityId)!.variant.stock -= l.quantity;
          throw new StoreError('INSUFFICIENT_STOCK', `completeCheckout: not enough stock left for "${line.name}" (sku ${line.sku}); update the cart.`);
        }
      }
      const totals = computeTotals(store, cart, state);
      const orderId = previous?.id ?? store.nextOrderId();
      const order: SandboxOrder = {
        id: orderId,
        cartEntityId: cart.entityId,
        customerEntityId: cart.customerEntityId,
        currencyCode: cart.currencyCode,
        total: totals.grandTotal,
        taxTotal: totals.taxTotal,
        shippingCost: totals.shippingTotal,
        discountTotal: totals.discountTotal,
        lines: totals.lines.map((l, i) => ({
          // Order product ids are unique across the store, like BigCommerce's.
          id: orderId * 1000 + i + 1,
          productEntityId: l.line.productEntityId,
          variantEntityId: l.line.variantEntityId,
          name: l.line.name,
          sku: l.line.sku,
          quantity: l.line.quantity,
          unitPrice: l.saleUnit - l.unitDiscount + l.unitTax,
          unitTax: l.unitTax,
          ...(l.line.modifiers ? { modifiers: l.line.modifiers } : {}),
        })),
        billingEmail: state.billingAddress.email ?? (cart.customerEntityId !== null ? (store.customers.get(cart.customerEntityId)?.email ?? '') : ''),
        status: 'Incomplete',
        createdAt: previous?.createdAt ?? deps.clock.now(),
      };
      order.details = orderDetails(store, state, totals, order.lines);
      const giftCertificates = giftCertificateUse(store, state.giftCertificateCodes ?? [], totals.grandTotal);
      order.giftCertificates = giftCertificates.uses.filter((u) => u.used > 0).map((u) => ({ code: u.certificate.code, used: u.used }));
      // The order holds its stock; the cart stays until the order is paid (see dropPaidCarts).
      for (const line of cart.lines) store.catalog.variantById(line.variantEntityId)!.variant.stock -= line.quantity;
      store.orders.set(order.id, order);
      state.orderEntityId = order.id;
      // Gift certificates cover it all: the order is paid now, with nothing left for a card.
      if (giftCertificates.outstanding === 0 && order.giftCertificates.length > 0) {
        order.status = 'Awaiting Fulfillment';
        redeemGiftCertificates(store, order);
        return { orderEntityId: order.id, paymentAccessToken: null };
      }
      const paymentAccessToken = await signPaymentAccessToken(
        deps.keys.paymentSecret,
        store.storeHash,
        { store_id: store.storeId, order_id: order.id, amount: amountDue(order), currency: order.currencyCode },
        deps.clock,
      );
      return { orderEntityId: order.id, paymentAccessToken };
    },
  };
}
