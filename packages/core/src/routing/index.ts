/**
 * `@bc-headless/core/routing`: the locale URL strategy, browser-safe (client navigation needs
 * `href`) and outside the main entry so that a storefront with one language pays nothing for it.
 */
export { createLocaleRouting, type LocaleRouting, type LocaleRoutingOptions, type ParsedLocaleUrl, type LocaleAlternate } from './createLocaleRouting.js';
