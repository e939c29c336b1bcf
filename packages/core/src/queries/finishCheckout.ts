import type { ShippingOptionVariables } from './checkoutMutations.js';
import type { CheckoutResult } from './documents/checkoutDocuments.js';
import type { PlacedOrder, PlaceOrderVariables } from './placeOrder.js';

/** What `finishCheckout` needs: the checkout as shown, the form's state, and the binding's mutations. */
export interface FinishCheckoutOptions {
  /** The checkout the page shows (`null` once the cart is gone). */
  checkout: CheckoutResult | null;
  /** `true` when the shopper edited the address since it was last saved. */
  addressChanged: boolean;
  /** What `placeOrder` sends, e.g. `{ instrument: cardInstrument(card) }`. */
  payment: PlaceOrderVariables;
  /** Saves the form's address (billing and shipping consignment); answers the updated checkout. */
  saveAddress(): Promise<CheckoutResult | null>;
  /** The binding's `selectShippingOption` mutation (`mutateAsync`). */
  selectShippingOption(variables: ShippingOptionVariables): Promise<unknown>;
  /** The binding's `placeOrder` mutation (`mutateAsync`). */
  placeOrder(variables: PlaceOrderVariables): Promise<PlacedOrder>;
}

/**
 * A one-page checkout's "Place order": finishes whatever step is missing, then pays. The address
 * is saved if it changed or has no consignment yet; a consignment without a shipping option gets
 * the recommended one, else the first. Resolves the placed order; rejects as `placeOrder` does
 * (`PaymentDeclinedError`, `PaymentOutcomeUnknownError`, …) or with the failed step's error.
 */
export async function finishCheckout(options: FinishCheckoutOptions): Promise<PlacedOrder> {
  let checkout = options.checkout;
  if (options.addressChanged || !checkout?.shippingConsignments?.[0]) checkout = await options.saveAddress();
  const consignment = checkout?.shippingConsignments?.[0];
  if (consignment && !consignment.selectedShippingOption) {
    const choices = consignment.availableShippingOptions ?? [];
    const option = choices.find((o) => o.isRecommended) ?? choices[0];
    // No option at all: placeOrder is still sent, and the server's refusal names what is missing.
    if (option) await options.selectShippingOption({ shippingOptionEntityId: option.entityId, consignmentEntityId: consignment.entityId });
  }
  return options.placeOrder(options.payment);
}
