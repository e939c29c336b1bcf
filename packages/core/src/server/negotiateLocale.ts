import Negotiator from 'negotiator';
import { cookieValues } from '../cookieValues.js';
import type { LocaleRouting } from '../routing/createLocaleRouting.js';
import { readHeader, type RequestLike } from './readHeader.js';

/** Options of `negotiateLocale`. */
export interface NegotiateLocaleOptions {
  /** The cookie holding the shopper's own choice of locale (default `bc_locale`); it wins over `Accept-Language`. */
  cookie?: string;
}

// Browsers send a few hundred bytes; a longer header is cut here so negotiation stays cheap.
const MAX_ACCEPT_LANGUAGE = 1024;

/**
 * Where to send a shopper who opens `/`: the home page in their locale (the choice kept in the
 * cookie, else the best match of `Accept-Language`, with q-values and `fr-CA` → `fr`), or `null`
 * to stay (the default locale, no preference, another path). The target is always `routing.href`'s,
 * a same-site path: nothing a request carries can make it another site.
 */
export function negotiateLocale(request: RequestLike & { url: string }, routing: LocaleRouting, options: NegotiateLocaleOptions = {}): string | null {
  const url = URL.parse(request.url);
  if (!url || url.pathname !== '/') return null;
  const locale = preferredLocale(request, routing, options.cookie ?? 'bc_locale');
  return locale === null || locale === routing.defaultLocale ? null : routing.href(`/${url.search}`, locale);
}

function preferredLocale(request: RequestLike, routing: LocaleRouting, cookieName: string): string | null {
  const cookie = readHeader(request, 'cookie');
  if (cookie) {
    // A shopper's choice is only ever one of the store's locales; anything else is ignored.
    const chosen = cookieValues(cookie.slice(0, 16 * 1024), cookieName).map((v) => routing.match(safeDecode(v)));
    if (chosen.length > 0 && chosen[0] !== null && chosen.every((c) => c === chosen[0])) return chosen[0] ?? null;
  }
  const header = readHeader(request, 'accept-language');
  if (!header) return null;
  // negotiator (jshttp, Express's) parses the q-values and matches language ranges both ways.
  const [best] = new Negotiator({ headers: { 'accept-language': header.slice(0, MAX_ACCEPT_LANGUAGE) } }).languages([...routing.locales]);
  return best ?? null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
