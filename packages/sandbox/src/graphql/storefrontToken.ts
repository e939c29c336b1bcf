import { createHash } from 'node:crypto';
import { decodeJwt, jwtVerify } from 'jose';
import type { SandboxClock } from '../clock.js';
import { isBrowserRequest } from '../http/isBrowserRequest.js';
import type { SandboxKeys } from '../keys.js';
import { STOREFRONT_SERVER_CUTOFF_MS, tokenKindOf, type ApiTokenClaims, type ApiTokenKind, type PrivateTokenScope } from '../tokens/ApiTokenClaims.js';

/**
 * A token GraphQL accepted: its claims (null for a hand-made, non-JWT configured token), its kind,
 * and its scopes (null: not limited by scope, which is every kind but a private token).
 */
export type AcceptedToken = { ok: true; claims: ApiTokenClaims | null; kind: ApiTokenKind; scopes: PrivateTokenScope[] | null };

/** Why a token was refused, with BigCommerce's message where it has one. */
export type StorefrontTokenCheck = AcceptedToken | { ok: false; status: 401 | 403; message: string };

const VERIFIED_TOKENS_MAX = 100;
const verifiedTokens = new WeakMap<SandboxKeys, Set<string>>();

const MISSING = 'GraphQL credentials were missing. No token was sent.';
const NOT_JWT = 'GraphQL invalid credentials. String is not a JWT';
const EXPIRED = 'GraphQL invalid credentials. JWT is expired';
const INVALID = 'GraphQL invalid credentials. JWT signature is invalid';
const OTHER_STORE = 'GraphQL invalid credentials. JWT was not issued for this store';
const REVOKED = 'GraphQL invalid credentials. JWT has been revoked';
const BAD_ORIGIN =
  "'Origin' header invalid: The 'Origin' request header value did not match the allowed origin set in the JWT auth token. Please generate a token that is valid for this origin.";
// BigCommerce documents these refusals but not their wording or status: the sandbox answers 403
// with a message that names the fix.
const SERVER_TOKEN_FROM_BROWSER = (kind: string) =>
  `GraphQL invalid credentials. A ${kind} token cannot be used from a web browser: keep it on your server, and give the browser a storefront token (POST /v3/storefront/api-token with allowed_cors_origins) or route its requests through your server.`;
const STOREFRONT_TOKEN_FROM_SERVER =
  'GraphQL invalid credentials. Storefront tokens created after 2026-06-30 cannot be used server to server: create a private token (POST /v3/storefront/api-token-private with scopes ["Unauthenticated","Customer"]) for your server.';

/** What identifies a token in the revocation list: its `jti`, else (an old token) its hash. */
export function revocationKey(token: string, claims: { jti?: unknown } | null): string {
  return typeof claims?.jti === 'string' ? claims.jti : createHash('sha256').update(token).digest('hex');
}

/**
 * Checks an `Authorization` header the way BigCommerce answers: 401 for a missing, malformed,
 * foreign, expired or revoked token; 403 for a token used where its kind may not be (a private or
 * impersonation token from a browser, a storefront token created after the cut-off from a server,
 * a storefront token from an origin it does not list). `configuredToken` (the sandbox's own) is
 * always accepted while unexpired, even if it is not a JWT, so a hand-made config still works.
 */
export async function checkStorefrontToken(
  authorization: string | undefined,
  context: { keys: SandboxKeys; storeHash: string; clock: SandboxClock; configuredToken: string; headers: Record<string, string>; revokedTokens: ReadonlySet<string> },
): Promise<StorefrontTokenCheck> {
  const fail = (message: string, status: 401 | 403 = 401): StorefrontTokenCheck => ({ ok: false, status, message });
  if (!authorization || !authorization.trim()) return fail(MISSING);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  if (!match) return fail(NOT_JWT);
  const token = match[1]!;
  let decoded: Record<string, unknown>;
  try {
    decoded = decodeJwt(token);
  } catch {
    return token === context.configuredToken ? { ok: true, claims: null, kind: 'storefront', scopes: null } : fail(NOT_JWT);
  }
  // A signature never changes its verdict for the same key, so verify each token once; expiry,
  // revocation and store are still checked on every request below (the clock moves).
  let verified = verifiedTokens.get(context.keys);
  if (!verified) {
    verified = new Set();
    verifiedTokens.set(context.keys, verified);
  }
  if (!verified.has(token)) {
    try {
      await jwtVerify(token, context.keys.sessionSync.publicKey, { algorithms: ['ES256'], issuer: 'BC' });
    } catch {
      return fail(INVALID);
    }
    if (verified.size >= VERIFIED_TOKENS_MAX) verified.clear();
    verified.add(token);
  }
  if (decoded.sub !== context.storeHash) return fail(OTHER_STORE);
  const eat = decoded.eat;
  if (typeof eat === 'number' && eat * 1000 <= context.clock.now()) return fail(EXPIRED);
  if (context.revokedTokens.has(revocationKey(token, decoded))) return fail(REVOKED);
  const claims = decoded as unknown as ApiTokenClaims;
  const kind = tokenKindOf(claims);
  const fromBrowser = isBrowserRequest(context.headers);
  if (kind !== 'storefront') {
    if (fromBrowser) return fail(SERVER_TOKEN_FROM_BROWSER(kind === 'private' ? 'private' : 'customer impersonation'), 403);
    return { ok: true, claims, kind, scopes: kind === 'private' ? (claims.scopes ?? []) : null };
  }
  if (!fromBrowser) {
    if (typeof claims.iat === 'number' && claims.iat * 1000 > STOREFRONT_SERVER_CUTOFF_MS) return fail(STOREFRONT_TOKEN_FROM_SERVER, 403);
    return { ok: true, claims, kind, scopes: null };
  }
  // A token lists the browser origins it may be used from (`allowed_cors_origins`). BigCommerce
  // rejects browser requests from other origins (docs/start/authentication/graphql-storefront.mdx;
  // the HTTP status is not documented: the sandbox answers 403). Deviation: a token with an empty
  // list, like the sandbox's default one, is accepted from any origin, for local development.
  const origin = context.headers['origin'];
  const cors = Array.isArray(claims.cors) ? claims.cors.filter((o) => typeof o === 'string') : [];
  if (origin && cors.length > 0 && !cors.includes(origin)) return fail(BAD_ORIGIN, 403);
  return { ok: true, claims, kind, scopes: null };
}
