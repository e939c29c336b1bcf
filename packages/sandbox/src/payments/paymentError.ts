import { BC_ERROR_TYPE, jsonResponse } from '../http/responses.js';
import type { SandboxResponse } from '../SandboxRequest.js';

/**
 * Payments API error codes and their messages (docs/store-operations/payments/index.mdx,
 * "Error codes"). The body is `{ status, title, type, code?, detail?, errors? }`
 * (reference/payments/process_payments.yml, "Error Payment Response").
 */
export const PAYMENT_ERRORS = {
  10001: 'Unable to process the payment because invalid data was supplied with the transaction.',
  30000: 'Merchant payment configuration could not be found.',
  30003: 'Order could not be found.',
  30004: 'The validation on line item and grand total does not match.',
  30051: 'That stored payment instrument could not be found. Please try a different payment option.',
  30101: 'Order is invalid.',
  30102: 'Your card details could not be verified. Please double check them and try again.',
  30103: 'Your card has expired. Please try again with a valid card.',
  30104: 'There was a problem processing your card. Please contact your card issuer.',
  30106: 'The payment was declined due to insufficient funds.',
} as const;

/** A Payments API error answer with one of BigCommerce's codes. */
export function paymentError(
  status: number,
  code: keyof typeof PAYMENT_ERRORS,
  extra: { detail?: string; errors?: Record<string, string> } = {},
): SandboxResponse {
  return jsonResponse(status, { status, title: PAYMENT_ERRORS[code], type: BC_ERROR_TYPE, code, ...extra });
}

/** A Payments API error without a numbered code (authentication, content negotiation). */
export function paymentProblem(status: number, title: string, detail: string): SandboxResponse {
  return jsonResponse(status, { status, title, type: BC_ERROR_TYPE, detail });
}
