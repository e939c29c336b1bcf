import { StorefrontError } from './StorefrontError.js';

/**
 * The caller's `signal` aborted the request (or the wait before a retry). Named `AbortError`
 * like the DOM's, so `error.name === 'AbortError'` checks keep working; `cause` is the reason.
 */
export class AbortError extends StorefrontError {
  override name = 'AbortError';
}
