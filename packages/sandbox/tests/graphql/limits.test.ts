import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('request limits and X-Bc-Graphql-* headers', () => {
  test('headers name the operation, its type, hashes and complexity', async () => {
    const query = 'query ProductName($id: Int!) { site { product(entityId: $id) { name } } }';
    const variables = { id: 111 };
    const res = await gql(sandbox, query, { variables });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-bc-graphql-operation-name')).toBe('ProductName');
    expect(res.headers.get('x-bc-graphql-operation-type')).toBe('query');
    expect(res.headers.get('x-bc-graphql-query-hash')).toBe(sha256(query));
    expect(res.headers.get('x-bc-graphql-variables-hash')).toBe(sha256(JSON.stringify(variables)));
    expect(Number(res.headers.get('x-bc-graphql-complexity'))).toBeGreaterThan(0);
    const other = await gql(sandbox, query, { variables: { id: 112 } });
    expect(other.headers.get('x-bc-graphql-query-hash')).toBe(res.headers.get('x-bc-graphql-query-hash'));
    expect(other.headers.get('x-bc-graphql-variables-hash')).not.toBe(res.headers.get('x-bc-graphql-variables-hash'));
    const mutation = await gql(sandbox, 'mutation Out { logout { result } }');
    expect(mutation.headers.get('x-bc-graphql-operation-type')).toBe('mutation');
    expect(mutation.headers.get('x-bc-graphql-operation-name')).toBe('Out');
  });

  test('the operation named by operationName is the one reported and run', async () => {
    const doc = 'query A { site { settings { storeName } } } query B { site { settings { storeHash } } }';
    const res = await gql(sandbox, doc, { operationName: 'B' });
    expect(res.headers.get('x-bc-graphql-operation-name')).toBe('B');
    expect(res.body.data).toEqual({ site: { settings: { storeHash: sandbox.storeHash } } });
  });

  test('complexity grows with page sizes; over 10 000 is rejected with the header set', async () => {
    const cost = async (first: number) =>
      Number((await gql(sandbox, `{ site { products(first: ${first}) { edges { node { name sku } } } } }`)).headers.get('x-bc-graphql-complexity'));
    expect(await cost(20)).toBeGreaterThan(await cost(2));
    // Four nested lists of 50: each value field costs 50 × √50 × √50 × √50 (complexity.test.ts has the rules).
    const heavy = '{ site { products(first: 50) { edges { node { variants(first: 50) { edges { node { sku productOptions(first: 50) { edges { node { ... on MultipleChoiceOption { values(first: 50) { edges { node { entityId label } } } } } } } } } } } } } } }';
    const res = await gql(sandbox, heavy);
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('x-bc-graphql-complexity'))).toBeGreaterThan(10_000);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(res.body.errors?.[0]?.message).toMatch(/exceeds the maximum of 10000/);
  });

  test('depth 16 is allowed, 17 is rejected', async () => {
    // site(1) category(2) products(3) edges(4) node(5) categories(6) edges(7) node(8) products(9) edges(10) node(11) categories(12) edges(13) node(14), then the extra selection.
    const nest = (extra: string) =>
      `{ site { category(entityId: 21) { products(first: 1) { edges { node { categories(first: 1) { edges { node { products(first: 1) { edges { node { categories(first: 1) { edges { node { ${extra} } } } } } } } } } } } } } } }`;
    const ok = await gql(sandbox, nest('products(first: 1) { __typename }'));
    expect(ok.body.errors).toBeUndefined();
    const deep = await gql(sandbox, nest('products(first: 1) { pageInfo { hasNextPage } }'));
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(deep.body.errors?.[0]?.message).toMatch(/depth 17 exceeds the maximum depth of 16/);
  });

  test('fragments do not hide depth, complexity or a second mutation', async () => {
    const deepViaFragments = `
      query Deep { site { category(entityId: 21) { ...P } } }
      fragment P on Category { products(first: 1) { edges { node { ...C } } } }
      fragment C on Product { categories(first: 1) { edges { node { ...P2 } } } }
      fragment P2 on Category { products(first: 1) { edges { node { ...C2 } } } }
      fragment C2 on Product { categories(first: 1) { edges { node { products(first: 1) { pageInfo { hasNextPage } } } } } }`;
    expect((await gql(sandbox, deepViaFragments)).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    const heavyViaFragment = `
      query Heavy { site { products(first: 50) { edges { node { ...V } } } } }
      fragment V on Product { variants(first: 50) { edges { node { sku productOptions(first: 50) { edges { node { ... on MultipleChoiceOption { values(first: 50) { edges { node { entityId label } } } } } } } } } } }`;
    expect((await gql(sandbox, heavyViaFragment)).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const twoViaFragment = `
      mutation Two { cart { ...Both } }
      fragment Both on CartMutations { deleteCart(input: { cartEntityId: "a" }) { deletedCartEntityId } createCart(input: { lineItems: [{ productEntityId: 122, quantity: 1 }] }) { cart { entityId } } }`;
    expect((await gql(sandbox, twoViaFragment)).body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_MUTATIONS');
  });

  test('only one mutation per request, also inside the cart/checkout namespaces', async () => {
    const two = await gql(sandbox, 'mutation { logout { result } login(email: "jane@example.com", password: "Shopper123!") { result } }');
    expect(two.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_MUTATIONS');
    const nested = await gql(sandbox, 'mutation { cart { deleteCart(input: { cartEntityId: "a" }) { deletedCartEntityId } createCart(input: { lineItems: [{ productEntityId: 122, quantity: 1 }] }) { cart { entityId } } } }');
    expect(nested.body.errors?.[0]?.message).toBe('Only one mutation is allowed per request; send each mutation in its own request.');
    expect(sandbox.store.carts.size).toBe(0);
  });
});
