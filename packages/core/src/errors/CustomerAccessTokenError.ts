import { StorefrontGraphQLError } from './StorefrontGraphQLError.js';

/**
 * BigCommerce rejected the customer access token (`extensions.code`
 * `INVALID_CUSTOMER_ACCESS_TOKEN` or `MISSING_CUSTOMER_ACCESS_TOKEN`): sign the shopper out.
 */
export class CustomerAccessTokenError extends StorefrontGraphQLError {
  declare readonly code: 'INVALID_CUSTOMER_ACCESS_TOKEN' | 'MISSING_CUSTOMER_ACCESS_TOKEN';
  override name = 'CustomerAccessTokenError';
}
