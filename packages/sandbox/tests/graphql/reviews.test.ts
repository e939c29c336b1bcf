import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const ADD = `mutation Add($input: AddProductReviewInput!) { catalog { addProductReview(input: $input) { errors { __typename
  ... on Error { message } ... on InvalidInputFieldsError { fields } } } } }`;
const REVIEWS = `query R($id: Int!, $sort: ProductReviewsSortInput, $filters: ProductReviewsFiltersInput, $first: Int, $after: String) { site { product(entityId: $id) {
  reviewSummary { numberOfReviews summationOfRatings averageRating }
  reviews(sort: $sort, filters: $filters, first: $first, after: $after) { edges { node { entityId rating title text author { name } createdAt { utc } } } pageInfo { hasNextPage endCursor } } } } }`;

const review = (over: Record<string, unknown> = {}) => ({ title: 'Lovely', text: 'Would buy again.', author: 'Test Shopper', rating: 5, email: 'shopper@example.com', ...over });
async function add(productEntityId: number, r: Record<string, unknown>, headers: Record<string, string> = {}) {
  return (await gqlData(sandbox, ADD, { variables: { input: { productEntityId, review: r } }, headers })).catalog.addProductReview.errors;
}
async function reviews(id: number, variables: Record<string, unknown> = {}) {
  return (await gqlData(sandbox, REVIEWS, { variables: { id, ...variables } })).site.product;
}
async function bestReviewed(): Promise<number[]> {
  const data = await gqlData(sandbox, '{ site { category(entityId: 24) { products(first: 50, sortBy: BEST_REVIEWED) { edges { node { entityId } } } } } }');
  return data.site.category.products.edges.map((e: any) => e.node.entityId);
}

