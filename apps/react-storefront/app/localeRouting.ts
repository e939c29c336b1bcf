import { LANGUAGES } from '@bc-headless/demo-kit/browser';
import { createLocaleRouting } from '@bc-headless/core/routing';

/** The demo's locales in URLs: English unprefixed (`/cart`), the others under a prefix (`/fr/cart`). */
export const LOCALES = LANGUAGES.map((language) => language.code);

/** The default locale, served without a prefix. */
export const DEFAULT_LOCALE = 'en';

/** `parse`, `href`, `alternates` over the demo's locales (@bc-headless/core/routing). */
export const routing = createLocaleRouting({ locales: LOCALES, defaultLocale: DEFAULT_LOCALE });

/**
 * The session's locale for a URL's: `null` for the default one. The store's default language
 * needs no locale, and asking without one keeps the cart in the first view's one request (the
 * core's prefetchView reads the cart in the view only in the client's own locale).
 */
export const sessionLocaleOf = (urlLocale: string): string | null => (urlLocale === DEFAULT_LOCALE ? null : urlLocale);
