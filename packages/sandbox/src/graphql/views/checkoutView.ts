import { computeTotals } from '../../store/computeTotals.js';
import { giftCertificateUse } from '../../store/giftCertificateUse.js';
import type { SandboxCart } from '../../store/SandboxStore.js';
import type { CheckoutAddressFields, SandboxCheckoutState } from '../../store/Store.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { cartView } from './cartView.js';
import { dateTimeExtended, money, nodeId } from './money.js';

/** An empty checkout state (a checkout exists for every cart). */
export function emptyCheckout(): SandboxCheckoutState {
  return { billingAddress: null, consignments: [], couponCodes: [], orderEntityId: null };
}

function addressView(address: CheckoutAddressFields) {
  return { ...address };
}

/** The `Checkout` view of a cart: a checkout's id is its cart's id. */
export function checkoutView(ctx: GraphQLContext, cart: SandboxCart) {
  const { store } = ctx;
  const state = store.checkouts.get(cart.entityId) ?? emptyCheckout();
  const totals = computeTotals(store, cart, state);
  const giftCertificates = giftCertificateUse(store, state.giftCertificateCodes ?? [], totals.grandTotal);
  const m = (minor: number) => money(minor, cart.currencyCode);
  const optionView = (id: string) => {
    const o = store.shippingOptions.find((x) => x.entityId === id);
    return o ? { entityId: o.entityId, description: o.description, type: o.type, cost: m(o.cost), transitTime: o.transitTime ?? null, isRecommended: o.isRecommended === true } : null;
  };
  return {
    entityId: cart.entityId,
    id: nodeId('Checkout', cart.entityId),
    version: cart.version,
    currencyCode: cart.currencyCode,
    createdAt: dateTimeExtended(cart.createdAt),
    updatedAt: dateTimeExtended(cart.updatedAt),
    cart: () => cartView(ctx, cart),
    billingAddress: state.billingAddress ? addressView(state.billingAddress) : null,
    shippingConsignments: state.consignments.map((c) => ({
      entityId: c.entityId,
      address: addressView(c.address),
      lineItemIds: c.lineItemIds,
      availableShippingOptions: store.shippingOptions.map((o) => optionView(o.entityId)),
      selectedShippingOption: c.selectedShippingOptionId ? optionView(c.selectedShippingOptionId) : null,
      shippingCost: m(store.shippingOptions.find((o) => o.entityId === c.selectedShippingOptionId)?.cost ?? 0),
    })),
    coupons: totals.coupons.map(({ code, amount }) => {
      const coupon = store.couponByCode(code)!;
      return { entityId: coupon.entityId, code: coupon.code, couponType: coupon.couponType, discountedAmount: m(amount) };
    }),
    subtotal: m(totals.subtotal),
    shippingCostTotal: m(totals.shippingTotal),
    handlingCostTotal: m(0),
    taxTotal: m(totals.taxTotal),
    taxes: [{ name: 'Tax', amount: m(totals.taxTotal) }],
    grandTotal: m(totals.grandTotal),
    outstandingBalance: m(giftCertificates.outstanding),
    giftCertificates: giftCertificates.uses.map(({ certificate, used }) => ({
      code: certificate.code,
      balance: m(certificate.balance),
      used: m(used),
      remaining: m(certificate.balance - used),
      purchaseDate: dateTimeExtended(Date.parse(certificate.purchasedAt)),
    })),
  };
}
