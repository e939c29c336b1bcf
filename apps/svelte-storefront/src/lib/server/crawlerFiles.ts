// The crawler files (demo-kit's demoCrawlerFiles over @bc-headless/core/seo), one set per origin.
import { demoCrawlerFiles } from '@bc-headless/demo-kit';
import type { RequestHandler } from '@sveltejs/kit';

const byOrigin = new Map<string, ReturnType<typeof demoCrawlerFiles>>();

/** The +server.ts GET of every crawler file: /sitemap.xml, /sitemaps/*, /robots.txt, /llms.txt, the agent catalog. */
export const crawlerFile: RequestHandler = ({ request, url, locals }) => {
  let pick = byOrigin.get(url.origin);
  if (!pick) {
    // No locale prefixes in this app yet: every locale's page is the same URL.
    pick = demoCrawlerFiles({ client: locals.client, origin: url.origin, locales: ['en'], defaultLocale: 'en', hrefFor: (path) => path });
    // One origin (ORIGIN/PUBLIC_ORIGIN, server.js); a bound for safety all the same.
    if (byOrigin.size < 16) byOrigin.set(url.origin, pick);
  }
  const handler = pick(url.pathname);
  if (!handler) return new Response('Not found', { status: 404 });
  return handler(request, { remoteAddress: locals.remoteAddress });
};
