import { AbortError } from './errors/AbortError.js';
import { PaymentDeclinedError } from './errors/PaymentDeclinedError.js';
import { PaymentOutcomeUnknownError } from './errors/PaymentOutcomeUnknownError.js';
import { HeaderValidationError } from './errors/HeaderValidationError.js';
import type { StorefrontError } from './errors/StorefrontError.js';
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

const UNKNOWN = 'payments.create: outcome unknown (maybe charged): check the order before paying again';

/**
 * Pays for an order through BigCommerce's Payments API (docs/store-operations/payments, "Payments
 * API"): one POST, never retried. Only an answer that proves nothing was charged (4xx) is thrown
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
  let response: RestResponse;
  try {
    response = await rest({
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
      signal,
      timeoutMs: options.timeoutMs,
    });
  } catch (error) {
    const correlationId = (error as StorefrontError).correlationId;
    if (error instanceof StorefrontHttpError && error.status < 500) {
      // A 4xx answer proves nothing was charged.
      if (error.status != 422) throw error;
      const body = error.body as PaymentDeclinedError | undefined;
      throw new PaymentDeclinedError(`payments.create: declined: ${body?.detail ?? body?.title}`, { ...body, correlationId, status: 422 });
    }
    // Errors found before sending (headers, JSON) prove nothing was sent; anything else (5xx, an
    // unreadable 2xx, timeout, dropped connection, abort) came after the request left.
    if (!(error instanceof HeaderValidationError || error instanceof StorefrontConfigError))
      throw new PaymentOutcomeUnknownError(UNKNOWN, { correlationId }, error);
    throw error;
  }
  const data = (response.json as { data?: { id?: unknown; status: string; transaction_type: string } } | undefined)?.data;
  if (data?.id == null) throw new PaymentOutcomeUnknownError(UNKNOWN, { correlationId: response.correlationId });
  return { id: `${data.id}`, status: data.status, transactionType: data.transaction_type };
}
