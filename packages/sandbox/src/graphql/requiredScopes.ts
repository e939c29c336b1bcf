import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { PrivateTokenScope } from '../tokens/ApiTokenClaims.js';
import type { GraphQLContext } from './GraphQLContext.js';

// Fields that act for a customer: signing in and out, the customer, and session sync (which
// carries the customer to the hosted pages). Everything else is `Unauthenticated`.
// `Mutation.customer` (registration, profile, addresses, passwords) and `Mutation.wishlist` act for a customer too.
const CUSTOMER_FIELDS = new Set(['Mutation.login', 'Mutation.logout', 'Mutation.generateSessionSyncJwt', 'Mutation.validateSessionSyncJwt', 'Query.customer', 'Mutation.customer', 'Mutation.wishlist', 'Mutation.loginWithCustomerLoginJwt']);
// Carts, checkouts and orders are the customer's own when the request acts for a customer.
const CART_FIELDS = new Set(['Site.cart', 'Site.checkout', 'Site.order', 'Mutation.cart', 'Mutation.checkout']);

// The entry points: every other field is reached through one of these, so only they are checked.
const ENTRY_TYPES = new Set(['Query', 'Mutation', 'Site']);

/**
 * The scopes `info`'s field needs in this request: `Customer` for what acts for a customer,
 * `Unauthenticated` for the rest of the entry points, nothing below them.
 */
export function requiredScopes(info: GraphQLResolveInfo, ctx: GraphQLContext): PrivateTokenScope[] {
  if (!ENTRY_TYPES.has(info.parentType.name)) return [];
  const coordinate = `${info.parentType.name}.${info.fieldName}`;
  if (CUSTOMER_FIELDS.has(coordinate) || (ctx.customer && CART_FIELDS.has(coordinate))) return ['Customer'];
  return ['Unauthenticated'];
}

/**
 * The error for a field the request's token lacks the scope for, or null. Only private tokens
 * carry scopes; BigCommerce answers a missing one per field, with `extensions.code:
 * "INSUFFICIENT_ACCESS_SCOPE"` and `extensions.requiredScopes` (issue 15), and the field is null.
 */
export function scopeError(info: GraphQLResolveInfo, ctx: GraphQLContext): GraphQLError | null {
  const held = ctx.token.scopes;
  if (!held) return null;
  const needed = requiredScopes(info, ctx);
  if (needed.every((scope) => held.includes(scope))) return null;
  return new GraphQLError(
    `Insufficient access scope for ${info.parentType.name}.${info.fieldName}: the token has scopes [${held.join(', ')}] and this field requires [${needed.join(', ')}]. Create a private token with these scopes (POST /v3/storefront/api-token-private).`,
    { extensions: { code: 'INSUFFICIENT_ACCESS_SCOPE', requiredScopes: needed } },
  );
}
