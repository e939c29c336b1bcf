import { cookieValues } from '../../cookieValues.js';
import { readHeader, type RequestLike } from '../readHeader.js';

/** The browser session cookie's public fields that the server reads and may update. */
export interface BrowserSession {
  cartId: string | null;
  visitorId: string | null;
  locale: string | null;
  customer: { entityId: number; firstName?: string; lastName?: string; email?: string } | null;
}

const MAX_COOKIE_VALUE = 4096;

/**
 * Reads the browser-readable session cookie written by `createCookieStorage` (default `bc_session`:
 * URI-encoded JSON of the session store's public fields). Never throws; unknown shapes read as empty.
 */
export function readBrowserSession(request: RequestLike, name: string): BrowserSession {
  const empty: BrowserSession = { cartId: null, visitorId: null, locale: null, customer: null };
  const header = readHeader(request, 'cookie');
  if (!header) return empty;
  // The first, as the browser-side store reads it (createCookieStorage).
  const [raw] = cookieValues(header, name);
  if (raw === undefined || raw.length > MAX_COOKIE_VALUE) return empty;
  try {
    const value = JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>;
    return {
      cartId: typeof value.cartId === 'string' && /^[\w-]{1,64}$/.test(value.cartId) ? value.cartId : null,
      visitorId: typeof value.visitorId === 'string' && /^[\da-f-]{36}$/i.test(value.visitorId) ? value.visitorId : null,
      locale: typeof value.locale === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value.locale) ? value.locale : null,
      customer: isCustomer(value.customer) ? value.customer : null,
    };
  } catch {
    return empty;
  }
}

/**
 * The `Set-Cookie` line for the browser session cookie, in `createCookieStorage`'s format. Not
 * httpOnly (the browser's session store reads it), so it carries public fields only.
 */
export function serializeBrowserSession(session: BrowserSession, options: { name: string; secure: boolean }): string {
  const value = encodeURIComponent(JSON.stringify(session));
  return `${options.name}=${value}; Path=/; Max-Age=2592000; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}

function isCustomer(value: unknown): value is BrowserSession['customer'] {
  return !!value && typeof value === 'object' && Number.isInteger((value as { entityId?: unknown }).entityId);
}
