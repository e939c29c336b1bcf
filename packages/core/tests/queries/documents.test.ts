import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print, validate, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as catalog from '../../src/queries/documents/catalogDocuments.js';
import * as cart from '../../src/queries/documents/cartDocuments.js';
import * as checkout from '../../src/queries/documents/checkoutDocuments.js';
import * as customer from '../../src/queries/documents/customerDocuments.js';
import { MAX_COMPLEXITY, MAX_DEPTH, operationComplexity, operationDepth } from '../../../sandbox/src/graphql/limits.js';

const schemaAt = (file: string) => buildSchema(readFileSync(fileURLToPath(new URL(`../../../sandbox/schema/${file}`, import.meta.url)), 'utf8'));
const schemas: Record<string, GraphQLSchema> = {
  sandbox: schemaAt('sandbox.graphql'),
  bigcommerce: schemaAt('bigcommerce-storefront.graphql'),
};

// Every exported string of the documents modules is a GraphQL document.
const documents = Object.entries({ ...catalog, ...cart, ...checkout, ...customer }).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
);

describe('query layer documents', () => {
  it('finds every document (a module that stops exporting strings fails here)', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(
      [
        'ADD_CART_LINE_ITEMS',
        'ADD_CHECKOUT_BILLING_ADDRESS',
        'ADD_CHECKOUT_SHIPPING_CONSIGNMENTS',
        'APPLY_CHECKOUT_COUPON',
        'CART_QUERY',
        'CATEGORY_TREE',
        'CHECKOUT_QUERY',
        'CREATE_CART',
        'CUSTOMER_QUERY',
        'DELETE_CART_LINE_ITEM',
        'PRODUCT',
        'PRODUCTS',
        'SELECT_CHECKOUT_SHIPPING_OPTION',
        'SITE_SETTINGS',
        'UPDATE_CART_LINE_ITEM',
        'UPDATE_CHECKOUT_SHIPPING_CONSIGNMENT',
        'VIEW',
      ].sort(),
    );
  });

  for (const [schemaName, schema] of Object.entries(schemas)) {
    for (const [name, source] of documents) {
      it(`${name} is valid against the ${schemaName} schema`, () => {
        const document = parse(source);
        expect(validate(schema, document).map((e) => e.message)).toEqual([]);
        // One named operation per document: BigCommerce reports it in X-Bc-Graphql-Operation-Name.
        expect(document.definitions).toHaveLength(1);
        expect(document.definitions[0]).toMatchObject({ kind: 'OperationDefinition', name: { value: expect.stringMatching(/^BcHeadless/) } });
      });
    }
  }

  it('stays within BigCommerce’s complexity and depth limits at the largest page size', () => {
    const measured: Record<string, number> = {};
    for (const [name, source] of documents) {
      const operation = parse(source).definitions[0] as OperationDefinitionNode;
      measured[name] = operationComplexity(schemas.sandbox!, operation, {}, { first: 50, last: 50, imageWidth: 500 });
      expect(operationDepth(operation, {}), name).toBeLessThanOrEqual(MAX_DEPTH);
    }
    // A quarter of the limit kept free: BigCommerce's own count may differ from the sandbox's estimate
    // (measured: PRODUCT ~6,200, CATEGORY_TREE ~5,700, PRODUCTS ~1,300 at 50 per page). VIEW, five
    // documents' selections in one, keeps a fifth free: ~7,500 at 50 per page (~6,600 at the
    // default 12), of which the cart is ~590 and the customer 5.
    for (const [name, complexity] of Object.entries(measured)) expect(complexity, name).toBeLessThan(MAX_COMPLEXITY * (name === 'VIEW' ? 0.8 : 0.75));
    // The heaviest one-part document is the product page (50 variants with their options and prices).
    expect(Object.entries(measured).filter(([name]) => name !== 'VIEW').sort((a, b) => b[1] - a[1])[0]![0]).toBe('PRODUCT');
    // Why VIEW leaves the product out: both in one document would pass the limit, skipped or not.
    expect(measured.VIEW! + measured.PRODUCT!).toBeGreaterThan(MAX_COMPLEXITY);
  });

  it('VIEW selects each part exactly as its own document does, behind @include, with the same locale directive', () => {
    // `site`'s fields of a document, by name: their arguments and selections as printed, directives apart.
    const siteFields = (source: string) => {
      const operation = parse(source).definitions[0] as OperationDefinitionNode;
      const site = operation.selectionSet.selections[0] as FieldNode;
      return Object.fromEntries(
        (site.selectionSet!.selections as FieldNode[]).map((field) => [
          field.name.value,
          { selection: print({ ...field, directives: [] }), directives: (field.directives ?? []).map((d) => print(d)) },
        ]),
      );
    };
    const view = siteFields(catalog.VIEW);
    const own = { ...siteFields(catalog.SITE_SETTINGS), ...siteFields(catalog.CATEGORY_TREE), ...siteFields(catalog.PRODUCTS), ...siteFields(cart.CART_QUERY) };
    expect(Object.keys(view)).toEqual(['settings', 'categoryTree', 'search', 'cart']);
    // The cart's argument is named differently (`$cartEntityId`); its selection is the same.
    const selectionOnly = (printed: string) => printed.replace(/^cart\(entityId: \$\w+\)/, 'cart');
    for (const [name, field] of Object.entries(view)) expect(selectionOnly(field.selection), name).toBe(selectionOnly(own[name]!.selection));
    expect(Object.values(view).map((f) => f.directives)).toEqual([
      ['@include(if: $withSettings)'],
      ['@include(if: $withCategories)'],
      ['@include(if: $withProducts)'],
      ['@include(if: $withCart)'],
    ]);
    // The customer is a root field beside `site`, as in its own document.
    const rootField = (source: string, name: string) =>
      ((parse(source).definitions[0] as OperationDefinitionNode).selectionSet.selections as FieldNode[]).find((f) => f.name.value === name)!;
    const viewCustomer = rootField(catalog.VIEW, 'customer');
    expect(print({ ...viewCustomer, directives: [] })).toBe(print(rootField(customer.CUSTOMER_QUERY, 'customer')));
    expect(viewCustomer.directives!.map((d) => print(d))).toEqual(['@include(if: $withCustomer)']);
    const directivesOf = (source: string) => (parse(source).definitions[0] as OperationDefinitionNode).directives!.map((d) => print(d));
    expect(directivesOf(catalog.VIEW)).toEqual(directivesOf(catalog.PRODUCTS));
  });

  it('asks for one mutation per request, as BigCommerce allows', () => {
    for (const [, source] of documents.filter(([, s]) => s.startsWith('mutation'))) {
      // A namespaced mutation (cart { … } / checkout { … }) holds exactly one field inside.
      const operation = parse(source).definitions[0] as unknown as { selectionSet: { selections: { selectionSet?: { selections: unknown[] } }[] } };
      expect(operation.selectionSet.selections).toHaveLength(1);
      expect(operation.selectionSet.selections[0]!.selectionSet?.selections ?? [0]).toHaveLength(1);
    }
  });
});
