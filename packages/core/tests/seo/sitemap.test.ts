import { defaultSeed, type SeedCategory, type SeedProduct } from '@bc-headless/sandbox';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSitemapHandler, SITEMAP_LIMITS } from '../../src/seo/index.js';
import { maxEntityBytes, urlEntries } from '../../src/seo/sitemapXml.js';
import { startSeoServer, type SeoStack } from './support/startSeoServer.js';

const origin = 'https://shop.example';
const locales = ['en', 'fr', 'de'];
/** The locale URL strategy the storefront uses: default locale unprefixed, others under /<locale>. */
const urlFor = (locale: string, path: string) => (locale === 'en' ? `${origin}${path}` : `${origin}/${locale}${path}`);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });
type UrlEntry = { loc: string; 'xhtml:link'?: { '@rel': string; '@hreflang': string; '@href': string }[] };

/** GETs a sitemap URL (on `origin`) from the local server; checks it is well-formed XML and parses it. */
async function getXml(stack: SeoStack, href: string) {
  const response = await fetch(href.replace(origin, stack.url));
  expect(response.status, href).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  const text = await response.text();
  expect(XMLValidator.validate(text), href).toBe(true);
  return { text, bytes: Buffer.byteLength(text), doc: parser.parse(text) };
}

/** A seeded category's path in the sandbox: its ancestors' slugs and its own (`/kitchen/brewing/`). */
function categoryPath(category: SeedCategory): string {
  const parent = defaultSeed.categories.find((c) => c.entityId === category.parentEntityId);
  return `${parent ? categoryPath(parent) : '/'}${category.slug}/`;
}

