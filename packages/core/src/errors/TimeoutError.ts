import { StorefrontError } from './StorefrontError.js';

/** No complete response within `timeoutMs` (per attempt). */
export class TimeoutError extends StorefrontError {
  declare readonly timeoutMs: number;
  override name = 'TimeoutError';
}
