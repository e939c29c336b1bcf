import { createAiCatalogHandler, createLlmsTxtHandler, createRobotsTxtHandler, createSitemapHandler, type SeoHandler } from '@bc-headless/core/seo';
import type { ServerClient } from '@bc-headless/core/server';
import { appContext } from '../appContext.js';
import { DEFAULT_LOCALE, LOCALES, routing } from '../localeRouting.js';
import type { Route } from './+types/crawlerFiles';

// /sitemap.xml (+ /sitemaps/*), /robots.txt, /llms.txt and /.well-known/ai-catalog.json, all from
// @bc-headless/core/seo (which documents what crawlers and Lighthouse's agentic audits expect).

const AI_CATALOG_PATH = '/.well-known/ai-catalog.json';
const byOrigin = new Map<string, (path: string) => SeoHandler | undefined>();

function handlersFor(client: ServerClient, origin: string) {
  let pick = byOrigin.get(origin);
  if (!pick) {
    const host = new URL(origin).hostname;
    const sitemap = createSitemapHandler({ client, origin, locales: LOCALES, defaultLocale: DEFAULT_LOCALE, urlFor: (locale, path) => `${origin}${routing.href(path, locale)}` });
    const robots = createRobotsTxtHandler({
      origin,
      // No `Agentmap:` line: Lighthouse 13.5's robots-txt audit does not know the directive and
      // calls the file invalid; its agent-catalog check finds /.well-known/ai-catalog.json anyway.
      // The cart stays crawlable (an empty cart page to a crawler) so it can score SEO 100 (issue 18).
      disallow: ['/checkout', '/account', '/login', '/search', '/api/'],
      pathPrefixes: LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => `/${l}`) });
    const llms = createLlmsTxtHandler({ client, origin, summary: 'Coffee, brewing gear, outdoor goods and apparel: a bc-headless demo storefront on BigCommerce.' });
    // No agent endpoints (MCP server, A2A agent) in this demo yet: the catalog names the host only.
    const aiCatalog = createAiCatalogHandler({ host: { displayName: 'Trailhead Coffee & Goods', identifier: host, documentationUrl: `${origin}/llms.txt` } });
    pick = (path) =>
      path === '/robots.txt' ? robots : path === '/llms.txt' ? llms : path === AI_CATALOG_PATH ? aiCatalog : path === '/sitemap.xml' || path.startsWith('/sitemaps/') ? sitemap : undefined;
    // A handful of origins at most (PUBLIC_ORIGIN, or the hosts this server answers on).
    if (byOrigin.size < 16) byOrigin.set(origin, pick);
  }
  return pick;
}

/** GET one of the crawler files. */
export function loader({ request, context }: Route.LoaderArgs) {
  const app = context.get(appContext);
  const handler = handlersFor(app.client, app.origin)(new URL(request.url).pathname);
  if (!handler) return new Response('Not found', { status: 404 });
  return handler(request, { remoteAddress: app.remoteAddress });
}
