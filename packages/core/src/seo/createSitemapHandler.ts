import type { RequestFn } from '../createClientCore.js';
import { StorefrontGraphQLError } from '../errors/StorefrontGraphQLError.js';
import type { ServerClient } from '../server/createServerClient.js';
import { anonymousRequest, textResponse, type SeoHandler } from './anonymousRequest.js';
import { resolveAlternates, xDefaultOf } from './hreflangLinks.js';
import { sitemapSources, type SitemapSource, type SitemapType } from './sitemapSources.js';
import { INDEX_CLOSE, INDEX_OPEN, indexEntry, maxEntityBytes, SITEMAP_LIMITS, URLSET_CLOSE, URLSET_OPEN, urlEntries, escapeXml } from './sitemapXml.js';
import { safeHttpUrl } from './safeUrl.js';

/** Options of `createSitemapHandler`. */
export interface SitemapHandlerOptions {
  /** The server client (`createServerClient`); the sitemap reads BigCommerce anonymously through it. */
  client: ServerClient;
  /** The storefront's origin, e.g. `https://shop.example`; every `<loc>` is on it. */
  origin: string;
  /** Every locale the store serves (default: one). */
  locales?: readonly string[];
  /** The locale `x-default` points at (default: the first). */
  defaultLocale?: string;
  /** An entity's absolute URL in a locale from its BigCommerce `path` (required with several locales). */
  urlFor?: (locale: string, path: string) => string;
  /** The index's path (default `/sitemap.xml`). */
  path?: string;
  /** Where the per-type files live (default `/sitemaps`: `/sitemaps/products.xml`, …). */
  filesPath?: string;
  /** The types listed, in order (default: products, categories, brands and web pages). */
  types?: readonly SitemapType[];
  /** Longest URL written; longer ones are left out (default and maximum 2048, sitemaps.org's limit). Lower means more URLs per file. */
  maxUrlLength?: number;
  /** `Cache-Control` of the answers (default `public, max-age=3600`). */
  cacheControl?: string;
}

const PAGE = 50;
const PATH = /^\/[\w\-./~]*$/;
// A BigCommerce cursor is opaque base64; anything else is refused before it reaches the API.
const CURSOR = /^[A-Za-z0-9+/=_-]{1,512}$/;
const encoder = new TextEncoder();

/**
 * A Fetch handler serving a sitemap index and per-type sitemaps (products, categories, brands and
 * web pages) for every entity in every locale, with `xhtml:link` hreflang
 * alternates. Files are streamed page by page from BigCommerce (`first: 50` + `after`), never held
 * whole, and sized so no file can exceed sitemaps.org's 50,000 URLs or 50 MB: a file holds at
 * most `entitiesPerFile` entities, computed from the locale count and `maxUrlLength`.
 */
