import { PaymentOutcomeUnknownError } from '../../errors/PaymentOutcomeUnknownError.js';
import { RateLimitError } from '../../errors/RateLimitError.js';
import { StorefrontError } from '../../errors/StorefrontError.js';
import { StorefrontHttpError } from '../../errors/StorefrontHttpError.js';
import { TimeoutError } from '../../errors/TimeoutError.js';
import { errorResponse } from './responses.js';

/**
 * Maps an unexpected error to an answer the browser may see: a code, a generic message and the
 * correlation id to trace it, never the upstream message (it may quote a body or a URL).
 */
export function errorToResponse(error: unknown, fallbackCorrelationId: string): Response {
  const id = (error instanceof StorefrontError && error.correlationId) || fallbackCorrelationId;
  // No id yet (the request failed before a client was scoped): say nothing rather than "".
  const correlationId = id || undefined;
  if (error instanceof RateLimitError) {
    const seconds = error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000);
    return errorResponse(429, 'RATE_LIMITED', 'BigCommerce is rate-limiting this shopper; try again later.', {
      correlationId,
      ...(seconds === undefined ? {} : { headers: { 'retry-after': String(seconds) } }),
    });
  }
  if (error instanceof TimeoutError) return errorResponse(504, 'UPSTREAM_TIMEOUT', 'BigCommerce did not answer in time.', { correlationId });
  if (error instanceof PaymentOutcomeUnknownError) return errorResponse(502, 'PAYMENT_OUTCOME_UNKNOWN', 'The payment outcome is unknown.', { correlationId });
  if (error instanceof StorefrontHttpError) return errorResponse(502, 'UPSTREAM_ERROR', `BigCommerce answered HTTP ${error.status}.`, { correlationId });
  if (error instanceof StorefrontError) return errorResponse(502, 'UPSTREAM_ERROR', 'The request to BigCommerce failed.', { correlationId });
  return errorResponse(500, 'INTERNAL_ERROR', 'The storefront server failed; see its logs.', { correlationId });
}
