// docs/start/authentication/graphql-storefront.mdx: the value is 64 hex characters, `_`, and the
// unix expiry time. Anything else is refused before it reaches a cookie or a header.
const TOKEN_FORMAT = /^[0-9a-fA-F]{64}_([0-9]{1,12})$/;

/** A customer access token as `login` and `validateSessionSyncJwt` return it. */
export interface CustomerAccessTokenValue {
  value: string;
  /** ISO date-time (as GraphQL's `DateTime`), a `Date`, or omitted to use the value's own expiry. */
  expiresAt?: string | Date | null;
}

/** Whether `value` has the customer access token format (`{64 hex}_{unix seconds}`). */
export function isCustomerAccessTokenValue(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_FORMAT.test(value);
}

/**
 * The token's expiry in milliseconds since the epoch: the earlier of `expiresAt` and the expiry
 * encoded in the value (they are documented as equal; the earlier one is the safe one), or `null`
 * when the value is not a customer access token.
 */
export function customerAccessTokenExpiry(token: CustomerAccessTokenValue | string): number | null {
  const value = typeof token === 'string' ? token : token?.value;
  if (typeof value !== 'string') return null;
  const match = TOKEN_FORMAT.exec(value);
  if (!match) return null;
  const fromValue = Number(match[1]) * 1000;
  const declared = typeof token === 'string' || token.expiresAt == null ? NaN : new Date(token.expiresAt).getTime();
  return Number.isFinite(declared) ? Math.min(declared, fromValue) : fromValue;
}
