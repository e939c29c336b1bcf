import { randomUUID } from 'node:crypto';
import { isRecord, jsonResponse, parseJsonBody } from '../http/responses.js';
import { sleep } from '../faults/applyFault.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { verifyPaymentAccessToken } from './paymentAccessToken.js';
import { paymentError, paymentProblem } from './paymentError.js';
import { storedCardToken } from './storedCardToken.js';
import { cardBehaviour } from './testCards.js';
import { validateInstrument } from './validateInstrument.js';
import { ACCEPTED_PAYMENT_METHOD_IDS } from './acceptedPaymentMethods.js';
import { amountDue, redeemGiftCertificates } from '../store/giftCertificateUse.js';

const PAYMENTS_MEDIA_TYPE = 'application/vnd.bc.v1+json';
/** Orders the Payments API will take money for: not yet paid (docs/store-operations/payments/index.mdx, code 30101). */
/** Brand and last four digits the order history shows (a stored card shows as such). */
function cardSummary(paid: { type: string; number?: string }): { brand: string; last4: string } {
  if (paid.type !== 'card' || !paid.number) return { brand: 'Stored card', last4: '' };
  const brand = /^4/.test(paid.number) ? 'Visa' : /^(5[1-5]|2[2-7])/.test(paid.number) ? 'Mastercard' : /^3[47]/.test(paid.number) ? 'American Express' : 'Card';
  return { brand, last4: paid.number.slice(-4) };
}

const PAYABLE = new Set(['Incomplete', 'Awaiting Payment']);

/**
 * `POST /stores/{hash}/payments`: the Payments API (reference/payments/process_payments.yml).
 * Authenticated by `Authorization: PAT {token}`; charges once per order, then moves the order to
 * Awaiting Fulfillment.
 */
export function createPaymentsHandler(platform: SandboxPlatform): (req: SandboxRequest) => Promise<SandboxResponse> {
  return async (req) => {
    if (req.method !== 'POST') return paymentProblem(405, 'Method Not Allowed', 'The Payments API accepts POST only.');
    const accept = req.headers['accept'] ?? '';
    if (!accept.includes(PAYMENTS_MEDIA_TYPE))
      return paymentProblem(406, 'Not Acceptable', `The Payments API requires the header Accept: ${PAYMENTS_MEDIA_TYPE}.`);
    const auth = /^PAT (\S+)$/.exec(req.headers['authorization'] ?? '');
    if (!auth) return paymentProblem(401, 'Unauthorized', 'Send the payment access token as "Authorization: PAT {token}".');
    const verified = await verifyPaymentAccessToken(platform.keys.paymentSecret, platform.config.storeHash, auth[1]!, platform.clock);
    if (!verified.ok) {
      const detail = verified.reason === 'expired' ? 'The payment access token has expired; create a new one.' : 'The payment access token is not valid for this store.';
      return paymentProblem(401, 'Unauthorized', detail);
    }
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json'))
      return paymentProblem(415, 'Unsupported Media Type', 'Send the payment as Content-Type: application/json.');
    const body = parseJsonBody(req.body);
    if (!isRecord(body) || !isRecord(body.payment)) return paymentError(400, 10001, { detail: 'The body must be JSON like { "payment": { "instrument": {…}, "payment_method_id": "stripe.card" } }.' });
    const { instrument, payment_method_id: methodId } = body.payment;
    if (typeof methodId !== 'string' || methodId === '') return paymentError(422, 10001, { errors: { 'payment.payment_method_id': 'is required' } });
    const checked = validateInstrument(instrument);
    if (!checked.ok) return paymentError(422, 10001, { errors: checked.errors });
    if (!ACCEPTED_PAYMENT_METHOD_IDS.includes(methodId)) return paymentError(422, 30000, { detail: `Accepted payment_method_id values: ${ACCEPTED_PAYMENT_METHOD_IDS.join(', ')}.` });

    // From here to the charge there is no await, so two concurrent attempts cannot both charge.
    const data = verified.data;
    const order = platform.store.orders.get(data.order_id);
    if (!order) return paymentError(422, 30003);
    if (!PAYABLE.has(order.status)) return paymentError(422, 30101, { detail: `Order ${order.id} is ${order.status}; it cannot be paid again.` });
    if (amountDue(order) !== data.amount || order.currencyCode !== data.currency) return paymentError(422, 30004);

    const paid = checked.instrument;
    let slow = false;
    if (paid.type === 'card') {
      const now = new Date(platform.clock.now());
      const expired = paid.expiry_year < now.getUTCFullYear() || (paid.expiry_year === now.getUTCFullYear() && paid.expiry_month < now.getUTCMonth() + 1);
      if (expired) return paymentError(422, 30103);
      const behaviour = cardBehaviour(paid.number);
      if (behaviour === 'invalid') return paymentError(422, 30102);
      if (behaviour === 'decline') return paymentError(422, 30104);
      if (behaviour === 'insufficient_funds') return paymentError(422, 30106);
      slow = behaviour === 'slow';
    } else {
      const expected = order.customerEntityId === null ? null : storedCardToken(platform.keys.paymentSecret, order.customerEntityId);
      if (paid.token !== expected) return paymentError(422, 30051);
    }

    const id = randomUUID();
    platform.ledger.record({
      kind: 'charge',
      id,
      orderId: order.id,
      amount: amountDue(order),
      currency: order.currencyCode,
      paymentMethodId: methodId,
      instrumentType: paid.type,
      time: new Date(platform.clock.now()).toISOString(),
      correlationId: req.headers['x-correlation-id'] ?? null,
    });
    order.status = 'Awaiting Fulfillment';
    order.payment = { methodId, instrumentType: paid.type, ...cardSummary(paid) };
    redeemGiftCertificates(platform.store, order);
    if (slow) {
      // The money is taken now, whatever happens to the answer: a restart while it waits keeps the charge.
      platform.persist();
      await sleep(platform.options.slowPaymentDelayMs);
    }
    return jsonResponse(201, { data: { id, status: 'success', transaction_type: 'purchase' } });
  };
}
