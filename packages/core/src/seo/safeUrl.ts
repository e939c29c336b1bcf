// Query parameters that say where a visitor came from, never what the page is: a canonical or
// sitemap URL carrying one would split a page's ranking signals over many URLs.
const TRACKING = /^(utm_.*|gclid|gclsrc|gbraid|wbraid|dclid|fbclid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid|twclid|ttclid|igshid|srsltid|_hsenc|_hsmi|mkt_tok)$/i;

/** True for a query parameter name that only tracks a visit (`utm_*`, `gclid`, `fbclid`, `msclkid`, …). */
export const isTrackingParam = (name: string): boolean => TRACKING.test(name);

/**
 * Resolves `href` against `base` and returns it as an absolute `http:`/`https:` URL string, or
 * `null` for anything else (`javascript:`, `data:`, `vbscript:`, a malformed URL, a non-string).
 * Builders use it on every URL taken from data, so no script URL reaches a tag or a crawler file.
 */
export function safeHttpUrl(href: unknown, base?: string): string | null {
  if (typeof href !== 'string' || href.length === 0 || href.length > 8192) return null;
  let url: URL;
  try {
    url = base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** Options of `canonicalUrl`. */
export interface CanonicalUrlOptions {
  /** Keep only these query parameters (e.g. `['page']` for paginated listings); default: every non-tracking one. */
  keepParams?: readonly string[];
}

/**
 * The canonical form of a page URL: absolute on `origin`, without its fragment or tracking
 * parameters. Throws a `TypeError` when `url` is not an http(s) URL on `origin` (a `javascript:`
 * URL, or a path such as `//evil.example/` that leaves the site): a canonical tag pointing
 * elsewhere hands the page's ranking to another site.
 */
export function canonicalUrl(url: string, origin: string, options: CanonicalUrlOptions = {}): string {
  const site = safeHttpUrl(origin);
  if (!site) throw new TypeError(`canonicalUrl: origin ${JSON.stringify(String(origin).slice(0, 100))} is not an absolute http(s) URL; pass the storefront's origin, e.g. https://shop.example.`);
  const resolved = safeHttpUrl(url, site);
  if (!resolved || new URL(resolved).origin !== new URL(site).origin) {
    throw new TypeError(`canonicalUrl: ${JSON.stringify(String(url).slice(0, 100))} is not a page of ${new URL(site).origin}; pass the page's path or its URL on the storefront's origin.`);
  }
  const out = new URL(resolved);
  out.hash = '';
  const keep = options.keepParams;
  for (const name of [...new Set(out.searchParams.keys())]) {
    if (isTrackingParam(name) || (keep && !keep.includes(name))) out.searchParams.delete(name);
  }
  return out.href;
}
