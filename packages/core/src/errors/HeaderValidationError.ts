import { StorefrontConfigError } from './StorefrontConfigError.js';

/**
 * A header name or value is illegal (CR/LF, another control character, non-Latin-1) or tries to
 * replace a header bc-headless owns. Thrown before anything is sent; `header` names it. A kind
 * of `StorefrontConfigError`: a value the app passed is invalid.
 */
export class HeaderValidationError extends StorefrontConfigError {
  declare readonly header: string;
  override name = 'HeaderValidationError';
}
