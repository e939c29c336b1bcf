import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const SEO = 'seo { pageTitle metaDescription metaKeywords }';

describe('product details, SEO and breadcrumbs', () => {
  test('every product has a brand, GTIN, MPN, condition, weight and SEO; the brand lists it back', async () => {
    const data = await gqlData(sandbox, `{ site { products(first: 50) { edges { node { entityId name gtin mpn upc condition showCartAction
      weight { value unit } brand { entityId name path } ${SEO} } } } } }`);
    const products = data.site.products.edges.map((e: any) => e.node);
    expect(products.length).toBeGreaterThanOrEqual(24);
    for (const p of products) {
      expect(p.brand, p.name).not.toBeNull();
      expect(p.gtin).toMatch(/^\d{13}$/);
      // EAN-13 check digit.
      const digits = [...p.gtin].map(Number);
      expect(digits.reduce((s: number, d: number, i: number) => s + d * (i % 2 === 0 ? 1 : 3), 0) % 10).toBe(0);
      expect(p.mpn).toBeTruthy();
      expect(['NEW', 'USED', 'REFURBISHED']).toContain(p.condition);
      expect(p.weight).toMatchObject({ unit: 'g' });
      expect(p.seo.pageTitle).toContain(p.name);
      expect(p.seo.metaDescription).not.toBe('');
    }
    expect(products.find((p: any) => p.entityId === 116).condition).toBe('REFURBISHED');
    expect(products.find((p: any) => p.entityId === 125).showCartAction).toBe(false);
    expect(products.find((p: any) => p.entityId === 131).upc).toMatch(/^\d{12}$/);
    expect(products.find((p: any) => p.entityId === 111).upc).toBeNull();
    const brand = await gqlData(sandbox, `{ site { brand(entityId: 31) { products(first: 50) { edges { node { entityId } } collectionInfo { totalItems } } } } }`);
    const fromBrand = brand.site.brand.products.edges.map((e: any) => e.node.entityId).sort();
    expect(fromBrand).toEqual(products.filter((p: any) => p.brand.entityId === 31).map((p: any) => p.entityId).sort());
  });

  test('SEO follows the request locale', async () => {
    const q = `{ site { product(entityId: 111) { ${SEO} } category(entityId: 21) { ${SEO} } brand(entityId: 32) { ${SEO} } } }`;
    const fr = await gqlData(sandbox, q, { headers: { 'accept-language': 'fr' } });
    expect(fr.site.product.seo.pageTitle).toBe('Café mélange maison | Trailhead Coffee & Goods');
    expect(fr.site.category.seo).toEqual({ pageTitle: 'Café fraîchement torréfié', metaDescription: 'Café en grains torréfié à la commande.', metaKeywords: 'coffee,beans' });
    const de = await gqlData(sandbox, q, { headers: { 'accept-language': 'de' } });
    expect(de.site.brand.seo.pageTitle).toBe('Northfold Outfitters Ausrüstung');
    // A category without SEO answers empty strings, not null.
    const plain = await gqlData(sandbox, `{ site { category(entityId: 22) { ${SEO} } } }`);
    expect(plain.site.category.seo).toEqual({ pageTitle: '', metaDescription: '', metaKeywords: '' });
  });

  test('customFields filter by name; variants filter by SKU; prices(currencyCode:) in the store currency', async () => {
    const data = await gqlData(sandbox, `{ site { product(entityId: 143) {
      all: customFields { edges { node { entityId name value } } }
      one: customFields(names: ["Material"]) { edges { node { value } } }
      variants(skus: ["APP-RAIN-1-21"]) { edges { node { sku } } }
      usd: prices(currencyCode: USD) { price { currencyCode } }
      plain: prices { price { currencyCode value } } } } }`);
    const p = data.site.product;
    expect(p.all.edges.map((e: any) => e.node.name)).toEqual(['Material', 'Waterproof rating']);
    expect(p.one.edges).toEqual([{ node: { value: 'Recycled nylon' } }]);
    expect(p.variants.edges.map((e: any) => e.node.sku)).toEqual(['APP-RAIN-1-21']);
    expect(p.usd.price.currencyCode).toBe('USD');
    expect(p.plain.price.currencyCode).toBe('USD');
  });

  test('category breadcrumbs run from the top level to the category and honour depth', async () => {
    const q = (depth: number) => `{ site { category(entityId: 25) { breadcrumbs(depth: ${depth}) { edges { node { entityId name path } } } } } }`;
    const full = await gqlData(sandbox, q(5), { headers: { 'accept-language': 'de' } });
    expect(full.site.category.breadcrumbs.edges.map((e: any) => e.node)).toEqual([
      { entityId: 23, name: 'Küche', path: '/kitchen/' },
      { entityId: 25, name: 'Zubereitung', path: '/kitchen/brewing/' },
    ]);
    expect((await gqlData(sandbox, q(1))).site.category.breadcrumbs.edges).toHaveLength(1);
    const negative = await gql(sandbox, q(-1));
    expect(negative.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(negative.body.errors?.[0]?.message).toMatch(/depth/);
    const missing = await gql(sandbox, '{ site { category(entityId: 25) { breadcrumbs { edges { node { name } } } } } }');
    expect(missing.body.errors?.[0]?.message).toMatch(/depth/);
  });
});

describe('brands', () => {
  test('Site.brands pages, filters by ids and by products', async () => {
    const all = await gqlData(sandbox, '{ site { brands(first: 2) { edges { node { entityId name path searchKeywords defaultImage { altText } } } pageInfo { hasNextPage endCursor } } } }');
    expect(all.site.brands.edges).toHaveLength(2);
    expect(all.site.brands.pageInfo.hasNextPage).toBe(true);
    expect(all.site.brands.edges[0].node).toMatchObject({ entityId: 31, path: '/brands/ridgeline-roasters/', defaultImage: null });
    const byIds = await gqlData(sandbox, '{ site { brands(entityIds: [33, 34]) { edges { node { entityId } } } } }');
    expect(byIds.site.brands.edges.map((e: any) => e.node.entityId)).toEqual([33, 34]);
    const byProducts = await gqlData(sandbox, '{ site { brands(productEntityIds: [111, 146]) { edges { node { entityId } } } } }');
    expect(byProducts.site.brands.edges.map((e: any) => e.node.entityId)).toEqual([31, 34]);
    expect((await gqlData(sandbox, '{ site { brand(entityId: 999) { name } } }')).site.brand).toBeNull();
  });

  test('Brand.products hides out-of-stock products on request', async () => {
    const q = (hide: boolean) => `{ site { brand(entityId: 32) { products(first: 50, hideOutOfStock: ${hide}) { edges { node { entityId } } } } } }`;
    const all = (await gqlData(sandbox, q(false))).site.brand.products.edges.map((e: any) => e.node.entityId);
    const inStock = (await gqlData(sandbox, q(true))).site.brand.products.edges.map((e: any) => e.node.entityId);
    expect(all).toContain(125);
    expect(inStock).not.toContain(125);
    expect(inStock.length).toBe(all.length - 1);
  });
});

describe('web pages', () => {
  const PAGES = `query Pages($filters: WebPagesFiltersInput) { site { content { pages(filters: $filters) { edges { node { __typename entityId name isVisibleInNavigation parentEntityId
    ... on NormalPage { path htmlBody plainTextSummary(characterLimit: 20) }
    ... on ContactPage { path contactFields }
    ... on RawHtmlPage { path htmlBody }
    ... on ExternalLinkPage { link }
    ... on BlogIndexPage { path } } } } } } }`;

  test('top-level pages (parentEntityIds [0]) of every type, and filters by type and visibility', async () => {
    const top = await gqlData(sandbox, PAGES, { variables: { filters: { parentEntityIds: [0] } } });
    const nodes = top.site.content.pages.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.__typename)).toEqual(['NormalPage', 'NormalPage', 'ContactPage', 'RawHtmlPage', 'ExternalLinkPage', 'BlogIndexPage']);
    expect(nodes.find((n: any) => n.entityId === 6).link).toBe('https://example.com/roasting-school');
    expect(nodes.find((n: any) => n.entityId === 3).contactFields).toContain('orderno');
    expect(nodes.find((n: any) => n.entityId === 1).plainTextSummary).toBe('We roast coffee a...');
    const contact = await gqlData(sandbox, PAGES, { variables: { filters: { pageType: 'CONTACT' } } });
    expect(contact.site.content.pages.edges.map((e: any) => e.node.entityId)).toEqual([3]);
    const hidden = await gqlData(sandbox, PAGES, { variables: { filters: { isVisibleInNavigation: false } } });
    expect(hidden.site.content.pages.edges.map((e: any) => e.node.entityId)).toEqual([5]);
    const children = await gqlData(sandbox, PAGES, { variables: { filters: { parentEntityIds: [1] } } });
    expect(children.site.content.pages.edges.map((e: any) => e.node)).toEqual([expect.objectContaining({ entityId: 4, parentEntityId: 1 })]);
  });

  test('a page by id: localized body, SEO, breadcrumbs and children', async () => {
    const q = `{ site { content { page(entityId: 4) { name seo { pageTitle } breadcrumbs(depth: 8) { edges { node { name path } } }
      ... on NormalPage { htmlBody } } parent: page(entityId: 1) { children { edges { node { entityId } } } seo { pageTitle } } none: page(entityId: 99) { name } } } }`;
    const data = await gqlData(sandbox, q, { headers: { 'accept-language': 'fr-CA' } });
    const { page, parent, none } = data.site.content;
    expect(page.name).toBe('Notre torréfaction');
    expect(page.htmlBody).toContain('ancien moulin');
    expect(page.seo.pageTitle).toBe('');
    expect(page.breadcrumbs.edges.map((e: any) => e.node)).toEqual([{ name: 'À propos', path: '/about-us/' }, { name: 'Notre torréfaction', path: '/our-roastery/' }]);
    expect(parent.children.edges).toEqual([{ node: { entityId: 4 } }]);
    expect(parent.seo.pageTitle).toBe('À propos de Trailhead Coffee & Goods');
    expect(none).toBeNull();
  });

  test('bad filter input is refused by validation', async () => {
    const bad = await gql(sandbox, PAGES, { variables: { filters: { pageType: 'SECRET' } } });
    expect(bad.body.errors?.[0]?.message).toMatch(/SECRET/);
    const wrong = await gql(sandbox, PAGES, { variables: { filters: { parentEntityIds: ['x'] } } });
    expect(wrong.body.errors?.length).toBeGreaterThan(0);
  });
});

