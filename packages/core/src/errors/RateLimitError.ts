import { StorefrontHttpError } from './StorefrontHttpError.js';

/** HTTP 429: `retryAfterMs` is BigCommerce's `Retry-After` in milliseconds, when it sent one. */
export class RateLimitError extends StorefrontHttpError {
  declare readonly retryAfterMs?: number;
  override name = 'RateLimitError';
}
