import { SignJWT, compactVerify, errors } from 'jose';
import { randomUUID } from 'node:crypto';
import type { SandboxClock } from './clock.js';
import type { SandboxKeys } from './keys.js';

/**
 * Storefront API tokens as BigCommerce issues them (`POST /v3/storefront/api-token`): a JWT sent as
 * `Authorization: Bearer`, carrying the channel ids it may be used on (`cid`), its CORS origins
 * (`cors`) and its expiry in `eat` (seconds). The sandbox signs it with its own ES256 key.
 */
export interface StorefrontTokenClaims {
  cid: number[];
  cors: string[];
  eat: number;
  iat: number;
  iss: string;
  sid: number;
  sub: string;
  sub_type: number;
  token_type: number;
}

/** What a storefront-token check found; the GraphQL API answers 401 for all but `ok`. */
export type StorefrontTokenStatus = 'ok' | 'missing' | 'malformed' | 'expired' | 'invalid';

/**
 * BigCommerce's 401 messages for each failed check (docs/start/about/status-codes.mdx,
 * "GraphQL HTTP status codes").
 */
export const STOREFRONT_TOKEN_MESSAGES: Record<Exclude<StorefrontTokenStatus, 'ok'>, string> = {
  missing: 'GraphQL credentials were missing. No token was sent.',
  malformed: 'GraphQL invalid credentials. String is not a JWT',
  expired: 'GraphQL invalid credentials. JWT is expired',
  invalid: 'GraphQL invalid credentials. JWT signature is invalid',
};

/** What issuing and checking a storefront token needs from the sandbox. */
export interface StorefrontTokenDeps {
  keys: SandboxKeys;
  clock: SandboxClock;
  config: { storeId: string; channelId: number };
}

/** Issues a storefront token for the sandbox's channel, valid `ttlSeconds` on the sandbox clock. */
export async function issueStorefrontToken(
  deps: StorefrontTokenDeps,
  options: { ttlSeconds: number; allowedCorsOrigins?: string[] },
): Promise<string> {
  const iat = Math.floor(deps.clock.now() / 1000);
  const claims: Omit<StorefrontTokenClaims, 'iss' | 'sub'> = {
    cid: [deps.config.channelId],
    cors: options.allowedCorsOrigins ?? [],
    eat: iat + options.ttlSeconds,
    iat,
    sid: Number(deps.config.storeId),
    sub_type: 2,
    token_type: 1,
  };
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer('BC')
    .setSubject(randomUUID())
    .sign(deps.keys.sessionSync.privateKey);
}

/** Pulls the token out of an `Authorization: Bearer …` header value. */
export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  return match ? match[1]! : '';
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Checks an `Authorization` header value the way BigCommerce's GraphQL gateway does: present, a
 * JWT, signed by this sandbox, for this store and channel, not past `eat`. Never throws.
 */
export async function verifyStorefrontToken(
  deps: StorefrontTokenDeps,
  authorization: string | undefined,
): Promise<StorefrontTokenStatus> {
  const token = bearerToken(authorization);
  if (token === null) return 'missing';
  if (!JWT_SHAPE.test(token)) return 'malformed';
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(token, deps.keys.sessionSync.publicKey, { algorithms: ['ES256'] }));
  } catch (error) {
    if (error instanceof errors.JWSInvalid) return 'malformed';
    return 'invalid';
  }
  let claims: Partial<StorefrontTokenClaims>;
  try {
    claims = JSON.parse(new TextDecoder().decode(payload)) as Partial<StorefrontTokenClaims>;
  } catch {
    return 'malformed';
  }
  if (claims.iss !== 'BC' || claims.sid !== Number(deps.config.storeId)) return 'invalid';
  if (!Array.isArray(claims.cid) || !claims.cid.includes(deps.config.channelId)) return 'invalid';
  if (typeof claims.eat !== 'number' || claims.eat * 1000 <= deps.clock.now()) return 'expired';
  return 'ok';
}
