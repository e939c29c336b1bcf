import { isRecord } from '../http/responses.js';
import type { SandboxOrder } from '../store/SandboxStore.js';
import type { RefundBook } from './RefundBook.js';

/** One validated refund item with its amounts in minor units. */
export interface PricedRefundItem {
  item_type: 'PRODUCT' | 'SHIPPING' | 'ORDER';
  item_id: number;
  quantity?: number;
  reason: string;
  amount: number;
  tax: number;
}

/** The refund an `items` list asks for, priced against the order (minor units). */
export interface PricedRefund {
  items: PricedRefundItem[];
  total: number;
  tax: number;
  orderLevel: number;
}

/** Dollars (a JSON number) to minor units; null when not a non-negative amount with at most 2 decimals. */
export function toMinor(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
  const minor = Math.round(value * 100);
  return Math.abs(minor - value * 100) < 1e-6 ? minor : null;
}

/** Minor units to the 2-decimal number BigCommerce's refund endpoints use. */
export function toAmount(minor: number): number {
  return Math.round(minor) / 100;
}

/**
 * Validates and prices refund items (reference/orders.v3.yml, ItemsRefund; docs/store-operations/
 * orders/refunds.mdx): `PRODUCT` by order product id and quantity (incl. its tax), `SHIPPING` by
 * order address id (the sandbox's orders have one address, whose id is the order id) and amount,
 * `ORDER` by order id and a tax-exempt amount. Returns a field → message map when something is wrong.
 */
export function computeRefund(order: SandboxOrder, items: unknown, book: RefundBook): { ok: true; refund: PricedRefund } | { ok: false; errors: Record<string, string> } {
  if (!Array.isArray(items) || items.length === 0) return { ok: false, errors: { items: 'must be a non-empty array of refund items' } };
  const errors: Record<string, string> = {};
  const priced: PricedRefundItem[] = [];
  const wantedQuantity = new Map<number, number>();
  let wantedShipping = 0;
  items.forEach((item, index) => {
    const at = `items[${index}]`;
    if (!isRecord(item)) {
      errors[at] = 'must be an object with item_type and item_id';
      return;
    }
    const reason = typeof item.reason === 'string' ? item.reason : '';
    if (item.item_type === 'PRODUCT') {
      const line = order.lines.find((l) => l.id === item.item_id);
      if (!line) {
        errors[`${at}.item_id`] = `no order product ${String(item.item_id)} on order ${order.id} (see GET /v2/orders/${order.id}/products)`;
        return;
      }
      const quantity = item.quantity;
      if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
        errors[`${at}.quantity`] = 'must be a positive integer';
        return;
      }
      const total = (wantedQuantity.get(line.id) ?? 0) + quantity;
      if (total + book.refundedQuantity(order.id, line.id) > line.quantity) {
        errors[`${at}.quantity`] = `exceeds the ${line.quantity - book.refundedQuantity(order.id, line.id)} refundable unit(s) of order product ${line.id}`;
        return;
      }
      wantedQuantity.set(line.id, total);
      priced.push({ item_type: 'PRODUCT', item_id: line.id, quantity, reason, amount: quantity * line.unitPrice, tax: quantity * line.unitTax });
      return;
    }
    if (item.item_type === 'SHIPPING' || item.item_type === 'ORDER') {
      if (item.item_id !== order.id) {
        errors[`${at}.item_id`] = `must be ${order.id} (the ${item.item_type === 'ORDER' ? 'order id' : 'order address id'})`;
        return;
      }
      const amount = toMinor(item.amount);
      if (amount === null || amount === 0) {
        errors[`${at}.amount`] = 'must be a positive amount with at most two decimals';
        return;
      }
      if (item.item_type === 'SHIPPING') {
        wantedShipping += amount;
        if (wantedShipping + book.refundedShipping(order.id) > order.shippingCost) {
          errors[`${at}.amount`] = 'exceeds the shipping cost left to refund';
          return;
        }
      }
      priced.push({ item_type: item.item_type, item_id: order.id, reason, amount, tax: 0 });
      return;
    }
    errors[`${at}.item_type`] = 'the sandbox refunds PRODUCT, SHIPPING and ORDER items';
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    refund: {
      items: priced,
      total: priced.reduce((s, i) => s + i.amount, 0),
      tax: priced.reduce((s, i) => s + i.tax, 0),
      orderLevel: priced.filter((i) => i.item_type === 'ORDER').reduce((s, i) => s + i.amount, 0),
    },
  };
}
