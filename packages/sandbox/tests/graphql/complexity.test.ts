import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, startSandbox } from './graphqlClient.js';

// The cost model and its sources: src/graphql/README.md, "Complexity". The documents below are
// this project's own; the first three have the nesting and page sizes of Catalyst's heaviest
// operations (bigcommerce/catalyst@d469078), which BigCommerce answers on every Catalyst store.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const complexityOf = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await gql(sandbox, query, { variables });
  return { res, complexity: Number(res.headers.get('x-bc-graphql-complexity')), codes: (res.body.errors ?? []).map((e) => e.extensions?.code) };
};

const PRICES = 'prices { price { value currencyCode } basePrice { value currencyCode } retailPrice { value currencyCode } salePrice { value currencyCode } priceRange { min { value currencyCode } max { value currencyCode } } }';

/** Catalyst's product page shape: every option (first: 50) with every value (first: 50), swatches apart. */
const PRODUCT_PAGE = `query ProductPageShape($entityId: Int!) {
  site {
    settings { storeName }
    product(entityId: $entityId) {
      entityId name description path
      productOptions(first: 50) { edges { node {
        __typename entityId displayName isRequired
        ... on MultipleChoiceOption {
          entityId displayName displayStyle isRequired
          values(first: 50) { edges { node {
            entityId label isDefault isSelected
            ... on SwatchOptionValue { __typename hexColors }
          } } }
        }
      } } }
    }
  }
}`;

/** Catalyst's search results shape: a page of nine cards, and three nested lists of ten (its facets: filters → categories → sub-categories). */
const SEARCH_RESULTS = `query SearchResultsShape($first: Int, $filters: SearchProductsFiltersInput!) {
  site {
    search { searchProducts(filters: $filters) { products(first: $first) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      collectionInfo { totalItems }
      edges { node {
        entityId name path defaultImage { altText url: urlTemplate(lossy: true) }
        inventory { hasVariantInventory isInStock aggregated { availableToSell warningLevel } }
        variants(first: 1) { edges { node { entityId sku inventory { isInStock } } } }
        ${PRICES}
      } }
    } } }
    categoryTree { entityId name productCount hasChildren children { entityId name productCount hasChildren children { entityId name productCount } } }
  }
}`;

/** Catalyst's order history shape: five items, each with a default page of ten, of ten, of ten. */
const ORDER_HISTORY = `query OrderHistoryShape {
  site { products(first: 5) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      entityId name ${PRICES}
      variants { edges { node {
        entityId sku isPurchasable defaultImage { url: urlTemplate(lossy: true) altText } prices { price { value currencyCode } }
        productOptions { edges { node { __typename displayName ... on MultipleChoiceOption { values { edges { node { label } } } } } } }
      } } }
    } }
  } }
}`;

/** BigCommerce's own example of a query over the limit (docs/storefront/graphql/index.mdx), at `first` per collection. */
const docsExample = (first: number) => `query DocsExample {
  site {
    a: products(first: ${first}) { edges { node { ...ProductFields } } }
    b: products(first: ${first}) { edges { node { ...ProductFields } } }
    c: products(first: ${first}) { edges { node { ...ProductFields } } }
    d: products(first: ${first}) { edges { node { ...ProductFields } } }
  }
}
fragment ProductFields on Product {
  name
  prices { price { value currencyCode } retailPrice { value currencyCode } }
  variants(first: 250) { edges { node { entityId isPurchasable sku } } }
  productOptions(first: 50) { edges { node { displayName ... on MultipleChoiceOption { values(first: 50) { edges { node { label entityId } } } } } } }
}`;

