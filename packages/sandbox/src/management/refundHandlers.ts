import { BC_ERROR_TYPE, bcError, isRecord, jsonResponse, parseJsonBody } from '../http/responses.js';
import { sleep } from '../faults/applyFault.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import type { SandboxOrder } from '../store/SandboxStore.js';
import { computeRefund, toAmount, toMinor, type PricedRefund } from './computeRefund.js';

const PROVIDER = { provider_id: 'stripe', provider_description: 'Stripe' };

/** Errors of `POST …/payment_actions/refunds` come as `{ data: [{ status, title, type }] }` (reference/orders.v3.yml). */
function refundError(status: number, title: string, errors?: Record<string, string>): SandboxResponse {
  return jsonResponse(status, { data: [{ status, title, type: BC_ERROR_TYPE, ...(errors ? { errors } : {}) }] });
}

/** Minor units still refundable: what was charged minus what was refunded. */
function refundable(platform: SandboxPlatform, order: SandboxOrder): number {
  return platform.ledger.netPaid(order.id);
}

function quoteBody(order: SandboxOrder, refund: PricedRefund, available: number): Record<string, unknown> {
  const amount = Math.min(refund.total, available);
  return {
    order_id: order.id,
    total_refund_amount: toAmount(amount),
    total_refund_tax_amount: toAmount(refund.tax),
    rounding: 0,
    // Negative when more was asked than can be refunded (reference/orders.v3.yml, AdjustmentAmount).
    adjustment: toAmount(amount - refund.total),
    is_tax_included: true,
    order_level_refund_amount: toAmount(refund.orderLevel),
    refund_methods: [[{ ...PROVIDER, amount: toAmount(amount), offline: false, offline_provider: false, offline_reason: '' }]],
  };
}

/** `POST /v3/orders/{id}/payment_actions/refund_quotes`: amounts and the methods a refund may use. */
export function createRefundQuote(platform: SandboxPlatform, order: SandboxOrder, req: SandboxRequest): SandboxResponse {
  const body = parseJsonBody(req.body);
  if (!isRecord(body)) return bcError(400, 'Input is invalid.', { detail: 'Send JSON like { "items": [{ "item_type": "PRODUCT", "item_id": 1, "quantity": 1 }] }.' });
  const available = refundable(platform, order);
  if (available <= 0) return bcError(422, 'The order has no payment left to refund.', { detail: `Order ${order.id} is ${order.status}.` });
  const priced = computeRefund(order, body.items, platform.refunds);
  if (!priced.ok) return bcError(422, 'JSON data is missing or invalid', { errors: priced.errors });
  return jsonResponse(201, { data: quoteBody(order, priced.refund, available), meta: {} });
}

/**
 * `POST /v3/orders/{id}/payment_actions/refunds`: the payments' amount must equal the quoted
 * method amount (else 422); refunds on one order are processed one at a time (reference/orders.v3.yml:
 * "Order refunds are processed consecutively"), so a second one while the first is processing is
 * refused with 409; never more than was paid.
 */
export async function createRefund(platform: SandboxPlatform, order: SandboxOrder, req: SandboxRequest): Promise<SandboxResponse> {
  const body = parseJsonBody(req.body);
  if (!isRecord(body)) return refundError(400, 'Input is invalid.');
  if (!platform.refunds.begin(order.id)) return refundError(409, `A refund is already being processed for order ${order.id}; order refunds are processed consecutively. Retry when it has finished.`);
  try {
    const available = refundable(platform, order);
    if (available <= 0) return refundError(422, `Order ${order.id} has no payment left to refund.`);
    const priced = computeRefund(order, body.items, platform.refunds);
    if (!priced.ok) return refundError(422, 'JSON data is missing or invalid', priced.errors);
    const refund = priced.refund;
    if (refund.total > available) return refundError(422, `The refund of ${toAmount(refund.total)} exceeds the ${toAmount(available)} left to refund on order ${order.id}.`);
    const payments = body.payments;
    if (!Array.isArray(payments) || payments.length === 0) return refundError(422, 'JSON data is missing or invalid', { payments: 'must be a non-empty array of { provider_id, amount, offline }' });
    let paid = 0;
    for (const [index, payment] of payments.entries()) {
      const amount = isRecord(payment) ? toMinor(payment.amount) : null;
      if (!isRecord(payment) || typeof payment.provider_id !== 'string' || amount === null || typeof payment.offline !== 'boolean')
        return refundError(422, 'JSON data is missing or invalid', { [`payments[${index}]`]: 'must be { provider_id: string, amount: number, offline: boolean }' });
      if (payment.provider_id !== PROVIDER.provider_id) return refundError(422, `Unknown refund provider_id "${payment.provider_id}"; use one from the refund quote's refund_methods.`);
      paid += amount;
    }
    if (paid !== refund.total)
      return refundError(422, `The payments total ${toAmount(paid)} does not match the refund amount ${toAmount(refund.total)}; use the amount from the refund quote's refund_methods.`);

    // The gateway takes a moment; the order stays locked meanwhile.
    await sleep(platform.options.refundProcessingMs);
    const created = new Date(platform.clock.now()).toISOString();
    const record = platform.refunds.add({
      order_id: order.id,
      user_id: 0,
      created,
      reason: typeof body.reason === 'string' ? body.reason : '',
      total_amount: toAmount(refund.total),
      total_tax: toAmount(refund.tax),
      uses_merchant_override_values: false,
      items: refund.items.map((i) => ({
        item_type: i.item_type,
        item_id: i.item_id,
        reason: i.reason,
        ...(i.quantity !== undefined ? { quantity: i.quantity } : {}),
        requested_amount: i.item_type === 'PRODUCT' ? null : toAmount(i.amount),
      })),
      payments: [{ provider_id: PROVIDER.provider_id, amount: toAmount(refund.total), offline: false, is_declined: false, declined_message: '' }],
    });
    for (const item of refund.items) {
      if (item.item_type === 'PRODUCT') platform.refunds.addRefundedQuantity(order.id, item.item_id, item.quantity ?? 0);
      if (item.item_type === 'SHIPPING') platform.refunds.addRefundedShipping(order.id, item.amount);
    }
    platform.ledger.record({
      kind: 'refund',
      id: record.id,
      orderId: order.id,
      amount: refund.total,
      currency: order.currencyCode,
      providerId: PROVIDER.provider_id,
      time: created,
      correlationId: req.headers['x-correlation-id'] ?? null,
    });
    order.status = platform.ledger.netPaid(order.id) <= 0 ? 'Refunded' : 'Partially Refunded';
    return jsonResponse(201, { data: record, meta: {} });
  } finally {
    platform.refunds.end(order.id);
  }
}
