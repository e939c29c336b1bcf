import { cookieValues } from '../cookieValues.js';
import { customerAccessTokenExpiry, isCustomerAccessTokenValue, type CustomerAccessTokenValue } from './customerAccessToken.js';
import { readHeader, type RequestLike } from './readHeader.js';

/** Default base name of the customer session cookie. */
export const SESSION_COOKIE_BASE_NAME = 'bc-customer';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Real Cookie headers are a few KB; a larger one is read only this far, so parsing stays cheap.
const MAX_COOKIE_HEADER = 16 * 1024;

/** Where the session cookie lives: its name and whether it is `Secure`. */
export interface SessionCookieOptions {
  /** `Secure` (and the `__Host-` name prefix) everywhere except plain-HTTP localhost development. */
  secure: boolean;
  /** Base name; the `__Host-` prefix is added when secure. Defaults to `bc-customer`. */
  name?: string;
}

/**
 * Cookie options for a request: `Secure` unless the request's host is localhost, 127.0.0.1 or
 * [::1] over plain HTTP (browsers refuse `Secure` cookies there, except some on localhost only).
 * A request that came over HTTPS (its URL, or `X-Forwarded-Proto: https`) is always `Secure`:
 * that header can only make the cookie stricter, so believing it costs nothing, and it catches a
 * proxy that rewrites `Host` to `localhost`.
 */
export function sessionCookieOptionsFor(request: { url?: string } & Partial<RequestLike>, name?: string): SessionCookieOptions {
  const secure = !isLocalhostRequest(request) || cameOverHttps(request);
  return { secure, ...(name === undefined ? {} : { name }) };
}

function cameOverHttps(request: { url?: string } & Partial<RequestLike>): boolean {
  if (typeof request.url === 'string' && /^https:/i.test(request.url)) return true;
  const proto = request.headers ? readHeader(request.headers, 'x-forwarded-proto') : null;
  return proto !== null && /(^|,)\s*https\s*(,|$)/i.test(proto);
}

/** Whether the request was addressed to localhost, 127.0.0.1 or [::1]. */
export function isLocalhostRequest(request: { url?: string } & Partial<RequestLike>): boolean {
  let host = typeof request.url === 'string' ? (URL.parse(request.url)?.hostname ?? null) : null;
  if (host === null && request.headers) {
    const raw = readHeader(request.headers, 'host');
    host = raw === null ? null : raw.replace(/:[0-9]*$/, '');
  }
  return host !== null && LOCAL_HOSTS.has(host.toLowerCase());
}

/**
 * The cookie's full name: `__Host-{name}` when secure, so that no sibling subdomain or non-root
 * path can plant a session cookie of its own (session fixation by cookie tossing).
 */
export function sessionCookieName(options: SessionCookieOptions): string {
  const base = options.name ?? SESSION_COOKIE_BASE_NAME;
  if (!COOKIE_NAME.test(base) || base.startsWith('__')) {
    throw new TypeError(`sessionCookie: name ${JSON.stringify(base)} is not a valid cookie name; use letters, digits and "-" (the "__Host-" prefix is added for you).`);
  }
  return options.secure ? `__Host-${base}` : base;
}

/**
 * The `Set-Cookie` value that keeps a customer access token: `HttpOnly`, `SameSite=Lax`, `Path=/`,
 * `Secure` unless local, expiring with the token. Throws if the value is not a customer access token.
 */
export function serializeSessionCookie(token: CustomerAccessTokenValue, options: SessionCookieOptions & { now?: number }): string {
  const expiry = customerAccessTokenExpiry(token);
  if (!isCustomerAccessTokenValue(token?.value) || expiry === null) {
    throw new TypeError('serializeSessionCookie: the value is not a customer access token ({64 hex}_{unix seconds}); refusing to put it in a cookie.');
  }
  const now = options.now ?? Date.now();
  const maxAge = Math.max(0, Math.floor((expiry - now) / 1000));
  return cookieString(sessionCookieName(options), token.value, new Date(maxAge === 0 ? 0 : expiry), maxAge, options.secure);
}

/** The `Set-Cookie` value that removes the session cookie. */
export function clearSessionCookie(options: SessionCookieOptions): string {
  return cookieString(sessionCookieName(options), '', new Date(0), 0, options.secure);
}

/**
 * The customer access token from a `Cookie` header, or `null` when absent, malformed, expired or
 * ambiguous (two different values under the name). Never throws.
 */
export function parseSessionCookie(cookieHeader: string | null | undefined, options: SessionCookieOptions & { now?: number }): string | null {
  if (typeof cookieHeader !== 'string' || cookieHeader === '') return null;
  let name: string;
  try {
    name = sessionCookieName(options);
  } catch {
    return null;
  }
  const header = cookieHeader.length > MAX_COOKIE_HEADER ? cookieHeader.slice(0, MAX_COOKIE_HEADER) : cookieHeader;
  const now = options.now ?? Date.now();
  let found: string | null = null;
  for (const value of cookieValues(header, name)) {
    if (!isCustomerAccessTokenValue(value)) continue;
    // Two different tokens under the name: one was tossed in by a sibling subdomain; trust neither.
    if (found !== null && found !== value) return null;
    found = value;
  }
  if (found === null) return null;
  const expiry = customerAccessTokenExpiry(found);
  return expiry !== null && expiry > now ? found : null;
}

/** Reads the session token from a request's `Cookie` header (see `parseSessionCookie`). */
export function readSessionCookie(request: RequestLike, options: SessionCookieOptions & { now?: number }): string | null {
  return parseSessionCookie(readHeader(request, 'cookie'), options);
}

function cookieString(name: string, value: string, expires: Date, maxAge: number, secure: boolean): string {
  const parts = [`${name}=${value}`, 'Path=/', `Expires=${expires.toUTCString()}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
