import type { CheckoutResult } from './documents/checkoutDocuments.js';
import type { Money } from './documents/GraphQLDocument.js';

/** The lines of an order summary, each ready for `formatMoney`. */
export interface CheckoutSummary {
  subtotal: Money | null;
  /** What the coupons take off, summed; `null` when no coupon discounts anything. */
  discount: Money | null;
  /** The applied coupons' codes, in the checkout's order. */
  couponCodes: string[];
  /** `null` until a shipping option is chosen. */
  shipping: Money | null;
  tax: Money | null;
  total: Money | null;
}

/**
 * A checkout's order summary: subtotal, the coupons' discount summed, shipping, tax and total.
 * Pure, so it also serves as a query's `select`.
 */
export function checkoutSummary(checkout: CheckoutResult): CheckoutSummary {
  const off = checkout.coupons.reduce((sum, c) => sum + c.discountedAmount.value, 0);
  return {
    subtotal: checkout.subtotal,
    // Amounts are decimals in major units: a float sum can drift (0.1 + 0.2), so it is rounded to
    // four decimals, finer than any currency's minor unit.
    discount: off > 0 ? { value: Math.round(off * 1e4) / 1e4, currencyCode: checkout.currencyCode } : null,
    couponCodes: checkout.coupons.map((c) => c.code),
    shipping: checkout.shippingCostTotal,
    tax: checkout.taxTotal,
    total: checkout.grandTotal,
  };
}
