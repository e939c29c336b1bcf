import { StorefrontConfigError } from './errors/StorefrontConfigError.js';
import type { SessionStorageAdapter } from './createMemoryStorage.js';

/** Options of `createCookieStorage`. */
export interface CookieStorageOptions {
  /** Cookie name, a plain token (default `bc_session`). */
  name?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. */
  sameSite?: 'Strict' | 'Lax' | 'None';
  /**
   * Add `Secure` (default: when the page is served over https, read from `location` at each
   * write). `false` leaves it off; `true` forces it.
   */
  secure?: boolean;
}

/**
 * Keeps the session in a readable cookie (`document.cookie`, kept 30 days), so a server render can see the
 * cart id too. It holds only the session store's public fields: the customer access token
 * belongs in the server's httpOnly cookie, never here. `Secure` by default on https pages.
 * Throws `StorefrontConfigError` at creation for a name other than letters, digits, `_`, `.` and `-`.
 */
export function createCookieStorage({
  name = 'bc_session',
  path = '/',
  sameSite = 'Lax',
  secure,
}: CookieStorageOptions = {}): SessionStorageAdapter {
  if (!/^[\w.-]+$/.test(name)) {
    throw new StorefrontConfigError(`createCookieStorage: options.name must be letters, digits, "_", "." or "-"; got ${JSON.stringify(name)}`, { field: 'options.name' });
  }
  return {
    // An absent cookie reads as '' (not JSON), which the store treats as a fresh session.
    // Not cookieValues (the server's parser, which also unquotes and collects duplicates): this
    // store reads back only what it wrote, and the browser entry's budget has no room for more.
    getItem: () => {
      const found = document.cookie.split('; ').find((pair) => pair.startsWith(`${name}=`));
      return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
    },
    setItem: (value) =>
      void (document.cookie = `${name}=${encodeURIComponent(value)}; Path=${path}; Max-Age=2592000; SameSite=${sameSite}${
        // Secure unless the page is plain http (local development), where the browser would drop it.
        secure ?? location.protocol == 'https:' ? '; Secure' : ''
      }`),
  };
}
