import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('home page lists, related products, warranty and scripts', () => {
  test('featuredProducts are the featured ones; newestProducts go from the highest id down; both hide out-of-stock on request', async () => {
    const data = await gqlData(sandbox, `{ site { featuredProducts(first: 50) { edges { node { entityId } } }
      newestProducts(first: 5) { edges { node { entityId } } pageInfo { hasNextPage } }
      inStock: newestProducts(first: 50, hideOutOfStock: true) { edges { node { entityId inventory { isInStock } } } } } }`);
    const featured = data.site.featuredProducts.edges.map((e: any) => e.node.entityId);
    expect(featured).toEqual(defaultSeed.products.filter((p) => p.featured).map((p) => p.entityId));
    const newest = data.site.newestProducts.edges.map((e: any) => e.node.entityId);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    expect(newest[0]).toBe(Math.max(...defaultSeed.products.map((p) => p.entityId)));
    expect(data.site.newestProducts.pageInfo.hasNextPage).toBe(true);
    expect(data.site.inStock.edges.every((e: any) => e.node.inventory.isInStock)).toBe(true);
    expect(data.site.inStock.edges.map((e: any) => e.node.entityId)).not.toContain(125);
  });

  test('relatedProducts share a category, never include the product itself, and page', async () => {
    const data = await gqlData(sandbox, `{ site { product(entityId: 131) { categories { edges { node { entityId } } }
      relatedProducts(first: 50) { edges { node { entityId categories { edges { node { entityId } } } } } }
      page: relatedProducts(first: 2) { edges { node { entityId } } pageInfo { hasNextPage } } } } }`);
    const p = data.site.product;
    const own = new Set(p.categories.edges.map((e: any) => e.node.entityId));
    const related = p.relatedProducts.edges.map((e: any) => e.node);
    expect(related.length).toBeGreaterThan(2);
    expect(related.map((r: any) => r.entityId)).not.toContain(131);
    for (const r of related) expect(r.categories.edges.some((e: any) => own.has(e.node.entityId))).toBe(true);
    expect(p.page.edges).toHaveLength(2);
    expect(p.page.pageInfo.hasNextPage).toBe(true);
  });

  test('warranty is localized HTML for gear and empty for coffee', async () => {
    const data = await gqlData(sandbox, '{ site { gear: product(entityId: 133) { warranty } coffee: product(entityId: 111) { warranty } } }', { headers: { 'accept-language': 'de' } });
    expect(data.site.gear.warranty).toBe('<p>Zwei Jahre Garantie auf Mängel.</p>');
    expect(data.site.coffee.warranty).toBe('');
  });

  test('Content.scripts filters by visibility, location and consent category', async () => {
    const q = `query($filters: ScriptsFilters) { site { content { scripts(first: 50, filters: $filters) { edges { node { __typename entityId location visibility consentCategory integrityHashes { hash }
      ... on InlineScript { scriptTag } ... on SrcScript { src } } } } } } }`;
    const storefront = await gqlData(sandbox, q, { variables: { filters: { visibilities: ['ALL_PAGES', 'STOREFRONT'] } } });
    const nodes = storefront.site.content.scripts.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.__typename)).toEqual(['SrcScript', 'InlineScript']);
    expect(nodes[0]).toMatchObject({ src: expect.stringMatching(/^https:\/\//), location: 'HEAD', consentCategory: 'ANALYTICS', integrityHashes: [] });
    expect(nodes[1].scriptTag).toMatch(/^<script>/);
    const footer = await gqlData(sandbox, q, { variables: { filters: { location: 'FOOTER', consentCategories: ['ESSENTIAL'] } } });
    expect(footer.site.content.scripts.edges.map((e: any) => e.node.visibility)).toEqual(['ORDER_CONFIRMATION']);
    const bad = await gql(sandbox, q, { variables: { filters: { location: 'BODY' } } });
    expect(bad.body.errors?.[0]?.message).toMatch(/BODY/);
  });

  test('a seed script that is not https or not a <script> tag is refused at start', async () => {
    const script = { entityId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', kind: 'src' as const, content: 'javascript:alert(1)', location: 'HEAD' as const, visibility: 'ALL_PAGES' as const, consentCategory: 'ESSENTIAL' as const };
    await expect(startSandbox({ seed: { ...defaultSeed, storeSettings: { scripts: [script] } } })).rejects.toThrow(/scripts\[0\]\.content/);
    await expect(startSandbox({ seed: { ...defaultSeed, storeSettings: { scripts: [{ ...script, entityId: 'not-a-uuid', content: 'https://x.example/a.js' }] } } })).rejects.toThrow(/UUID/);
  });
});

describe('cart lines name their brand and page', () => {
  test('CartPhysicalItem.brand is the product brand name and url the absolute product URL', async () => {
    const { createCart } = await import('./graphqlClient.js');
    const cart = await createCart(sandbox, [{ productEntityId: 133, quantity: 1 }]);
    const data = await gqlData(sandbox, 'query($id: String!) { site { cart(entityId: $id) { lineItems { physicalItems { brand url path } } } } }', { variables: { id: cart.entityId } });
    expect(data.site.cart.lineItems.physicalItems).toEqual([{ brand: 'Hearth & Kiln', url: `${sandbox.url}/cast-iron-skillet/`, path: '/cast-iron-skillet/' }]);
  });
});
