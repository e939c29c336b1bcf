import type { SandboxCart, SandboxCartLine } from './SandboxStore.js';
import type { SandboxCheckoutState, Store } from './Store.js';

/** Prices of one cart line, minor units per unit. */
export interface LineTotals {
  line: SandboxCartLine;
  /** Catalog list price (product or variant price, before a sale). */
  listUnit: number;
  /** What the shopper pays per unit before coupons (the sale price when there is one). */
  saleUnit: number;
  /** Coupon discount per unit. */
  unitDiscount: number;
  /** Tax per unit (on the discounted unit price). */
  unitTax: number;
}

/** Every amount of a cart/checkout, minor units. */
export interface Totals {
  lines: LineTotals[];
  /** Σ list price × quantity. */
  listTotal: number;
  /** Σ sale price × quantity (before coupons): BigCommerce's cart `baseAmount` and checkout `subtotal`. */
  subtotal: number;
  discountTotal: number;
  /** Coupon discount per applied coupon code. */
  coupons: Array<{ code: string; amount: number }>;
  shippingTotal: number;
  taxTotal: number;
  /** subtotal − discount + shipping + tax. */
  grandTotal: number;
}

/**
 * Computes the sandbox's amounts. Tax model (documented in SandboxSeed.taxRatePercent): the seed's
 * rate on each unit's price after its coupon discount, rounded per unit; shipping untaxed; coupons
 * are split per unit (percentage coupons exactly, fixed-amount coupons proportionally).
 */
export function computeTotals(store: Store, cart: SandboxCart, checkout?: SandboxCheckoutState): Totals {
  const couponCodes = checkout?.couponCodes ?? [];
  const coupons = couponCodes.map((code) => store.couponByCode(code)).filter((c) => c !== undefined);
  const subtotal = cart.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  let percent = 0;
  for (const c of coupons) {
    percent += c.couponType === 'PERCENTAGE_DISCOUNT' ? c.amount : subtotal > 0 ? (Math.min(c.amount, subtotal) / subtotal) * 100 : 0;
  }
  percent = Math.min(percent, 100);
  const rate = store.settings.taxRatePercent / 100;
  const lines = cart.lines.map((line): LineTotals => {
    const found = store.catalog.variantById(line.variantEntityId);
    const listUnit = found ? (found.variant.price ?? found.product.price) : line.unitPrice;
    const unitDiscount = Math.round((line.unitPrice * percent) / 100);
    const unitTax = Math.round((line.unitPrice - unitDiscount) * rate);
    return { line, listUnit: Math.max(listUnit, line.unitPrice), saleUnit: line.unitPrice, unitDiscount, unitTax };
  });
  const discountTotal = lines.reduce((s, l) => s + l.unitDiscount * l.line.quantity, 0);
  const taxTotal = lines.reduce((s, l) => s + l.unitTax * l.line.quantity, 0);
  let shippingTotal = 0;
  for (const consignment of checkout?.consignments ?? []) {
    const option = store.shippingOptions.find((o) => o.entityId === consignment.selectedShippingOptionId);
    shippingTotal += option?.cost ?? 0;
  }
  // Per-coupon share of the discount, so `coupons { discountedAmount }` adds up to the total.
  let left = discountTotal;
  const couponAmounts = coupons.map((c, i) => {
    const nominal = c.couponType === 'PERCENTAGE_DISCOUNT' ? Math.round((subtotal * c.amount) / 100) : Math.min(c.amount, subtotal);
    const amount = i === coupons.length - 1 ? left : Math.min(left, nominal);
    left -= amount;
    return { code: c.code, amount };
  });
  return {
    lines,
    listTotal: lines.reduce((s, l) => s + l.listUnit * l.line.quantity, 0),
    subtotal,
    discountTotal,
    coupons: couponAmounts,
    shippingTotal,
    taxTotal,
    grandTotal: subtotal - discountTotal + shippingTotal + taxTotal,
  };
}
