import type { SandboxOrder, SandboxOrderStatus } from '../store/SandboxStore.js';

/** BigCommerce's order status ids (reference/orders.v2.oas2.yml, order statuses). */
const STATUS_IDS: Record<SandboxOrderStatus, number> = {
  Incomplete: 0,
  'Awaiting Payment': 7,
  'Awaiting Fulfillment': 11,
  Shipped: 2,
  Completed: 10,
  Refunded: 4,
  'Partially Refunded': 14,
};

/** v2 money: a string with four decimals, e.g. `"12.5000"`. */
function money(minor: number): string {
  return (minor / 100).toFixed(4);
}

/** v2 dates are RFC 2822, e.g. `Tue, 20 Nov 2012 00:00:00 +0000`. */
function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}

/**
 * `GET /v2/orders/{id}`: the fields of BigCommerce's v2 order a refund flow reads (status, totals,
 * refunded amount, payment status, customer) — orders are served on v2, not v3
 * (docs/store-operations/orders/refunds.mdx points to `v2/orders/{order_id}/products` for ids).
 */
export function orderV2(order: SandboxOrder, refundedMinor: number, origin: string, storeHash: string): Record<string, unknown> {
  const subtotalIncTax = order.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  const subtotalTax = order.lines.reduce((s, l) => s + l.unitTax * l.quantity, 0);
  const paid = order.status !== 'Incomplete' && order.status !== 'Awaiting Payment';
  return {
    id: order.id,
    customer_id: order.customerEntityId ?? 0,
    date_created: rfc2822(order.createdAt),
    status_id: STATUS_IDS[order.status],
    status: order.status,
    subtotal_ex_tax: money(subtotalIncTax - subtotalTax),
    subtotal_inc_tax: money(subtotalIncTax),
    subtotal_tax: money(subtotalTax),
    base_shipping_cost: money(order.shippingCost),
    shipping_cost_inc_tax: money(order.shippingCost),
    total_ex_tax: money(order.total - order.taxTotal),
    total_inc_tax: money(order.total),
    total_tax: money(order.taxTotal),
    discount_amount: money(order.discountTotal),
    items_total: order.lines.reduce((s, l) => s + l.quantity, 0),
    payment_method: paid ? 'Stripe' : '',
    payment_provider_id: paid ? 'stripe' : '',
    payment_status: order.status === 'Refunded' ? 'refunded' : order.status === 'Partially Refunded' ? 'partially refunded' : paid ? 'captured' : '',
    refunded_amount: money(refundedMinor),
    currency_code: order.currencyCode,
    default_currency_code: order.currencyCode,
    cart_id: order.cartEntityId,
    billing_address: { email: order.billingEmail },
    order_source: 'www',
    products: { url: `${origin}/stores/${storeHash}/v2/orders/${order.id}/products`, resource: `/orders/${order.id}/products` },
  };
}

/** `GET /v2/orders/{id}/products`: order product ids are what refunds name with `item_type: "PRODUCT"`. */
export function orderProductsV2(order: SandboxOrder): Array<Record<string, unknown>> {
  return order.lines.map((line) => ({
    id: line.id,
    order_id: order.id,
    product_id: line.productEntityId,
    variant_id: line.variantEntityId,
    order_address_id: order.id,
    name: line.name,
    sku: line.sku,
    quantity: line.quantity,
    base_price: money(line.unitPrice - line.unitTax),
    price_ex_tax: money(line.unitPrice - line.unitTax),
    price_inc_tax: money(line.unitPrice),
    price_tax: money(line.unitTax),
    base_total: money((line.unitPrice - line.unitTax) * line.quantity),
    total_ex_tax: money((line.unitPrice - line.unitTax) * line.quantity),
    total_inc_tax: money(line.unitPrice * line.quantity),
    total_tax: money(line.unitTax * line.quantity),
  }));
}