describe('product reviews', () => {
  test('seeded reviews: summary matches the list, sorting and rating filters, paging', async () => {
    const p = await reviews(111, { first: 2 });
    expect(p.reviewSummary).toEqual({ numberOfReviews: 3, summationOfRatings: 14, averageRating: 4.67 });
    expect(p.reviews.edges.map((e: any) => e.node.createdAt.utc)).toEqual(['2026-04-21T10:00:00.000Z', '2026-02-03T10:00:00.000Z']);
    expect(p.reviews.pageInfo.hasNextPage).toBe(true);
    const rest = await reviews(111, { first: 2, after: p.reviews.pageInfo.endCursor });
    expect(rest.reviews.edges).toHaveLength(1);
    expect((await reviews(111, { sort: 'LOWEST_RATING' })).reviews.edges[0].node.rating).toBe(4);
    expect((await reviews(111, { sort: 'OLDEST' })).reviews.edges[0].node).toMatchObject({ title: 'Our daily pot', author: { name: 'Alex P.' } });
    const fives = await reviews(111, { filters: { rating: { minRating: 5 } } });
    expect(fives.reviews.edges.map((e: any) => e.node.rating)).toEqual([5, 5]);
    const none = await reviews(146);
    expect(none.reviewSummary).toEqual({ numberOfReviews: 0, summationOfRatings: 0, averageRating: 0 });
    expect(none.reviews.edges).toEqual([]);
  });

  test('a rating filter outside 1–5 is a BAD_USER_INPUT error', async () => {
    const res = await gql(sandbox, REVIEWS, { variables: { id: 111, filters: { rating: { minRating: 9 } } } });
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.body.errors?.[0]?.message).toMatch(/minRating/);
  });

  test('a guest review is added, changes the summary and moves the product up BEST_REVIEWED', async () => {
    const before = await bestReviewed();
    // The tee (146) has no reviews: it sorts after every reviewed apparel product.
    expect(before.indexOf(146)).toBeGreaterThan(before.indexOf(141));
    expect(await add(146, review({ email: 'first@example.com', title: '  Great tee  ' }))).toEqual([]);
    const p = await reviews(146);
    expect(p.reviewSummary).toEqual({ numberOfReviews: 1, summationOfRatings: 5, averageRating: 5 });
    expect(p.reviews.edges[0].node).toMatchObject({ title: 'Great tee', rating: 5, author: { name: 'Test Shopper' } });
    expect(p.reviews.edges[0].node.entityId).toBeGreaterThan(20);
    const after = await bestReviewed();
    expect(after[0]).toBe(146);
  });

  test('one review per product and email (any case)', async () => {
    expect(await add(145, review({ email: 'dup@example.com' }))).toEqual([]);
    const again = await add(145, review({ email: 'DUP@example.com' }));
    expect(again).toEqual([{ __typename: 'CustomerAlreadyReviewedProductError', message: expect.stringMatching(/already reviewed/) }]);
    expect((await reviews(145)).reviewSummary.numberOfReviews).toBe(1);
  });

  test('invalid fields come back together in one InvalidInputFieldsError, and nothing is added', async () => {
    const errors = await add(144, { title: ' ', text: 'x'.repeat(10_001), author: '', rating: 0, email: 'not-an-email' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ __typename: 'InvalidInputFieldsError', fields: ['rating', 'title', 'text', 'author', 'email'] });
    expect(errors[0].message).toMatch(/1 to 5/);
    expect(await add(144, review({ email: null }))).toMatchObject([{ fields: ['email'] }]);
    expect(await add(144, review({ rating: 6 }))).toMatchObject([{ fields: ['rating'] }]);
    expect((await reviews(144)).reviewSummary.numberOfReviews).toBe(0);
  });

  test('an unknown product is a ProductIdNotFoundError; a non-integer id fails validation', async () => {
    expect(await add(999_999, review())).toEqual([{ __typename: 'ProductIdNotFoundError', message: expect.stringMatching(/999999/) }]);
    const bad = await gql(sandbox, ADD, { variables: { input: { productEntityId: 'abc', review: review() } } });
    expect(bad.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/productEntityId/), extensions: { code: 'BAD_USER_INPUT' } });
    const missing = await gql(sandbox, ADD, { variables: { input: { productEntityId: 111, review: { title: 't', text: 't', rating: 3 } } } });
    expect(missing.body.errors?.[0]?.message).toMatch(/author/);
  });

  test('a signed-in customer reviews with the account email; another email is refused', async () => {
    const jane = sandbox.customers.find((c) => c.email === 'jane@example.com')!;
    const login = await gqlData(sandbox, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { customerAccessToken { value } } }', { variables: { e: jane.email, p: jane.password } });
    const headers = { 'x-bc-customer-access-token': login.login.customerAccessToken.value };
    expect(await add(135, review({ email: 'someone-else@example.com' }), headers)).toMatchObject([{ __typename: 'InvalidInputFieldsError', fields: ['email'] }]);
    expect(await add(135, review({ email: null }), headers)).toEqual([]);
    // Her account email is now taken for this product, even as a guest.
    expect(await add(135, review({ email: 'Jane@Example.com' }))).toMatchObject([{ __typename: 'CustomerAlreadyReviewedProductError' }]);
  });

  test('review text is kept as written (HTML is data, the storefront escapes it)', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    expect(await add(136, review({ title: hostile, text: hostile, author: hostile, email: 'x@example.com' }))).toEqual([]);
    expect((await reviews(136)).reviews.edges[0].node).toMatchObject({ title: hostile, text: hostile, author: { name: hostile } });
  });

  test('with reviews turned off in the store settings, a review is refused as not authorized', async () => {
    const { defaultSeed } = await import('../../src/catalog/defaultSeed.js');
    const off = await startSandbox({ seed: { ...defaultSeed, storeSettings: { ...defaultSeed.storeSettings, reviewsEnabled: false } } });
    try {
      const errors = (await gqlData(off, ADD, { variables: { input: { productEntityId: 111, review: review() } } })).catalog.addProductReview.errors;
      expect(errors).toEqual([{ __typename: 'NotAuthorizedToAddProductReviewError', message: expect.stringMatching(/turned off/) }]);
      expect((await gqlData(off, '{ site { settings { reviews { enabled } } product(entityId: 111) { reviewSummary { numberOfReviews } } } }')).site).toEqual({ settings: { reviews: { enabled: false } }, product: { reviewSummary: { numberOfReviews: 3 } } });
    } finally {
      await off.close();
    }
  });

  test('the mutation scores as one mutation under the complexity limit', async () => {
    const res = await gql(sandbox, ADD, { variables: { input: { productEntityId: 132, review: review({ email: 'c@example.com' }) } } });
    expect(Number(res.headers.get('x-bc-graphql-complexity'))).toBeGreaterThanOrEqual(9000);
    expect(Number(res.headers.get('x-bc-graphql-complexity'))).toBeLessThan(10_000);
  });
});
