import { PaymentDeclinedError, PaymentOutcomeUnknownError } from '@bc-headless/core';
import { cardInstrument, finishCheckout, type FinishCheckoutOptions, type PlacedOrder } from '@bc-headless/core/queries';
import type { CardFields } from './checkoutDefaults.js';
import { translate } from './messages.js';

/** What the demos' "Place order" needs: core's `finishCheckout` options, with the card form in place of the payment. */
export interface SubmitCheckoutOptions extends Omit<FinishCheckoutOptions, 'payment'> {
  card: CardFields;
  /** The shopper's language, for the error message. */
  lang: string;
}

/** Where the page goes next (`orderHref`), or the translated message to show (`error`). */
export type SubmitCheckoutOutcome = { order: PlacedOrder; orderHref: string; error?: undefined } | { error: string; order?: undefined; orderHref?: undefined };

/**
 * The demos' "Place order": core's `finishCheckout` (the missing steps, then the payment), with its
 * outcome turned into the order page's address or the shopper's message. Never throws.
 */
export async function submitCheckout({ card, lang, ...steps }: SubmitCheckoutOptions): Promise<SubmitCheckoutOutcome> {
  try {
    const order = await finishCheckout({ ...steps, payment: { instrument: cardInstrument(card) } });
    return { order, orderHref: `/order/${order.orderId}?correlationId=${encodeURIComponent(order.correlationId)}` };
  } catch (e) {
    if (e instanceof PaymentDeclinedError) return { error: translate(lang, 'checkout.declined') };
    if (e instanceof PaymentOutcomeUnknownError) return { error: translate(lang, 'checkout.unknown', { orderId: e.orderId ?? '?' }) };
    return { error: translate(lang, 'checkout.failed', { message: (e as Error).message }) };
  }
}
