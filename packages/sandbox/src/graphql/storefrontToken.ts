import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import type { SandboxClock } from '../clock.js';
import type { SandboxKeys } from '../keys.js';

/**
 * Storefront API tokens as the sandbox issues them: JWTs shaped like BigCommerce's
 * (`POST /v3/storefront/api-token`, docs/start/authentication/graphql-storefront.mdx): ES256,
 * `iss: "BC"`, `sub` = store hash, `sid` = store id, `cid` = channel ids, `cors` = allowed origins,
 * and the expiry in `eat` (BigCommerce's `expires_at`, unix seconds), not `exp`. The sandbox signs
 * them with its ES256 key (`keys.sessionSync`), so a token from another sandbox run is refused.
 */
export interface StorefrontTokenClaims {
  iss: 'BC';
  sub: string;
  sid: number;
  cid: number[];
  cors: string[];
  iat: number;
  eat: number;
  sub_type: 0;
  token_type: 1;
}

/** Default lifetime of the sandbox's storefront token: one year. */
export const STOREFRONT_TOKEN_TTL_SECONDS = 365 * 86_400;

/** Signs a storefront token (what `createSandbox` puts in `config.storefrontToken`). */
export async function signStorefrontToken(
  keys: SandboxKeys,
  options: { storeHash: string; storeId: string; channelId: number; clock: SandboxClock; expiresInSeconds?: number; cors?: string[] },
): Promise<string> {
  const iat = Math.floor(options.clock.now() / 1000);
  const claims: StorefrontTokenClaims = {
    iss: 'BC',
    sub: options.storeHash,
    sid: Number(options.storeId),
    cid: [options.channelId],
    cors: options.cors ?? [],
    iat,
    eat: iat + (options.expiresInSeconds ?? STOREFRONT_TOKEN_TTL_SECONDS),
    sub_type: 0,
    token_type: 1,
  };
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'ES256', typ: 'JWT' }).sign(keys.sessionSync.privateKey);
}

/** Why a storefront token was refused, with BigCommerce's 401 message. */
export type StorefrontTokenCheck = { ok: true; claims: StorefrontTokenClaims | null } | { ok: false; status: 401 | 403; message: string };

const VERIFIED_TOKENS_MAX = 100;
const verifiedTokens = new WeakMap<SandboxKeys, Set<string>>();

const MISSING = 'GraphQL credentials were missing. No token was sent.';
const NOT_JWT = 'GraphQL invalid credentials. String is not a JWT';
const EXPIRED = 'GraphQL invalid credentials. JWT is expired';
const INVALID = 'GraphQL invalid credentials. JWT signature is invalid';
const OTHER_STORE = 'GraphQL invalid credentials. JWT was not issued for this store';
const BAD_ORIGIN =
  "'Origin' header invalid: The 'Origin' request header value did not match the allowed origin set in the JWT auth token. Please generate a token that is valid for this origin.";

/**
 * Checks an `Authorization` header the way BigCommerce answers: 401 messages for a missing,
 * malformed, foreign or expired token. `configuredToken` (the sandbox's own token) is always
 * accepted while unexpired, even if it is not a JWT, so a hand-made config still works.
 */
export async function checkStorefrontToken(
  authorization: string | undefined,
  context: { keys: SandboxKeys; storeHash: string; clock: SandboxClock; configuredToken: string; origin?: string | undefined },
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
    return token === context.configuredToken ? { ok: true, claims: null } : fail(NOT_JWT);
  }
  // A signature never changes its verdict for the same key, so verify each token once; expiry and
  // store are still checked on every request below (the clock moves).
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
  // A token lists the browser origins it may be used from (`allowed_cors_origins`). BigCommerce
  // rejects browser requests from other origins (docs/start/authentication/graphql-storefront.mdx;
  // the HTTP status is not documented: the sandbox answers 403). Deviation: a token with an empty
  // list, like the sandbox's default one, is accepted from any origin, for local development.
  const cors = Array.isArray(decoded.cors) ? (decoded.cors as unknown[]).filter((o) => typeof o === 'string') : [];
  if (context.origin && cors.length > 0 && !cors.includes(context.origin)) return fail(BAD_ORIGIN, 403);
  return { ok: true, claims: decoded as unknown as StorefrontTokenClaims };
}
