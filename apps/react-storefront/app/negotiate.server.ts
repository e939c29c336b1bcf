import { negotiateLocale } from '@bc-headless/core/server';
import { routing } from './localeRouting.js';

/** The cookie the language switcher writes (the shopper's choice), which wins over Accept-Language. */
export const LOCALE_COOKIE = 'bc_locale';

/**
 * `/` for a shopper who prefers another language (their last choice in the switcher, else
 * `Accept-Language`): where to redirect (`/fr/`), or `null` to stay. Only `/` is negotiated: any
 * other URL names its language.
 */
export const homeLocaleRedirect = (request: Request): string | null => negotiateLocale(request, routing, { cookie: LOCALE_COOKIE });
