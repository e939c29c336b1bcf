import { type LocaleAlternate } from './hreflangLinks.js';

// XML 1.0 allows neither these characters escaped nor raw; URLs and language tags never hold
// them after validation, so anything that does is dropped rather than written.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text escaped for an XML element or a double-quoted attribute (sitemaps.org asks for entity-escaped URLs). */
export const escapeXml = (text: string): string => text.replace(INVALID_XML, '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** The sitemaps.org limits of one file (sitemaps.org/protocol.html, "Sitemap Index files" and "Sitemap file location"). */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800, urlLength: 2048 } as const;

/** The start of a urlset with the xhtml namespace for hreflang alternates. */
export const URLSET_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
/** The end of a urlset. */
export const URLSET_CLOSE = '</urlset>\n';
/** The start of a sitemap index. */
export const INDEX_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
/** The end of a sitemap index. */
export const INDEX_CLOSE = '</sitemapindex>\n';

const link = (hreflang: string, href: string) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`;

/**
 * The `<url>` entries of one entity: one per locale, each listing every locale and `x-default`
 * as `xhtml:link` alternates (Google's "sitemap" hreflang method; the set is the same in every
 * entry, so it is reciprocal). With one locale, a bare `<url><loc>`.
 */
export function urlEntries(alternates: readonly LocaleAlternate[], xDefault: LocaleAlternate | undefined, ownHref: (a: LocaleAlternate) => boolean): string {
  const links = alternates.length > 1 ? alternates.map((a) => link(a.locale, a.href)).join('') + (xDefault ? link('x-default', xDefault.href) : '') : '';
  return alternates.filter(ownHref).map((a) => `<url><loc>${escapeXml(a.href)}</loc>${links}</url>\n`).join('');
}

/** The largest `urlEntries` output for `locales` locales whose escaped URLs are at most `maxUrl` characters. */
export function maxEntityBytes(locales: readonly string[], maxUrl: number): number {
  const langMax = Math.max(9, ...locales.map((l) => l.length));
  const links = locales.length > 1 ? (locales.length + 1) * (link('', '').length + langMax + maxUrl) : 0;
  return locales.length * ('<url><loc></loc></url>\n'.length + maxUrl + links);
}

/** A `<sitemap>` entry of an index. */
export const indexEntry = (loc: string): string => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`;
