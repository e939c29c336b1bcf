import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const SEARCH = `query S($filters: SearchProductsFiltersInput!, $sort: SearchProductsSortInput) { site { search { searchProducts(filters: $filters, sort: $sort) {
  products(first: 50) { edges { node { entityId brand { entityId } prices { price { value } } reviewSummary { averageRating } } } collectionInfo { totalItems } }
  filters { edges { node { __typename displayName isCollapsedByDefault
    ... on CategorySearchFilter { displayProductCount categories { edges { node { entityId name isSelected productCount subCategories { edges { node { entityId name isSelected productCount } } } } } } }
    ... on BrandSearchFilter { brands { edges { node { entityId name isSelected productCount } } } }
    ... on ProductAttributeSearchFilter { filterKey filterName attributes { edges { node { value isSelected productCount } } } }
    ... on RatingSearchFilter { ratings { edges { node { value isSelected productCount } } } }
    ... on PriceSearchFilter { selected { minPrice maxPrice } }
    ... on OtherSearchFilter { isInStock { isSelected productCount } isFeatured { isSelected productCount } freeShipping { productCount } } } } } } } } }`;

type Facet = any;
async function search(filters: Record<string, unknown>, sort?: string) {
  const r = (await gqlData(sandbox, SEARCH, { variables: { filters, sort } })).site.search.searchProducts;
  const facet = (type: string, name?: string): Facet => r.filters.edges.map((e: any) => e.node).find((f: any) => f.__typename === type && (!name || f.displayName === name));
  return { ids: r.products.edges.map((e: any) => e.node.entityId) as number[], products: r.products.edges.map((e: any) => e.node), total: r.products.collectionInfo.totalItems as number, facet };
}
const items = (connection: any) => connection.edges.map((e: any) => e.node);

