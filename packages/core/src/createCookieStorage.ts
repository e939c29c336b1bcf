import type { SessionStorageAdapter } from './createMemoryStorage.js';

/** Options of `createCookieStorage`. */
export interface CookieStorageOptions {
  /** Cookie name (default `bc_session`). */
  name?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. */
  sameSite?: 'Strict' | 'Lax' | 'None';
  /** Lifetime in seconds (default 30 days). */
  maxAge?: number;
  /** Add `Secure` (default: when the page is served over https). */
  secure?: boolean;
  /** Something with a `cookie` property like `document` (default the global `document`). */
  document?: { cookie: string };
}

/**
 * Keeps the session in a readable cookie, so a server render can see the cart id too. It holds
 * only the session store's public fields: the customer access token belongs in the server's
 * httpOnly cookie, never here.
 */
export function createCookieStorage(options: CookieStorageOptions = {}): SessionStorageAdapter {
  const { name = 'bc_session', path = '/', sameSite = 'Lax', maxAge = 2592e3 } = options;
  const doc = () => options.document ?? globalThis.document;
  return {
    getItem() {
      const value = doc()?.cookie.split('; ').find((c) => c.startsWith(name + '='));
      try {
        return value && decodeURIComponent(value.slice(name.length + 1));
      } catch {
        return null;
      }
    },
    setItem(value) {
      const secure = options.secure ?? globalThis.location?.protocol == 'https:';
      doc().cookie = `${name}=${encodeURIComponent(value)}; Path=${path}; Max-Age=${maxAge}; SameSite=${sameSite}${secure ? '; Secure' : ''}`;
    },
  };
}
