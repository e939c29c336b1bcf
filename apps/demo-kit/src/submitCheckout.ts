import { PaymentDeclinedError, PaymentOutcomeUnknownError } from '@bc-headless/core';
import { cardInstrument, type CheckoutResult, type PlacedOrder, type PlaceOrderVariables, type ShippingOptionVariables } from '@bc-headless/core/queries';
import type { CardFields } from './checkoutDefaults.js';
import { translate } from './messages.js';

/** What "Place order" needs: the checkout as shown, the form's state, and the app's mutations. */
export interface SubmitCheckoutOptions {
  /** The checkout the page shows (null once the cart is gone). */
  checkout: CheckoutResult | null;
  /** `true` when the shopper edited the address since it was last saved. */
  addressChanged: boolean;
  card: CardFields;
  /** The shopper's language, for the error message. */
  lang: string;
  /** Saves the form's address as billing and shipping address; answers the updated checkout. */
  saveAddress(): Promise<CheckoutResult | null>;
  /** The adapter's `selectShippingOption` mutation (`mutateAsync`). */
  selectShippingOption(variables: ShippingOptionVariables): Promise<unknown>;
  /** The adapter's `placeOrder` mutation (`mutateAsync`). */
  placeOrder(variables: PlaceOrderVariables): Promise<PlacedOrder>;
}

/** Where the page goes next (`orderHref`), or the translated message to show (`error`). */
export type SubmitCheckoutOutcome = { order: PlacedOrder; orderHref: string; error?: undefined } | { error: string; order?: undefined; orderHref?: undefined };

/**
 * The checkout page's "Place order": finishes whatever step is missing (saves the address if it
 * changed or was never saved, picks the recommended or else the first shipping option if none is
 * chosen), then pays. Never throws: a declined card, an unknown payment outcome and any other
 * failure come back as the shopper's message.
 */
export async function submitCheckout(options: SubmitCheckoutOptions): Promise<SubmitCheckoutOutcome> {
  const { addressChanged, card, lang } = options;
  try {
    let current = options.checkout;
    if (addressChanged || !current?.shippingConsignments?.[0]) current = await options.saveAddress();
    const target = current?.shippingConsignments?.[0];
    if (target && !target.selectedShippingOption) {
      const choices = target.availableShippingOptions ?? [];
      const option = choices.find((o) => o.isRecommended) ?? choices[0];
      if (option) await options.selectShippingOption({ shippingOptionEntityId: option.entityId });
    }
    const order = await options.placeOrder({ instrument: cardInstrument(card) });
    return { order, orderHref: `/order/${order.orderId}?correlationId=${encodeURIComponent(order.correlationId)}` };
  } catch (e) {
    if (e instanceof PaymentDeclinedError) return { error: translate(lang, 'checkout.declined') };
    if (e instanceof PaymentOutcomeUnknownError) return { error: translate(lang, 'checkout.unknown', { orderId: e.orderId ?? '?' }) };
    return { error: translate(lang, 'checkout.failed', { message: (e as Error).message }) };
  }
}