async function crawl(stack: SeoStack) {
  const index = await getXml(stack, `${origin}/sitemap.xml`);
  const files = (index.doc.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
  const out: { href: string; bytes: number; urls: UrlEntry[] }[] = [];
  for (const href of files) {
    const file = await getXml(stack, href);
    out.push({ href, bytes: file.bytes, urls: (file.doc.urlset.url ?? []) as UrlEntry[] });
  }
  return { files, out };
}

describe('createSitemapHandler over HTTP against the sandbox (default catalog)', () => {
  let stack: SeoStack;
  beforeAll(async () => {
    stack = await startSeoServer();
    const sitemap = createSitemapHandler({ client: stack.client, origin, locales, defaultLocale: 'en', urlFor });
    stack.mount({ '/sitemap.xml': sitemap, '/sitemaps/*': sitemap });
  });
  afterAll(() => stack.close());

  it('lists every product, category, brand and web page in every locale, each with reciprocal hreflang alternates and x-default', async () => {
    const { files, out } = await crawl(stack);
    expect(files).toEqual(['products', 'categories', 'brands', 'pages'].map((t) => `${origin}/sitemaps/${t}.xml`));
    const urls = out.flatMap((f) => f.urls);
    // The sandbox's paths: /<slug>/ for products, categories and pages, /brands/<slug>/ for brands;
    // a LINK page points elsewhere and is not listed.
    const paths = [
      ...defaultSeed.products.map((p) => `/${p.slug}/`),
      ...defaultSeed.categories.map(categoryPath),
      ...defaultSeed.brands!.map((b) => `/brands/${b.slug}/`),
      ...defaultSeed.webPages!.filter((p) => p.type !== 'LINK').map((p) => `/${p.slug}/`),
    ];
    expect(defaultSeed.brands!.length).toBeGreaterThan(0);
    expect(defaultSeed.webPages!.some((p) => p.type === 'LINK')).toBe(true);
    expect(urls.map((u) => u.loc).sort()).toEqual(paths.flatMap((p) => locales.map((l) => urlFor(l, p))).sort());
    for (const path of paths) {
      const entries = urls.filter((u) => locales.some((l) => u.loc === urlFor(l, path)));
      expect(entries).toHaveLength(3);
      const sets = entries.map((e) => e['xhtml:link']!.map((l) => `${l['@rel']} ${l['@hreflang']} ${l['@href']}`));
      for (const set of sets) expect(set).toEqual([...locales.map((l) => `alternate ${l} ${urlFor(l, path)}`), `alternate x-default ${urlFor('en', path)}`]);
    }
  });

  it('refuses what is not a sitemap request', async () => {
    const status = async (path: string, init?: RequestInit) => (await fetch(`${stack.url}${path}`, init)).status;
    expect(await status('/sitemaps/products.xml?after=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toBe(400);
    expect(await status(`/sitemaps/products.xml?after=${'A'.repeat(600)}`)).toBe(400);
    expect(await status('/sitemaps/products.xml?after=Zm9vYmFy')).toBe(404); // base64, but no cursor of the list
    expect(await status('/sitemaps/categories.xml?after=999')).toBe(404);
    expect(await status('/sitemaps/categories.xml?after=-1')).toBe(404);
    expect(await status('/sitemaps/orders.xml')).toBe(404);
    expect(await status('/sitemaps/../sitemap.xml')).toBe(200); // normalised by the URL parser to /sitemap.xml
    expect(await status('/sitemap.xml', { method: 'POST' })).toBe(405);
  });

  it('answers 503 with Retry-After, not 404, when BigCommerce fails on a file’s first page (sandbox fault injection)', async () => {
    const inject = () =>
      fetch(`${stack.sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ match: { operationName: 'BcHeadlessSitemapProducts' }, count: 1, fault: { status: 500 } }),
      });
    expect((await inject()).ok).toBe(true);
    const response = await fetch(`${stack.url}/sitemaps/products.xml`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('120');
    // The fault was used once: the next crawl gets the file.
    expect((await fetch(`${stack.url}/sitemaps/products.xml`)).status).toBe(200);
  });

  it('escapes URLs for XML', async () => {
    const sitemap = createSitemapHandler({ client: stack.client, origin, types: ['categories'], locales: ['en', 'fr'], urlFor: (l, p) => `${origin}${p}?l=${l}&x='"<>` });
    const response = await sitemap(new Request(`${origin}/sitemaps/categories.xml`));
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('?l=en&amp;x=%27%22%3C%3E');
    const [first] = parser.parse(text).urlset.url as UrlEntry[];
    expect(first!.loc).toBe(`${origin}/coffee/?l=en&x=%27%22%3C%3E`);
  });

  it('leaves out URLs a urlFor gives that are not http(s), off the origin, or too long', async () => {
    const sitemap = createSitemapHandler({ client: stack.client, origin, types: ['categories'], maxUrlLength: 100, urlFor: (_l, p) => (p === '/coffee/' ? 'javascript:alert(1)' : p === '/outdoor/' ? 'https://evil.example/x' : p === '/kitchen/' ? `${origin}/${'k'.repeat(200)}` : `${origin}${p}`) });
    const text = await (await sitemap(new Request(`${origin}/sitemaps/categories.xml`))).text();
    expect((parser.parse(text).urlset.url as UrlEntry[]).map((u) => u.loc)).toEqual([`${origin}/kitchen/brewing/`, `${origin}/apparel/`]);
  });

  it('refuses bad options at creation', () => {
    expect(() => createSitemapHandler({ client: stack.client, origin: 'javascript:alert(1)' })).toThrow(/options\.origin must be/);
    expect(() => createSitemapHandler({ client: stack.client, origin, locales })).toThrow(/pass options\.urlFor/);
    expect(() => createSitemapHandler({ client: stack.client, origin, locales: ['en', 'x"y'], urlFor })).toThrow(/not a language tag/);
    expect(() => createSitemapHandler({ client: stack.client, origin, maxUrlLength: 5000 })).toThrow(/maxUrlLength must be an integer from 64 to 2048/);
    expect(() => createSitemapHandler({ client: stack.client, origin, types: ['orders' as never] })).toThrow(/options\.types has "orders"/);
  });
});

describe('a category tree deeper than one request reads', () => {
  let stack: SeoStack;
  beforeAll(async () => {
    // Coffee (21) › deep-1 › … › deep-7: eight levels, where one SITEMAP_CATEGORIES request reads three.
    const deep = Array.from({ length: 7 }, (_, i) => ({ entityId: 31 + i, slug: `deep-${i + 1}`, name: { en: `Deep ${i + 1}` }, description: { en: 'x' }, parentEntityId: i === 0 ? 21 : 30 + i }));
    stack = await startSeoServer({ ...defaultSeed, categories: [...defaultSeed.categories, ...deep] });
  });
  afterAll(() => stack.close());

  it('lists every category once, however deep', async () => {
    const sitemap = createSitemapHandler({ client: stack.client, origin, types: ['categories'] });
    const text = await (await sitemap(new Request(`${origin}/sitemaps/categories.xml`))).text();
    const locs = (parser.parse(text).urlset.url as UrlEntry[]).map((u) => u.loc);
    expect(locs).toHaveLength(defaultSeed.categories.length + 7);
    expect(new Set(locs).size).toBe(locs.length);
    for (let n = 1; n <= 7; n++) expect(locs.filter((l) => l.includes(`/deep-${n}/`)).length, `deep-${n}`).toBeGreaterThan(0);
    expect(locs.filter((l) => l.endsWith('/deep-7/'))).toHaveLength(1);
  });
});

describe('sitemap size bound', () => {
  it('maxEntityBytes bounds the largest entry: every URL at the maximum length, every locale', () => {
    for (const count of [1, 2, 3, 7]) {
      const langs = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt-BR'].slice(0, count);
      const alternates = langs.map((locale) => ({ locale, href: `${origin}/${'a'.repeat(2048 - origin.length - 1)}` }));
      expect(alternates[0]!.href).toHaveLength(2048);
      const bytes = Buffer.byteLength(urlEntries(alternates, alternates[0], () => true));
      expect(bytes).toBeLessThanOrEqual(maxEntityBytes(langs, 2048));
      expect(bytes).toBeGreaterThan(maxEntityBytes(langs, 2048) * 0.95);
    }
  });
});

describe('60,000 products (a generated seed)', () => {
  const COUNT = 60_000;
  let stack: SeoStack;
  let sitemap: ReturnType<typeof createSitemapHandler>;
  beforeAll(async () => {
    const template = defaultSeed.products[0]!;
    const products: SeedProduct[] = Array.from({ length: COUNT }, (_, i) => ({
      entityId: 100_000 + i,
      sku: `GEN-${i}`,
      slug: `generated-${i}`,
      name: { en: `Generated ${i}` },
      description: { en: `Product number ${i}.` },
      categoryEntityIds: [defaultSeed.categories[i % defaultSeed.categories.length]!.entityId],
      price: 1000 + (i % 500),
      color: template.color,
      stock: 5,
    }));
    // The default reviews and redirects name default products, which this seed replaces.
    stack = await startSeoServer({ ...defaultSeed, products, reviews: [], redirects: [], orders: [], wishlists: [] });
    sitemap = createSitemapHandler({ client: stack.client, origin, locales, defaultLocale: 'en', urlFor, types: ['products'] });
    stack.mount({ '/sitemap.xml': sitemap, '/sitemaps/*': sitemap });
  }, 120_000);
  afterAll(() => stack?.close());

  it('splits into files within 50,000 URLs and 50 MB each, listing every product once per locale', async () => {
    const { files, out } = await crawl(stack);
    const perFile = sitemap.entitiesPerFile;
    expect(perFile * locales.length).toBeLessThanOrEqual(SITEMAP_LIMITS.urls);
    expect(files).toHaveLength(Math.ceil(COUNT / perFile));
    for (const file of out) {
      expect(file.urls.length, file.href).toBeLessThanOrEqual(SITEMAP_LIMITS.urls);
      expect(file.bytes, file.href).toBeLessThanOrEqual(SITEMAP_LIMITS.bytes);
    }
    const locs = out.flatMap((f) => f.urls.map((u) => u.loc));
    expect(locs).toHaveLength(COUNT * locales.length);
    expect(new Set(locs).size).toBe(COUNT * locales.length);
    expect(locs).toContain(urlFor('de', `/generated-${COUNT - 1}/`));
  }, 300_000);

  it('a BigCommerce failure in the middle of a file breaks the response instead of ending it as if complete', async () => {
    const response = await fetch(`${stack.url}/sitemaps/products.xml`);
    const reader = response.body!.getReader();
    await reader.read();
    // The next page BigCommerce is asked for fails (the sandbox's fault injection, used once).
    await fetch(`${stack.sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { operationName: 'BcHeadlessSitemapProducts' }, count: 1, fault: { status: 500 } }),
    });
    const drain = async () => {
      let text = '';
      for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
      return text;
    };
    await expect(drain()).rejects.toThrow();
  }, 120_000);

  it('streams a file page by page: its first bytes arrive before most of its pages are read from BigCommerce', async () => {
    const before = stack.sent.length;
    const response = await fetch(`${stack.url}/sitemaps/products.xml`);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value!)).toMatch(/^<\?xml/);
    const readSoFar = stack.sent.slice(before).filter((n) => n === 'BcHeadlessSitemapProducts').length;
    let chunks = 1;
    while (!(await reader.read()).done) chunks++;
    const total = stack.sent.slice(before).filter((n) => n === 'BcHeadlessSitemapProducts').length;
    expect(total).toBe(sitemap.entitiesPerFile / 50);
    expect(readSoFar).toBeLessThan(total / 2);
    expect(chunks).toBeGreaterThan(1);
  }, 120_000);
});
