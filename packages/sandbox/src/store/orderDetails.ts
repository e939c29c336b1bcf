import type { Totals } from './computeTotals.js';
import type { SandboxOrderDetails, SandboxOrderLine } from './SandboxStore.js';
import type { SandboxCheckoutState, Store } from './Store.js';

/**
 * What `completeCheckout` records for the order history: the billing address, each consignment's
 * address, lines and chosen shipping option, and the coupons with their amounts.
 */
export function orderDetails(store: Store, state: SandboxCheckoutState, totals: Totals, lines: SandboxOrderLine[]): SandboxOrderDetails {
  const orderLineOf = (cartLineId: string) => lines[totals.lines.findIndex((l) => l.line.entityId === cartLineId)]?.id;
  const { entityId: _id, ...billingAddress } = state.billingAddress!;
  return {
    subtotal: totals.subtotal,
    billingAddress,
    consignments: state.consignments.map((c, i) => ({
      id: i + 1,
      address: { ...c.address },
      lineIds: c.lineItemIds.map(orderLineOf).filter((id) => id !== undefined),
      shippingMethod: store.shippingOptions.find((o) => o.entityId === c.selectedShippingOptionId)?.description ?? '',
      shipments: [],
    })),
    coupons: totals.coupons.map((c) => ({ ...c })),
  };
}
