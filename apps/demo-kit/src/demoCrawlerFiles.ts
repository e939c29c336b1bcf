import { createAiCatalogHandler, createLlmsTxtHandler, createRobotsTxtHandler, createSitemapHandler, type SeoHandler } from '@bc-headless/core/seo';
import type { ServerClient } from '@bc-headless/core/server';

/** The demo's crawler files' configuration. */
export interface DemoCrawlerFilesOptions {
  /** The server client (the files read the catalog anonymously through it). */
  client: ServerClient;
  /** The site's public origin. */
  origin: string;
  /** The store's locales and its default (the sitemap lists each page in each). */
  locales: readonly string[];
  defaultLocale: string;
  /** A page's URL path in a locale (with the app's locale prefix, if any). */
  hrefFor: (path: string, locale: string) => string;
}

/** The path of the agent catalog (Lighthouse's agentic audits look for it there). */
export const AI_CATALOG_PATH = '/.well-known/ai-catalog.json';

/**
 * /sitemap.xml (+ /sitemaps/*), /robots.txt, /llms.txt and /.well-known/ai-catalog.json for a
 * demo, all from @bc-headless/core/seo: returns the handler for a path, or undefined.
 */
export function demoCrawlerFiles({ client, origin, locales, defaultLocale, hrefFor }: DemoCrawlerFilesOptions): (path: string) => SeoHandler | undefined {
  const host = new URL(origin).hostname;
  const sitemap = createSitemapHandler({ client, origin, locales: [...locales], defaultLocale, urlFor: (locale, path) => `${origin}${hrefFor(path, locale)}` });
  const robots = createRobotsTxtHandler({
    origin,
    // No `Agentmap:` line: Lighthouse 13.5's robots-txt audit rejects the directive (core/docs/seo.md).
    // The cart stays crawlable (an empty cart to a crawler) so that it can score SEO 100.
    disallow: ['/checkout', '/account', '/login', '/search', '/api/'],
    pathPrefixes: locales.filter((l) => l !== defaultLocale && hrefFor('/', l) !== '/').map((l) => `/${l}`),
  });
  const llms = createLlmsTxtHandler({ client, origin, summary: 'Coffee, brewing gear, outdoor goods and apparel: a bc-headless demo storefront on BigCommerce.' });
  // No agent endpoints (MCP server, A2A agent) in the demos yet: the catalog names the host only.
  const aiCatalog = createAiCatalogHandler({ host: { displayName: 'Trailhead Coffee & Goods', identifier: host, documentationUrl: `${origin}/llms.txt` } });
  return (path) =>
    path === '/robots.txt' ? robots : path === '/llms.txt' ? llms : path === AI_CATALOG_PATH ? aiCatalog : path === '/sitemap.xml' || path.startsWith('/sitemaps/') ? sitemap : undefined;
}
