import type { HeadDescriptor } from './HeadDescriptor.js';
import { safeHttpUrl } from './safeUrl.js';

/** A page's URL in one locale. */
export interface LocaleAlternate {
  locale: string;
  href: string;
}

/**
 * Where a page lives in each locale: a list of `{ locale, href }`, or a function from a locale to
 * the page's absolute URL in it (the shape a locale URL strategy such as `/fr/…` prefixes gives).
 */
export type LocaleAlternates = readonly LocaleAlternate[] | ((locale: string) => string);

/** Options of `hreflangLinks`. */
export interface HreflangOptions {
  /** Every locale the store serves; needed when `alternates` is a function. */
  locales?: readonly string[];
  /** The locale `x-default` points at (default: the first). */
  defaultLocale?: string;
}

// BCP 47 as hreflang takes it: a language, optionally a script and a region (`en`, `fr-CA`, `zh-Hant-TW`).
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?$/i;

/**
 * The hreflang alternates of one page: one `<link rel="alternate" hreflang>` per locale plus
 * `x-default`. Google ignores hreflang sets that are not reciprocal, so every locale's page must
 * list the same set, its own URL included: build it from the same input on every locale's page.
 * Throws a `TypeError` naming a bad locale or a href that is not an absolute http(s) URL.
 */
export function resolveAlternates(alternates: LocaleAlternates, options: HreflangOptions = {}): LocaleAlternate[] {
  let list: LocaleAlternate[];
  if (typeof alternates === 'function') {
    if (!options.locales?.length) throw new TypeError('hreflangLinks: pass options.locales (every locale the store serves) with an alternates function.');
    list = options.locales.map((locale) => ({ locale, href: alternates(locale) }));
  } else {
    list = [...alternates];
  }
  const seen = new Set<string>();
  return list.map(({ locale, href }) => {
    if (typeof locale !== 'string' || !LANGUAGE_TAG.test(locale)) throw new TypeError(`hreflangLinks: locale ${JSON.stringify(String(locale).slice(0, 40))} is not a language tag such as en or fr-CA.`);
    if (seen.has(locale.toLowerCase())) throw new TypeError(`hreflangLinks: locale ${locale} is listed twice; give one URL per locale.`);
    seen.add(locale.toLowerCase());
    const safe = safeHttpUrl(href);
    if (!safe) throw new TypeError(`hreflangLinks: the ${locale} URL ${JSON.stringify(String(href).slice(0, 100))} is not an absolute http(s) URL; hreflang needs absolute URLs.`);
    return { locale, href: safe };
  });
}

/** The `x-default` target: the default locale's URL (the first locale's when none is named). */
export function xDefaultOf(list: readonly LocaleAlternate[], defaultLocale?: string): LocaleAlternate | undefined {
  return (defaultLocale ? list.find((a) => a.locale.toLowerCase() === defaultLocale.toLowerCase()) : undefined) ?? list[0];
}

/** Head descriptors for a page's hreflang alternates, `x-default` last (see `resolveAlternates`). */
export function hreflangLinks(alternates: LocaleAlternates, options: HreflangOptions = {}): HeadDescriptor[] {
  const list = resolveAlternates(alternates, options);
  const fallback = xDefaultOf(list, options.defaultLocale);
  const links: HeadDescriptor[] = list.map(({ locale, href }) => ({ tagName: 'link', rel: 'alternate', hreflang: locale, href }));
  if (fallback) links.push({ tagName: 'link', rel: 'alternate', hreflang: 'x-default', href: fallback.href });
  return links;
}
