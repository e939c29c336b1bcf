/**
 * The three kinds of GraphQL Storefront API token BigCommerce issues (facts:
 * shared/bigcommerce-api.md, "Tokens"; bigcommerce/docs reference/storefront_tokens.v3.yml):
 * - `storefront` (`POST /v3/storefront/api-token`): for browsers, limited to its CORS origins;
 * - `private` (`POST /v3/storefront/api-token-private`): server only, limited to its `scopes`;
 * - `customerImpersonation` (`POST /v3/storefront/api-token-customer-impersonation`): server only,
 *   acts as the customer named by `X-Bc-Customer-Id`.
 */
export type ApiTokenKind = 'storefront' | 'private' | 'customerImpersonation';

/** The scopes a private token may hold (`scopes` in the create body). */
export const PRIVATE_TOKEN_SCOPES = ['Unauthenticated', 'Customer', 'B2B'] as const;

/** One scope of a private token. */
export type PrivateTokenScope = (typeof PRIVATE_TOKEN_SCOPES)[number];

/**
 * `token_type` of each kind. BigCommerce's storefront tokens carry `token_type: 1` (seen in
 * decoded tokens); it publishes no value for the other two, so 2 and 3 are the sandbox's own, and
 * `@bc-headless/core`'s browser check reads the same values (plus a `scopes` claim).
 */
export const TOKEN_TYPES: Record<ApiTokenKind, number> = { storefront: 1, customerImpersonation: 2, private: 3 };

/**
 * Storefront tokens created after this instant (2026-06-30, end of day UTC) cannot be used server
 * to server (shared/bigcommerce-api.md, "Tokens").
 */
export const STOREFRONT_SERVER_CUTOFF_MS = Date.UTC(2026, 5, 30, 23, 59, 59, 999);

/**
 * A token's claims as the sandbox signs them, shaped like BigCommerce's: ES256, `iss: "BC"`,
 * `sub` = store hash, `sid` = store id, `cid` = channel ids, `cors` = allowed origins (storefront
 * tokens), `scopes` (private tokens), the issue time `iat` on the sandbox clock, the expiry in
 * `eat` (BigCommerce's `expires_at`, unix seconds) rather than `exp`, and a `jti` to revoke by.
 */
export interface ApiTokenClaims {
  iss: 'BC';
  sub: string;
  sid: number;
  cid: number[];
  cors: string[];
  scopes?: PrivateTokenScope[];
  iat: number;
  eat: number;
  jti: string;
  sub_type: 0;
  token_type: number;
}

/** The kind a verified token's `token_type` names; anything unknown counts as a storefront token. */
export function tokenKindOf(claims: { token_type?: unknown }): ApiTokenKind {
  if (claims.token_type === TOKEN_TYPES.private) return 'private';
  if (claims.token_type === TOKEN_TYPES.customerImpersonation) return 'customerImpersonation';
  return 'storefront';
}
