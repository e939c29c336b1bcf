import { safeRedirectPath } from '../safeRedirectPath.js';

/** Options of `createLocaleRouting`. */
export interface LocaleRoutingOptions {
  /** The storefront's locales, e.g. BigCommerce's `site.settings.locales` codes: `['en', 'fr', 'de']`. */
  locales: readonly string[];
  /** The locale served without a prefix (BigCommerce's `isDefault` one); must be one of `locales`. */
  defaultLocale: string;
}

/** A URL read by `parse`: its locale and the path below the locale prefix. */
export interface ParsedLocaleUrl {
  /** The URL's locale: its prefix's, or the default locale when it has none (or an unknown one). */
  locale: string;
  /** The path without the locale prefix, with the query and hash: the BigCommerce path to resolve. */
  path: string;
  /**
   * `false` when this is not the URL `href(path, locale)` writes (`/en/x` for the default `en`,
   * `/FR/x`): redirect there so that each page has one address.
   */
  canonical: boolean;
}

/** One language version of a page: what hreflang tags and language switchers are made of. */
export interface LocaleAlternate {
  locale: string;
  /** Root-relative, e.g. `/fr/shoes/`; the SEO builders make it absolute. */
  href: string;
}

/** The locale URL strategy: `/fr/...` for each locale, the default locale unprefixed. */
export interface LocaleRouting {
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  /** Reads a URL or root-relative path (a malformed or foreign one reads as `/` in the default locale). */
  parse(url: string | URL): ParsedLocaleUrl;
  /** The URL of `path` in `locale`; an unsafe path (another site, control characters) becomes `/`. */
  href(path: string, locale: string): string;
  /** `href(path, locale)` for every locale, default first. */
  alternates(path: string): LocaleAlternate[];
  /** The configured locale matching `value` case-insensitively, or `null`: use it before trusting a cookie or a parameter. */
  match(value: unknown): string | null;
}

const TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const PROBE = 'http://x.invalid';

/**
 * Creates the locale URL strategy. Browser-safe and pure; throws `TypeError` at creation for a
 * locale that is not a language tag or a default that is not among the locales.
 */
export function createLocaleRouting(options: LocaleRoutingOptions): LocaleRouting {
  const list = options?.locales;
  if (!Array.isArray(list) || list.length === 0 || list.some((l) => typeof l !== 'string' || !TAG.test(l))) {
    throw new TypeError('createLocaleRouting: options.locales must be language tags like ["en", "fr", "fr-CA"] (BigCommerce: site.settings.locales codes).');
  }
  // URLs use the lower-case tag: one address per page.
  const byPrefix = new Map(list.map((l) => [l.toLowerCase(), l]));
  if (byPrefix.size !== list.length) throw new TypeError('createLocaleRouting: options.locales lists a locale twice (compared case-insensitively).');
  const defaultLocale = byPrefix.get(String(options.defaultLocale).toLowerCase());
  if (!defaultLocale) {
    throw new TypeError(`createLocaleRouting: options.defaultLocale ${JSON.stringify(options.defaultLocale)} must be one of options.locales (${list.join(', ')}).`);
  }
  const locales = [defaultLocale, ...list.filter((l) => l !== defaultLocale)];
  const match = (value: unknown) => (typeof value === 'string' ? (byPrefix.get(value.toLowerCase()) ?? null) : null);

  const href = (path: string, locale: string): string => {
    const known = match(locale);
    if (!known) throw new TypeError(`createLocaleRouting: href locale ${JSON.stringify(locale)} is not one of ${locales.join(', ')}.`);
    const safe = safeRedirectPath(path, '/');
    return known === defaultLocale ? safe : `/${known.toLowerCase()}${safe === '/' ? '/' : safe}`;
  };

  return {
    locales,
    defaultLocale,
    parse(url) {
      const given = url instanceof URL ? `${url.pathname}${url.search}${url.hash}` : typeof url === 'string' ? url : '';
      // An absolute URL is read for its path; its origin is the app's business, not this module's.
      const absolute = /^[a-z][a-z0-9+.-]*:/i.test(given) ? URL.parse(given) : null;
      const raw = absolute ? `${absolute.pathname}${absolute.search}${absolute.hash}` : given;
      const path = safeRedirectPath(raw, '');
      if (path === '') return { locale: defaultLocale, path: '/', canonical: false };
      const segment = /^\/([^/?#]+)(?=$|[/?#])/.exec(path);
      const locale = segment ? match(segment[1]) : null;
      const rest = locale ? path.slice(segment![0].length) : path;
      // Checked again without the prefix: `/fr//evil.example` must not become `//evil.example`.
      const result = { locale: locale ?? defaultLocale, path: safeRedirectPath(rest.startsWith('/') ? rest : `/${rest}`, '/') };
      return { ...result, canonical: href(result.path, result.locale) === raw };
    },
    href,
    alternates: (path) => locales.map((locale) => ({ locale, href: href(path, locale) })),
    match,
  };
}
