import { textResponse, type SeoHandler } from './anonymousRequest.js';
import { safeHttpUrl } from './safeUrl.js';

/** Options of `buildRobotsTxt` and `createRobotsTxtHandler`. */
export interface RobotsTxtOptions {
  /** The storefront's origin, e.g. `https://shop.example` (the `Sitemap:` line must be absolute). */
  origin: string;
  /** The sitemap index's path (default `/sitemap.xml`; `null` writes no `Sitemap:` line). */
  sitemapPath?: string | null;
  /** Paths no crawler should fetch (default: `DEFAULT_DISALLOW`). */
  disallow?: readonly string[];
  /** Locale prefixes (e.g. `['/fr', '/de']`): every disallowed path is repeated under each. */
  pathPrefixes?: readonly string[];
  /** The agent catalog's path, written as `Agentmap:` (Lighthouse's ai-catalog discovery reads it), e.g. `/.well-known/ai-catalog.json`. */
  agentmapPath?: string;
}

/**
 * What crawlers are kept out of by default: per-shopper pages (cart, checkout, account, login),
 * internal search results (endless near-duplicates) and the storefront's API routes.
 */
export const DEFAULT_DISALLOW: readonly string[] = ['/cart', '/checkout', '/account', '/login', '/search', '/api/'];

// A robots.txt path: starts with `/`, no whitespace or control characters (a newline would let a
// caller's value add its own directives).
const PATH = /^\/[^\s\u0000-\u001f\u007f]*$/;
const checkPath = (path: string, field: string) => {
  if (typeof path !== 'string' || !PATH.test(path)) throw new TypeError(`buildRobotsTxt: ${field} ${JSON.stringify(String(path).slice(0, 80))} must be a path starting with / and without spaces or line breaks.`);
  return path;
};

/** The text of a storefront's robots.txt: one group for every user agent, then `Sitemap:` and `Agentmap:`. */
export function buildRobotsTxt(options: RobotsTxtOptions): string {
  const origin = safeHttpUrl(options?.origin);
  if (!origin) throw new TypeError('buildRobotsTxt: options.origin must be the storefront’s absolute http(s) origin, e.g. https://shop.example.');
  const site = new URL(origin).origin;
  const disallow = (options.disallow ?? DEFAULT_DISALLOW).map((p) => checkPath(p, 'disallow'));
  const prefixes = (options.pathPrefixes ?? []).map((p) => checkPath(p.replace(/\/+$/, ''), 'pathPrefixes'));
  const paths = [...new Set([...disallow, ...prefixes.flatMap((prefix) => disallow.map((p) => `${prefix}${p}`))])];
  const lines = ['User-agent: *', ...paths.map((p) => `Disallow: ${p}`), 'Allow: /', ''];
  const sitemap = options.sitemapPath === undefined ? '/sitemap.xml' : options.sitemapPath;
  if (sitemap !== null) lines.push(`Sitemap: ${site}${checkPath(sitemap, 'sitemapPath')}`);
  if (options.agentmapPath) lines.push(`Agentmap: ${site}${checkPath(options.agentmapPath, 'agentmapPath')}`);
  return `${lines.join('\n')}\n`;
}

/** A Fetch handler answering `GET /robots.txt` with `buildRobotsTxt(options)` (built once, now). */
export function createRobotsTxtHandler(options: RobotsTxtOptions): SeoHandler {
  const body = buildRobotsTxt(options);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    return textResponse(200, request.method === 'HEAD' ? '' : body, { 'cache-control': 'public, max-age=86400' });
  };
}
