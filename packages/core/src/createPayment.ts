import { AbortError } from './errors/AbortError.js';
import { PaymentDeclinedError } from './errors/PaymentDeclinedError.js';
import { PaymentOutcomeUnknownError } from './errors/PaymentOutcomeUnknownError.js';
import { StorefrontHttpError } from './errors/StorefrontHttpError.js';
import { StorefrontConfigError } from './errors/StorefrontConfigError.js';
import type { RestRequest, RestResponse } from './createClientCore.js';

/** What `op.payments.create` needs; field names follow the Payments API in camelCase. */
export interface CreatePaymentInput {
  /** The `paymentAccessToken` from `completeCheckout` (valid one hour). */
  paymentAccessToken: string;
  /** E.g. `stripe.card`, from `GET /v3/payments/methods?order_id=`. */
  paymentMethodId: string;
  /** The instrument exactly as the Payments API takes it, e.g. `{ type: 'card', number, … }`. */
  instrument: { type: string; [field: string]: unknown };
  /** Ask the provider to store the instrument for the signed-in customer. */
  saveInstrument?: boolean;
}

/** A payment the Payments API accepted. */
export interface Payment {
  id: string;
  status: 'success' | 'pending' | (string & {});
  transactionType: 'authorization' | 'purchase' | (string & {});
}

/** Per-call options of `op.payments.create`. */
export interface PaymentOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

const UNKNOWN = 'payments.create: outcome unknown; check the order before paying again';

/**
 * Pays for an order through BigCommerce's Payments API (docs/store-operations/payments/index.mdx):
 * one POST, never retried. Only an answer that proves nothing was charged (4xx) is thrown
 * as such; anything else after the request left raises `PaymentOutcomeUnknownError`, so the app
 * never charges twice.
 */
export async function createPayment(
  rest: (request: RestRequest) => Promise<RestResponse>,
  url: string,
  input: CreatePaymentInput,
  options: PaymentOptions = {},
): Promise<Payment> {
  const { signal } = options;
  if (signal?.aborted) throw new AbortError('aborted', {}, signal.reason);
  try {
    const { json, correlationId } = await rest({
      ...options,
      url,
      method: 'POST',
      authorization: `PAT ${input.paymentAccessToken}`,
      accept: 'application/vnd.bc.v1+json',
      body: {
        payment: {
          instrument: input.instrument,
          payment_method_id: input.paymentMethodId,
          save_instrument: input.saveInstrument,
        },
      },
    });
    const data = (json as { data?: { id: string; status: string; transaction_type: string } } | undefined)?.data;
    if (data?.id) return { id: data.id, status: data.status, transactionType: data.transaction_type };
    // A 2xx without a payment in it: the payment may well exist.
    throw new PaymentOutcomeUnknownError(UNKNOWN, { correlationId });
  } catch (error) {
    const { correlationId, status, body } = error as StorefrontHttpError;
    // A 4xx answer proves nothing was charged: 422 is the decline, the rest are thrown as they are.
    if (error instanceof StorefrontHttpError && status < 500)
      throw status == 422 ? new PaymentDeclinedError('payments.create: declined', { ...declineFields(body), correlationId, status }) : error;
    // An invalid header or body is found before sending (nothing left); anything else (5xx,
    // unreadable answer, timeout, dropped connection, abort in flight) came after the request left.
    throw error instanceof StorefrontConfigError || error instanceof PaymentOutcomeUnknownError
      ? error
      : new PaymentOutcomeUnknownError(UNKNOWN, { correlationId }, error);
  }
}

// What BigCommerce's decline body says (RFC 7807 fields, its code and errors), and nothing else.
function declineFields(body: unknown): object {
  const { title, detail, type, code, errors } = (body ?? {}) as Record<string, unknown>;
  return { title, detail, type, code, errors };
}
