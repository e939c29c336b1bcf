import { StorefrontError } from './StorefrontError.js';

/**
 * A header name or value is illegal (CR/LF, another control character, non-Latin-1) or tries to
 * replace a header bc-headless owns. Thrown before anything is sent; `header` names it.
 */
export class HeaderValidationError extends StorefrontError {
  declare readonly header: string;
  override name = 'HeaderValidationError';
}
