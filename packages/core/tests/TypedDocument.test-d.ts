import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createStorefrontClient, type DocumentTypeDecoration, type ResultOf, type VariablesOf } from '../src/index.js';

const client = createStorefrontClient({ storeHash: 'abc', storefrontToken: 't' });

type Product = { site: { product: { name: string } | null } };
type ProductVars = { entityId: number };

// gql.tada's TadaDocumentNode: a DocumentNode with the same `__apiType` decoration.
interface TadaLike<R, V> extends DocumentTypeDecoration<R, V> {
  kind: 'Document';
  definitions: readonly unknown[];
}
// codegen's TypedDocumentString: a String subclass with the decoration.
declare class TypedDocumentString<R, V> extends String implements DocumentTypeDecoration<R, V> {
  __apiType?: (variables: V) => R;
}

declare const node: TypedDocumentNode<Product, ProductVars>;
declare const tada: TadaLike<Product, ProductVars>;
declare const str: TypedDocumentString<Product, ProductVars>;
declare const noVars: TypedDocumentNode<{ site: { id: string } }, { [key: string]: never }>;
declare const optionalVars: TypedDocumentNode<{ ok: boolean }, { first?: number }>;

describe('typed documents', () => {
  it('infers the result from a TypedDocumentNode, a gql.tada document and a TypedDocumentString', () => {
    expectTypeOf(client.request(node, { entityId: 1 })).resolves.toEqualTypeOf<Product>();
    expectTypeOf(client.request(tada, { entityId: 1 })).resolves.toEqualTypeOf<Product>();
    expectTypeOf(client.request(str, { entityId: 1 })).resolves.toEqualTypeOf<Product>();
    expectTypeOf<ResultOf<typeof node>>().toEqualTypeOf<Product>();
    expectTypeOf<VariablesOf<typeof tada>>().toEqualTypeOf<ProductVars>();
  });

  it('checks variables against the document', () => {
    // @ts-expect-error wrong variable type
    client.request(node, { entityId: 'one' });
    // @ts-expect-error unknown variable
    client.request(node, { entityId: 1, extra: true });
    // @ts-expect-error required variables missing
    client.request(node);
  });

  it('makes variables optional when the document has none or only optional ones', () => {
    expectTypeOf(client.request(noVars)).resolves.toEqualTypeOf<{ site: { id: string } }>();
    expectTypeOf(client.request(optionalVars)).resolves.toEqualTypeOf<{ ok: boolean }>();
    client.request(optionalVars, { first: 2 }, { locale: 'fr' });
  });

  it('types the same way inside an operation', async () => {
    await client.operation('x', async (op) => {
      expectTypeOf(op.request(node, { entityId: 1 })).resolves.toEqualTypeOf<Product>();
      // @ts-expect-error an operation's requests always carry its correlation id
      op.request(node, { entityId: 1 }, { correlationId: 'x' });
    });
  });

  it('lets a plain string query pick its own result type', () => {
    expectTypeOf(client.request('{ a }')).resolves.toEqualTypeOf<Record<string, any>>();
    expectTypeOf(client.request<{ a: number }>('{ a }')).resolves.toEqualTypeOf<{ a: number }>();
  });
});
