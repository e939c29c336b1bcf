import { renderHeadTags } from '@bc-headless/core/seo';
import { createServerClient, createStorefrontServer } from '@bc-headless/core/server';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCrawlerFiles } from '../src/demoCrawlerFiles.js';
import { demoPageHead } from '../src/demoPageHead.js';
import { firstViewParts } from '../src/prefetchFirstView.js';
import { resolveBackend } from '../src/resolveBackend.js';

const ORIGIN = 'https://shop.example';
let sandbox: Sandbox;
let storefront: ReturnType<typeof createStorefrontServer<QueryClient>>;
let client: ReturnType<typeof createServerClient>;

beforeAll(async () => {
  sandbox = await createSandbox({});
  const backend = await resolveBackend({ SANDBOX_URL: sandbox.url });
  client = createServerClient(backend.serverConfig);
  storefront = createStorefrontServer({ client, queryClient: () => new QueryClient() });
});
afterAll(async () => {
  await sandbox?.close();
});

/** The head of `path` as a server render builds it: prefetch the view over HTTP, then the head. */
async function headOf(path: string) {
  const url = new URL(path, ORIGIN);
  const context = storefront.requestContext(new Request(url), { remoteAddress: '127.0.0.1' });
  await context.prefetchView(firstViewParts(url));
  return renderHeadTags(demoPageHead(context, { url, origin: ORIGIN }));
}

describe('demoPageHead against the sandbox', () => {
  it('gives a product page its title, canonical URL and Product JSON-LD', async () => {
    const product = sandbox.store.catalog.products[0]!;
    const head = await headOf(`/product/${product.entityId}`);
    expect(head).toContain(`<link rel="canonical" href="${ORIGIN}/product/${product.entityId}"`);
    expect(head).toMatch(/<title>[^<]+ · [^<]+<\/title>/);
    expect(head).toContain('"@type":"Product"');
  });

  it('names the store as Organization and WebSite on the home page', async () => {
    const head = await headOf('/');
    expect(head).toContain('"@type":"Organization"');
    expect(head).toContain('"@type":"WebSite"');
  });

  it('marks an unknown product and an unknown path noindex', async () => {
    expect(await headOf('/product/999999')).toContain('noindex');
    expect(await headOf('/no-such-page')).toContain('noindex');
  });

  it('keeps a hostile search term as text in the head', async () => {
    const head = await headOf(`/search?q=${encodeURIComponent('</title><script>alert(1)</script>')}`);
    expect(head).not.toContain('<script>alert(1)</script>');
  });
});

describe('demoCrawlerFiles against the sandbox', () => {
  const pick = () => demoCrawlerFiles({ client, origin: ORIGIN, locales: ['en'], defaultLocale: 'en', hrefFor: (path) => path });

  it('serves robots.txt with the sitemap and the disallowed shopper pages', async () => {
    const response = await pick()('/robots.txt')!(new Request(`${ORIGIN}/robots.txt`), { remoteAddress: '127.0.0.1' });
    const text = await response.text();
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(text).toMatch(/^Disallow: \/checkout/m);
  });

  it('serves a sitemap index, llms.txt and the agent catalog; nothing for other paths', async () => {
    const files = pick();
    expect(await (await files('/sitemap.xml')!(new Request(`${ORIGIN}/sitemap.xml`), { remoteAddress: '127.0.0.1' })).text()).toContain('<sitemapindex');
    expect(await (await files('/llms.txt')!(new Request(`${ORIGIN}/llms.txt`), { remoteAddress: '127.0.0.1' })).text()).toMatch(/^# .+/m);
    const catalog = await (await files('/.well-known/ai-catalog.json')!(new Request(`${ORIGIN}/.well-known/ai-catalog.json`), { remoteAddress: '127.0.0.1' })).json();
    expect(catalog).toMatchObject({ specVersion: '1.0' });
    expect(files('/sitemap.xml.bak')).toBeUndefined();
    expect(files('/etc/passwd')).toBeUndefined();
  });
});
