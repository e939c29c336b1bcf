/**
 * Session-sync JWTs, shared by the GraphQL mutations (`generateSessionSyncJwt`,
 * `validateSessionSyncJwt`, `createCartRedirectUrls`) and the hosted `GET /session-sync` page.
 *
 * - `signSessionSyncJwt(deps, input)` signs an ES256 JWT with BigCommerce's claims
 *   (shared/bigcommerce-api.md, "Session sync"): `iss: "BC"`, `iat`, `eat = iat + 30`, `jti`,
 *   `operation: "session_sync"`, `sid` (store id), `session_payload { cart_id, customer_id,
 *   visitor_id, visit_id, cart_locale }`, `request_ip` (attributed client IP) and `redirect_to`
 *   (absolute on the sandbox origin). Returns `{ token, url }` with `url = {origin}/session-sync?jwt=`.
 * - `verifySessionSyncJwt(deps, jwt, clientIp)` checks signature, issuer/operation, `eat` against
 *   the sandbox clock, single use of `jti`, `sid` and `request_ip` (when present), and on success
 *   marks the `jti` used. It never throws and does NOT touch the lockout.
 * - `attemptSessionSync(deps, jwt, clientIp)` is what both entry points call: refuses while the IP
 *   is locked out (`{ blocked: retryAfterSeconds }`), otherwise verifies and records an invalid
 *   JWT in `deps.lockout`. Use it (not `verifySessionSyncJwt`) on the hosted page so both paths
 *   count towards the same block.
 */
import { SignJWT, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import type { SandboxDeps } from '../SandboxDeps.js';

/** Seconds a session-sync JWT is valid (`eat - iat`). */
export const SESSION_SYNC_TTL_SECONDS = 30;

/** The claims of a session-sync JWT. */
export interface SessionSyncClaims {
  iss: 'BC';
  iat: number;
  eat: number;
  jti: string;
  operation: 'session_sync';
  sid: number;
  session_payload: {
    cart_id: string | null;
    customer_id: number | null;
    visitor_id: string;
    visit_id: string;
    cart_locale: string | null;
  };
  request_ip?: string;
  redirect_to: string;
}

/** What to put in a session-sync JWT. */
export interface SessionSyncInput {
  cartId: string | null;
  customerId: number | null;
  /** A path or an absolute URL on the sandbox origin. */
  redirectTo: string;
  requestIp: string | null;
  cartLocale?: string | null;
  visitorId?: string;
  visitId?: string;
}

/** Turns `redirectTo` into an absolute URL on the store origin, or null if it points elsewhere. */
export function absoluteRedirect(origin: string, redirectTo: string): string | null {
  try {
    const url = new URL(redirectTo, origin);
    return url.origin === new URL(origin).origin ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Signs a session-sync JWT; see the file comment. Throws if `redirectTo` leaves the store origin. */
export async function signSessionSyncJwt(deps: SandboxDeps, input: SessionSyncInput): Promise<{ token: string; url: string; claims: SessionSyncClaims }> {
  const redirect = absoluteRedirect(deps.config.origin, input.redirectTo);
  if (!redirect) {
    throw new Error(`signSessionSyncJwt: redirectTo "${input.redirectTo}" is not on the store's origin ${deps.config.origin}; pass a path such as "/checkout".`);
  }
  const iat = Math.floor(deps.clock.now() / 1000);
  const claims: SessionSyncClaims = {
    iss: 'BC',
    iat,
    eat: iat + SESSION_SYNC_TTL_SECONDS,
    jti: randomUUID(),
    operation: 'session_sync',
    sid: Number(deps.config.storeId),
    session_payload: {
      cart_id: input.cartId,
      customer_id: input.customerId,
      visitor_id: input.visitorId ?? randomUUID(),
      visit_id: input.visitId ?? randomUUID(),
      cart_locale: input.cartLocale ?? null,
    },
    ...(input.requestIp ? { request_ip: input.requestIp } : {}),
    redirect_to: redirect,
  };
  const token = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'ES256', typ: 'JWT' }).sign(deps.keys.sessionSync.privateKey);
  return { token, url: `${deps.config.origin}/session-sync?jwt=${encodeURIComponent(token)}`, claims };
}

/** Why a session-sync JWT was refused; `expired` maps to GraphQL's `JwtTokenExpiredError`. */
export type SessionSyncFailure = {
  ok: false;
  errorType: 'OTHER' | 'SHOPPER_IP_MISMATCH' | 'STORE_ID_MISMATCH';
  expired: boolean;
  message: string;
};

/** Verifies a session-sync JWT; see the file comment. */
export async function verifySessionSyncJwt(
  deps: SandboxDeps,
  jwt: string,
  clientIp: string,
): Promise<{ ok: true; claims: SessionSyncClaims } | SessionSyncFailure> {
  const fail = (errorType: SessionSyncFailure['errorType'], message: string, expired = false): SessionSyncFailure => ({ ok: false, errorType, expired, message });
  let claims: SessionSyncClaims;
  try {
    const { payload } = await jwtVerify(jwt, deps.keys.sessionSync.publicKey, { algorithms: ['ES256'], issuer: 'BC' });
    claims = payload as unknown as SessionSyncClaims;
  } catch {
    return fail('OTHER', 'Invalid session sync JWT: it is malformed or its signature does not verify.');
  }
  if (claims.operation !== 'session_sync' || typeof claims.jti !== 'string' || typeof claims.eat !== 'number' || !claims.session_payload) {
    return fail('OTHER', 'Invalid session sync JWT: it is not a session_sync token.');
  }
  if (deps.store.usedSessionSyncJtis.has(claims.jti)) {
    return fail('OTHER', 'Invalid session sync JWT: it was already used; generate a new one with generateSessionSyncJwt.');
  }
  if (claims.eat * 1000 <= deps.clock.now()) {
    return fail('OTHER', `Session sync JWT expired: it was valid for ${SESSION_SYNC_TTL_SECONDS} seconds; generate a new one right before redirecting.`, true);
  }
  if (String(claims.sid) !== String(deps.config.storeId)) {
    return fail('STORE_ID_MISMATCH', 'Invalid session sync JWT: it was issued for another store.');
  }
  if (claims.request_ip && claims.request_ip !== clientIp) {
    return fail('SHOPPER_IP_MISMATCH', 'Invalid session sync JWT: it was generated for another shopper IP. Send True-Client-IP through the trusted proxy when generating it.');
  }
  deps.store.usedSessionSyncJtis.add(claims.jti);
  return { ok: true, claims };
}

/** One session-sync attempt with the lockout applied; see the file comment. */
export async function attemptSessionSync(
  deps: SandboxDeps,
  jwt: string,
  clientIp: string,
): Promise<{ ok: true; claims: SessionSyncClaims } | SessionSyncFailure | { ok: false; blocked: number }> {
  const blocked = deps.lockout.retryAfterSeconds(clientIp);
  if (blocked > 0) return { ok: false, blocked };
  const result = await verifySessionSyncJwt(deps, jwt, clientIp);
  if (!result.ok) deps.lockout.recordInvalid(clientIp);
  return result;
}
