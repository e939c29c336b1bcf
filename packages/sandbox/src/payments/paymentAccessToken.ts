import { SignJWT, jwtVerify, errors } from 'jose';
import { randomUUID } from 'node:crypto';
import type { SandboxClock } from '../clock.js';

/**
 * Payment access tokens as BigCommerce issues them (shared/bigcommerce-api.md, "Complete checkout,
 * then pay"): an HS256 JWT valid one hour, `iss: payments.bigcommerce.com`, `sub: {store hash}`,
 * bound to one order and amount through `data`.
 */
export interface PaymentAccessTokenData {
  store_id: string;
  order_id: number;
  /** Minor units (cents). */
  amount: number;
  currency: string;
}

const ISSUER = 'payments.bigcommerce.com';
const TTL_SECONDS = 3600;

/** Signs a payment access token for one order. */
export async function signPaymentAccessToken(
  secret: Uint8Array,
  storeHash: string,
  data: PaymentAccessTokenData,
  clock: SandboxClock,
): Promise<string> {
  const iat = Math.floor(clock.now() / 1000);
  return new SignJWT({ data: { ...data } })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject(storeHash)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + TTL_SECONDS)
    .sign(secret);
}

/** Why a PAT was refused; the Payments API answers 401 for all of these. */
export type PaymentAccessTokenFailure = 'malformed' | 'expired' | 'invalid';

/** Verifies a payment access token against the sandbox clock; never throws. */
export async function verifyPaymentAccessToken(
  secret: Uint8Array,
  storeHash: string,
  token: string,
  clock: SandboxClock,
): Promise<{ ok: true; data: PaymentAccessTokenData } | { ok: false; reason: PaymentAccessTokenFailure }> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      subject: storeHash,
      algorithms: ['HS256'],
      currentDate: new Date(clock.now()),
    });
    const data = payload.data as PaymentAccessTokenData | undefined;
    if (!data || typeof data.order_id !== 'number' || typeof data.amount !== 'number') return { ok: false, reason: 'invalid' };
    return { ok: true, data };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return { ok: false, reason: 'malformed' };
    return { ok: false, reason: 'invalid' };
  }
}
