import { describe, expect, it } from 'vitest';
import { catalogOnlyQuery } from '../../../src/server/cache/catalogOnlyQuery.js';

describe('catalogOnlyQuery', () => {
  it('accepts catalog reads, through fragments and aliases, and prints them one way', () => {
    const a = catalogOnlyQuery('query P($id: Int!) { site { product(entityId: $id) { name } } }');
    const b = catalogOnlyQuery('query P($id:Int!){site{product(entityId:$id){name}}}');
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(catalogOnlyQuery('{ site { ...S } } fragment S on Site { settings { storeName } categoryTree { name } }')).not.toBeNull();
    expect(catalogOnlyQuery('{ site { ... on Site { products { edges { node { name } } } } } __typename }')).not.toBeNull();
    expect(catalogOnlyQuery('{ site { route(path: "/a/") { node { id } } search { searchProducts(filters: {}) { products { edges { cursor } } } } } }')).not.toBeNull();
  });

  it('refuses anything that is not the shared catalog', () => {
    const refused = [
      'mutation { cart { createCart(input: {lineItems: []}) { cart { entityId } } } }',
      '{ customer { email } }',
      '{ site { cart { entityId } } }',
      '{ site { checkout { entityId } } }',
      '{ site { products { edges { node { name } } } } customer { email } }',
      '{ site { product(entityId: 1) { name } cart { entityId } } }',
      // Aliases hide nothing: the field is what counts.
      '{ site { product: cart { entityId } } }',
      '{ products: customer { email } site { settings { storeName } } }',
      // Through fragments, nested or at the root.
      '{ ...Q } fragment Q on Query { customer { email } }',
      '{ site { ...S } } fragment S on Site { ...T } fragment T on Site { cart { entityId } }',
      '{ site { ... on Site { checkout { entityId } } } }',
      '{ site { ...Missing } }',
      // Fragment cycles are invalid GraphQL: refused, not looped over.
      '{ site { ...A } } fragment A on Site { ...B } fragment B on Site { ...A }',
      // Several operations: the named one decides; none named → refused.
      'query A { site { settings { storeName } } } query B { customer { email } }',
      'query A { site { settings { storeName } } } mutation B { logout { result } }',
      'subscription { site { settings { storeName } } }',
      '{ site }',
      '{}',
      'not graphql',
      '',
    ];
    for (const query of refused) expect(catalogOnlyQuery(query), query).toBeNull();
    expect(catalogOnlyQuery({ query: '{ site { settings { storeName } } }' })).toBeNull();
    expect(catalogOnlyQuery(undefined)).toBeNull();
  });

  it('leaves out what @include/@skip leave out, by literal, variable or default; unclear counts as asked', () => {
    const view = 'query V($withCustomer: Boolean = false, $withCart: Boolean!) { customer @include(if: $withCustomer) { email } site { settings { storeName } cart @include(if: $withCart) { entityId } } }';
    expect(catalogOnlyQuery(view, undefined, { withCart: false })).not.toBeNull();
    expect(catalogOnlyQuery(view, undefined, { withCart: true })).toBeNull();
    expect(catalogOnlyQuery(view, undefined, { withCart: false, withCustomer: true })).toBeNull();
    // No value and no default: it may run, so it counts.
    expect(catalogOnlyQuery(view, undefined, {})).toBeNull();
    expect(catalogOnlyQuery(view, undefined, { withCart: 'false' })).toBeNull();
    expect(catalogOnlyQuery('{ customer @skip(if: true) { email } site { settings { storeName } } }')).not.toBeNull();
    expect(catalogOnlyQuery('{ customer @skip(if: false) { email } site { settings { storeName } } }')).toBeNull();
    expect(catalogOnlyQuery('{ customer @deprecated { email } site { settings { storeName } } }')).toBeNull();
    expect(catalogOnlyQuery('query ($c: Boolean) { site { ...C @include(if: $c) settings { storeName } } } fragment C on Site { cart { entityId } }', undefined, { c: false })).not.toBeNull();
    expect(catalogOnlyQuery('query ($c: Boolean) { site { ... @include(if: $c) { checkout { entityId } } settings { storeName } } }', undefined, { c: true })).toBeNull();
  });

  it('reads the operation a request names', () => {
    const doc = 'query A { site { settings { storeName } } } query B { customer { email } }';
    expect(catalogOnlyQuery(doc, 'A')).not.toBeNull();
    expect(catalogOnlyQuery(doc, 'B')).toBeNull();
    expect(catalogOnlyQuery(doc, 'C')).toBeNull();
  });

  it('refuses documents too large to be a real query rather than parsing them at length', () => {
    const huge = `{ site { settings { ${'storeName '.repeat(30_000)} } } }`;
    expect(catalogOnlyQuery(huge)).toBeNull();
  });
});