describe('the complexity score (X-Bc-Graphql-Complexity) and the 10 000 limit', () => {
  test('queries shaped like Catalyst’s heaviest pass, at their real page sizes', async () => {
    const product = sandbox.store.catalog.products[0]!.entityId;
    const measured = {
      productPage: await complexityOf(PRODUCT_PAGE, { entityId: product }),
      searchResults: await complexityOf(SEARCH_RESULTS, { first: 9, filters: { searchTerm: 'coffee' } }),
      orderHistory: await complexityOf(ORDER_HISTORY),
    };
    for (const [name, { res, complexity, codes }] of Object.entries(measured)) {
      expect(codes, name).toEqual([]);
      expect(res.body.data, name).toBeTruthy();
      expect(complexity, name).toBeGreaterThan(0);
      expect(complexity, name).toBeLessThanOrEqual(10_000);
    }
    // The product page is the dearest: 50 options × √50 values each.
    expect(measured.productPage.complexity).toBeGreaterThan(measured.searchResults.complexity);
  });

  test('BigCommerce’s example of an excessive query is refused, its reduced form is not', async () => {
    const excessive = await complexityOf(docsExample(50));
    expect(excessive.complexity).toBeGreaterThan(10_000);
    expect(excessive.codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(excessive.res.body.data).toBeUndefined();
    // The refusal names the same figure the header reports.
    expect(excessive.res.body.errors![0]!.message).toContain(`Query complexity ${excessive.complexity} exceeds the maximum of 10000`);
    const reduced = await complexityOf(docsExample(10));
    expect(reduced.complexity).toBeLessThanOrEqual(10_000);
    expect(reduced.codes).not.toContain('QUERY_TOO_COMPLEX');
  });

  test('the outermost list counts in full, each list inside it by the square root of its size', async () => {
    const cost = async (outer: number, inner: number) =>
      (await complexityOf(`{ site { products(first: ${outer}) { edges { node { productOptions(first: ${inner}) { edges { node { entityId } } } } } } } }`)).complexity;
    // site 1 + products 1 + productOptions 4 × 1 + entityId 4 × √16 = 22
    expect(await cost(4, 16)).toBe(22);
    expect(await cost(8, 16)).toBe(2 + 8 + 8 * 4);
    expect(await cost(4, 36)).toBe(2 + 4 + 4 * 6);
  });

  test('connection wrappers, skipped parts and all but the dearest branch of an abstract field cost nothing', async () => {
    const base = (await complexityOf('{ site { products(first: 5) { pageInfo { hasNextPage } } } }')).complexity;
    expect(base).toBe(4);
    expect((await complexityOf('{ site { products(first: 5) { pageInfo { hasNextPage } edges { node { name } } } } }')).complexity).toBe(base + 5);
    const withPart = 'query($with: Boolean!) { site { products(first: 5) { pageInfo { hasNextPage } edges @include(if: $with) { node { name } } } } }';
    expect((await complexityOf(withPart, { with: false })).complexity).toBe(base);
    expect((await complexityOf(withPart, { with: true })).complexity).toBe(base + 5);
    expect((await complexityOf('{ site { products(first: 5) { pageInfo { hasNextPage } edges @skip(if: true) { node { name } } } } }')).complexity).toBe(base);
    // A value is a swatch or a plain value, never both: only the dearer fragment counts.
    const values = (selection: string) => `{ site { product(entityId: 1) { productOptions(first: 4) { edges { node { ... on MultipleChoiceOption { values(first: 9) { edges { node { ${selection} } } } } } } } } } }`;
    const swatch = (await complexityOf(values('... on SwatchOptionValue { hexColors label isDefault }'))).complexity;
    const both = (await complexityOf(values('... on SwatchOptionValue { hexColors label isDefault } ... on MultipleChoiceOptionValue { label }'))).complexity;
    expect(both).toBe(swatch);
  });

  test('a mutation costs 9000 for the field that mutates; its header is there before anything runs', async () => {
    // Without its required `$input`, the request stops at variable coercion: nothing is created.
    const carts = sandbox.store.carts.size;
    const { res, complexity } = await complexityOf('mutation NoInput($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }');
    expect(complexity).toBe(9003);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toMatch(/\$input/);
    expect(sandbox.store.carts.size).toBe(carts);
    // A mutation outside a namespace is the field itself.
    expect((await complexityOf('mutation In($email: String!) { login(email: $email, password: "-") { result } }')).complexity).toBe(9001);
  });
});
