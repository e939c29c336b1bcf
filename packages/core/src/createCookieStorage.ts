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
 */
export function createCookieStorage({
  name = 'bc_session',
  path = '/',
  sameSite = 'Lax',
  secure,
}: CookieStorageOptions = {}): SessionStorageAdapter {
  return {
    // An absent cookie reads as '' (not JSON), which the store treats as a fresh session.
    getItem: () => decodeURIComponent(document.cookie.match(`(^|; )${name}=([^;]*)`)?.[2] ?? ''),
    setItem: (value) =>
      void (document.cookie = `${name}=${encodeURIComponent(value)}; Path=${path}; Max-Age=2592000; SameSite=${sameSite}${
        // Secure unless the page is plain http (local development), where the browser would drop it.
        // `location` reads as its href: 3 bytes shorter than `.protocol`, in an entry with none to spare.
        secure ?? /^https:/.test(location as never) ? '; Secure' : ''
      }`),
  };
}
