import { StorefrontError } from './StorefrontError.js';

/** `fetch` failed without a response (DNS, refused or dropped connection); `cause` says why. */
export class NetworkError extends StorefrontError {
  override name = 'NetworkError';
}
