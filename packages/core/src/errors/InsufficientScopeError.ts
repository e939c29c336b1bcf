import { StorefrontGraphQLError } from './StorefrontGraphQLError.js';

/**
 * BigCommerce refused a field because the private token lacks a scope (`extensions.code`
 * `INSUFFICIENT_ACCESS_SCOPE`): `requiredScopes` lists what the field needs, e.g. `['Customer']`
 * for sign-in, the customer, session sync and the customer's cart. The fix is a new token, not a
 * retry: the message says how to make one.
 */
export class InsufficientScopeError extends StorefrontGraphQLError {
  declare readonly requiredScopes: string[];
  override name = 'InsufficientScopeError';
}