describe('searchProducts filters and facets', () => {
  test('facet counts add up to the results and picking an item returns as many products as it counted', async () => {
    const all = await search({ searchTerm: '' });
    const brands = items(all.facet('BrandSearchFilter').brands);
    expect(brands.reduce((s: number, b: any) => s + b.productCount, 0)).toBe(all.total);
    for (const brand of brands) {
      const picked = await search({ brandEntityIds: [brand.entityId] });
      expect(picked.total, brand.name).toBe(brand.productCount);
      expect(picked.products.every((p: any) => p.brand.entityId === brand.entityId)).toBe(true);
      expect(items(picked.facet('BrandSearchFilter').brands).find((b: any) => b.entityId === brand.entityId).isSelected).toBe(true);
    }
    const categories = items(all.facet('CategorySearchFilter').categories);
    const kitchen = categories.find((c: any) => c.entityId === 23);
    expect(items(kitchen.subCategories)).toEqual([{ entityId: 25, name: 'Brewing', isSelected: false, productCount: 5 }]);
    expect((await search({ categoryEntityIds: [23] })).total).toBe(kitchen.productCount);
  });

  test('a facet keeps counting its other items once one is picked (counts ignore their own filter)', async () => {
    const ridgeline = await search({ brandEntityIds: [31] });
    const brands = items(ridgeline.facet('BrandSearchFilter').brands);
    expect(brands.length).toBeGreaterThan(1);
    const both = await search({ brandEntityIds: [31, 33] });
    expect(both.total).toBe(brands.filter((b: any) => [31, 33].includes(b.entityId)).reduce((s: number, b: any) => s + b.productCount, 0));
    // Other facets count within the chosen brands.
    const categories = items(ridgeline.facet('CategorySearchFilter').categories);
    expect(categories.find((c: any) => c.entityId === 21).productCount).toBe(ridgeline.total);
    expect(categories.find((c: any) => c.entityId === 24)).toBeUndefined();
  });

  test('price range filters by the price shown and is echoed in the price facet', async () => {
    const r = await search({ price: { minPrice: 20, maxPrice: 40 } });
    expect(r.total).toBeGreaterThan(0);
    for (const p of r.products) expect(p.prices.price.value).toBeGreaterThanOrEqual(20), expect(p.prices.price.value).toBeLessThanOrEqual(40);
    expect(r.facet('PriceSearchFilter').selected).toEqual({ minPrice: 20, maxPrice: 40 });
    expect((await search({})).facet('PriceSearchFilter').selected).toBeNull();
  });

  test('rating filter and facet ("N and up") agree, and a new review moves a product into them', async () => {
    const all = await search({});
    const ratings = items(all.facet('RatingSearchFilter').ratings);
    const fourUp = ratings.find((r: any) => r.value === '4');
    const picked = await search({ rating: { minRating: 4 } });
    expect(picked.total).toBe(fourUp.productCount);
    for (const p of picked.products) expect(p.reviewSummary.averageRating).toBeGreaterThanOrEqual(4);
    expect(items(picked.facet('RatingSearchFilter').ratings).find((r: any) => r.value === '4').isSelected).toBe(true);
    const add = 'mutation($input: AddProductReviewInput!) { catalog { addProductReview(input: $input) { errors { __typename } } } }';
    await gqlData(sandbox, add, { variables: { input: { productEntityId: 146, review: { title: 'Great', text: 'Great tee.', author: 'Q', rating: 5, email: 'q@example.com' } } } });
    expect((await search({ rating: { minRating: 4 } })).ids).toContain(146);
  });

  test('product attributes (options and custom fields): values OR within an attribute, AND across attributes', async () => {
    const all = await search({});
    const size = all.facet('ProductAttributeSearchFilter', 'Size');
    expect(size).toMatchObject({ filterKey: 'Size', filterName: 'Size' });
    const xl = items(size.attributes).find((a: any) => a.value === 'XL');
    const r = await search({ productAttributes: [{ attribute: 'Size', values: ['XL'] }] });
    expect(r.total).toBe(xl.productCount);
    const roast = await search({ productAttributes: [{ attribute: 'Roast', values: ['Light', 'Dark'] }] });
    expect(roast.ids.sort()).toEqual([112, 114]);
    const none = await search({ productAttributes: [{ attribute: 'Roast', values: ['Light'] }, { attribute: 'Size', values: ['XL'] }] });
    expect(none.total).toBe(0);
    // The Size facet counts within the other attribute's choice (light roasts): their bag sizes, not XL.
    expect(items(none.facet('ProductAttributeSearchFilter', 'Size').attributes)).toEqual([
      { value: '250 g', isSelected: false, productCount: 1 },
      { value: '1 kg', isSelected: false, productCount: 1 },
    ]);
  });

  test('other: in stock and featured counts match their filters; free shipping finds nothing', async () => {
    const all = await search({});
    const other = all.facet('OtherSearchFilter');
    expect((await search({ hideOutOfStock: true })).total).toBe(other.isInStock.productCount);
    expect((await search({ isFeatured: true })).total).toBe(other.isFeatured.productCount);
    expect(other.freeShipping).toBeNull();
    expect((await search({ isFreeShipping: true })).total).toBe(0);
  });

  test('searchSubCategories false keeps to the category itself', async () => {
    expect((await search({ categoryEntityIds: [23], searchSubCategories: false })).total).toBe((await search({ categoryEntityIds: [23] })).total);
    expect((await search({ categoryEntityIds: [25], searchSubCategories: false })).total).toBe(5);
  });

  test('bad filter values are refused with BAD_USER_INPUT or by validation', async () => {
    const negative = await gql(sandbox, SEARCH, { variables: { filters: { price: { minPrice: -5 } } } });
    expect(negative.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const rating = await gql(sandbox, SEARCH, { variables: { filters: { rating: { minRating: 11 } } } });
    expect(rating.body.errors?.[0]?.message).toMatch(/minRating/);
    const shape = await gql(sandbox, SEARCH, { variables: { filters: { productAttributes: [{ attribute: 'Size' }] } } });
    expect(shape.body.errors?.[0]?.message).toMatch(/values/);
    const many = await gql(sandbox, SEARCH, { variables: { filters: { productAttributes: Array.from({ length: 51 }, (_, i) => ({ attribute: `a${i}`, values: ['x'] })) } } });
    expect(many.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('a Catalyst-sized facet search stays well under the complexity limit', async () => {
    const res = await gql(sandbox, SEARCH, { variables: { filters: {} } });
    expect(Number(res.headers.get('x-bc-graphql-complexity'))).toBeLessThan(10_000);
  });
});