export function createSitemapHandler(options: SitemapHandlerOptions): SeoHandler & { entitiesPerFile: number } {
  const api = 'createSitemapHandler';
  const origin = safeHttpUrl(options?.origin);
  if (!origin) throw new TypeError(`${api}: options.origin must be the storefront's absolute http(s) origin, e.g. https://shop.example.`);
  const site = new URL(origin).origin;
  const locales = options.locales?.length ? [...options.locales] : [options.defaultLocale ?? 'en'];
  if (locales.length > 1 && typeof options.urlFor !== 'function') throw new TypeError(`${api}: with several locales, pass options.urlFor(locale, path) giving an entity's URL in each locale.`);
  const urlFor = options.urlFor ?? ((_locale: string, path: string) => new URL(path, site).href);
  // Fails now on a bad locale, not on the first crawl.
  resolveAlternates(locales.map((locale) => ({ locale, href: site })));
  const indexPath = options.path ?? '/sitemap.xml';
  const filesPath = (options.filesPath ?? '/sitemaps').replace(/\/+$/, '');
  if (!PATH.test(indexPath) || !PATH.test(filesPath)) throw new TypeError(`${api}: options.path and options.filesPath must be paths such as /sitemap.xml and /sitemaps.`);
  const maxUrl = options.maxUrlLength ?? SITEMAP_LIMITS.urlLength;
  if (!Number.isInteger(maxUrl) || maxUrl < 64 || maxUrl > SITEMAP_LIMITS.urlLength) throw new TypeError(`${api}: options.maxUrlLength must be an integer from 64 to ${SITEMAP_LIMITS.urlLength}.`);
  const sources = sitemapSources(options.types ?? ['products', 'categories', 'brands', 'pages'], api);
  // Entities per file: the worst case (every URL maxUrl long) still fits both limits.
  const byBytes = Math.floor((SITEMAP_LIMITS.bytes - URLSET_OPEN.length - URLSET_CLOSE.length) / maxEntityBytes(locales, maxUrl));
  const byUrls = Math.floor(SITEMAP_LIMITS.urls / locales.length);
  const entitiesPerFile = Math.max(PAGE, Math.floor(Math.min(byBytes, byUrls) / PAGE) * PAGE);
  const cacheControl = options.cacheControl ?? 'public, max-age=3600';
  const headers = { 'content-type': 'application/xml; charset=utf-8', 'cache-control': cacheControl };

  const entriesOf = (path: string): string => {
    let list;
    try {
      list = locales.map((locale) => ({ locale, href: safeHttpUrl(urlFor(locale, path)) }));
    } catch {
      return '';
    }
    if (list.some((a) => !a.href || escapeXml(a.href).length > maxUrl)) return '';
    const alternates = list as { locale: string; href: string }[];
    return urlEntries(alternates, xDefaultOf(alternates, options.defaultLocale), (a) => new URL(a.href).origin === site);
  };

  const fileUrl = (source: SitemapSource, query: string) => `${site}${filesPath}/${source.type}.xml${query}`;

  const streamOf = (chunks: AsyncGenerator<string>) =>
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          controller.error(error);
        }
      },
      cancel: () => void chunks.return(undefined),
    });

  async function* index(request: RequestFn): AsyncGenerator<string> {
    yield INDEX_OPEN;
    let files = 0;
    for (const source of sources) {
      for await (const start of source.fileStarts(request, entitiesPerFile)) {
        if (++files > SITEMAP_LIMITS.urls) throw new Error(`${api}: more than ${SITEMAP_LIMITS.urls} sitemap files; raise maxUrlLength's headroom or split the store.`);
        yield indexEntry(fileUrl(source, start === null ? '' : `?after=${encodeURIComponent(start)}`));
      }
    }
    yield INDEX_CLOSE;
  }

  async function* file(first: string[], rest: AsyncGenerator<string[]>): AsyncGenerator<string> {
    yield URLSET_OPEN;
    yield first.map(entriesOf).join('');
    for await (const paths of rest) yield paths.map(entriesOf).join('');
    yield URLSET_CLOSE;
  }

  const handler = async (request: Request, context?: { remoteAddress?: string }): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    const url = new URL(request.url);
    const send = anonymousRequest(options.client, request, context, api);
    if (url.pathname === indexPath) return new Response(request.method === 'HEAD' ? null : streamOf(index(send)), { headers });
    const source = sources.find((s) => url.pathname === `${filesPath}/${s.type}.xml`);
    if (!source) return textResponse(404, 'Not Found');
    const after = url.searchParams.get('after');
    if (after !== null && !CURSOR.test(after)) return textResponse(400, `${api}: "after" must be a cursor from the sitemap index.`);
    // The first page is read before answering, so a bad start is a 404 and an outage a 503 (a
    // crawler retries it later and keeps the URLs it has), never a broken stream.
    const pages = source.pages(send, after, entitiesPerFile);
    let first: IteratorResult<string[]>;
    try {
      first = await pages.next();
    } catch (error) {
      // BigCommerce answers an unknown cursor with a GraphQL error; the categories file throws a RangeError.
      if (error instanceof StorefrontGraphQLError || error instanceof RangeError) return textResponse(404, 'Not Found');
      return textResponse(503, `${api}: BigCommerce did not answer; try again later.`, { 'retry-after': '120' });
    }
    if (request.method === 'HEAD') {
      void pages.return(undefined);
      return new Response(null, { headers });
    }
    return new Response(streamOf(file(first.done ? [] : first.value, pages)), { headers });
  };
  return Object.assign(handler, { entitiesPerFile });
}