describe('blog', () => {
  const POSTS = `query Posts($first: Int, $after: String, $filters: BlogPostsFiltersInput, $sort: sortBy) { site { content { blog { name path description
    posts(first: $first, after: $after, filters: $filters, sort: $sort) { edges { node { entityId name author tags path plainTextSummary publishedDate { utc } thumbnailImage { altText } } }
      pageInfo { hasNextPage endCursor } collectionInfo { totalItems } } } } } }`;

  test('posts are newest first by default, page with cursors, and sort OLDEST reverses them', async () => {
    const first = await gqlData(sandbox, POSTS, { variables: { first: 3 } });
    const blog = first.site.content.blog;
    expect(blog).toMatchObject({ name: 'Journal', path: '/blog/' });
    expect(blog.posts.collectionInfo.totalItems).toBe(4);
    const dates = blog.posts.edges.map((e: any) => e.node.publishedDate.utc);
    expect(dates).toEqual([...dates].sort().reverse());
    const rest = await gqlData(sandbox, POSTS, { variables: { first: 3, after: blog.posts.pageInfo.endCursor } });
    expect(rest.site.content.blog.posts.edges.map((e: any) => e.node.entityId)).toEqual([1]);
    expect(rest.site.content.blog.posts.pageInfo.hasNextPage).toBe(false);
    const oldest = await gqlData(sandbox, POSTS, { variables: { sort: 'OLDEST' } });
    expect(oldest.site.content.blog.posts.edges.map((e: any) => e.node.entityId)).toEqual([1, 2, 3, 4]);
    expect(blog.posts.edges[0].node).toMatchObject({ entityId: 4, path: '/blog/cold-brew-at-home/', author: 'Jane Doe', thumbnailImage: null });
  });

  test('filters by tag and by id; a post by id in the request locale', async () => {
    const brewing = await gqlData(sandbox, POSTS, { variables: { filters: { tags: ['brewing'] } } });
    expect(brewing.site.content.blog.posts.edges.map((e: any) => e.node.entityId)).toEqual([4, 1]);
    const byId = await gqlData(sandbox, POSTS, { variables: { filters: { entityIds: [3] } } });
    expect(byId.site.content.blog.posts.edges[0].node).toMatchObject({ author: null, tags: ['kitchen'] });
    const post = await gqlData(sandbox, '{ site { content { blog { post(entityId: 1) { name htmlBody seo { pageTitle metaKeywords } } missing: post(entityId: 42) { name } } } } }', { headers: { 'accept-language': 'de' } });
    expect(post.site.content.blog.post).toEqual({ name: 'Brühen unterwegs', htmlBody: '<p>Ein Filter, ein Kessel und ein Kocher genügen im Camp.</p>', seo: { pageTitle: 'Brühen unterwegs', metaKeywords: 'brewing,camp' } });
    expect(post.site.content.blog.missing).toBeNull();
  });

  test('bad paging is refused with BigCommerce-style input errors', async () => {
    const bad = await gql(sandbox, POSTS, { variables: { first: 500 } });
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const cursor = await gql(sandbox, POSTS, { variables: { after: 'not-a-cursor' } });
    expect(cursor.body.errors?.[0]?.message).toMatch(/cursor/);
  });
});
