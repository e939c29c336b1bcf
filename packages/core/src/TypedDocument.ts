/**
 * The type decoration shared by `@graphql-typed-document-node/core`'s `TypedDocumentNode`,
 * codegen's `TypedDocumentString` and gql.tada's `TadaDocumentNode`: a phantom function type
 * from which `request` infers the result and the variables.
 */
export interface DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
}

/** The parts of a GraphQL `DocumentNode` bc-headless reads: its source text, when it kept it. */
export interface DocumentNodeLike {
  readonly kind: string;
  readonly loc?: { readonly source: { readonly body: string } } | undefined;
}

/**
 * Anything `request` accepts as a GraphQL document: a string, codegen's `TypedDocumentString`
 * (a `String` object), or a `DocumentNode` (gql.tada, graphql-tag, `TypedDocumentNode`).
 */
export type TypedDocument<TResult = Record<string, any>, TVariables = Record<string, any>> =
  | string
  | ((String | DocumentNodeLike) & DocumentTypeDecoration<TResult, TVariables>);

/** The result type of a typed document. */
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, any> ? R : Record<string, any>;

/** The variables type of a typed document. */
export type VariablesOf<D> = D extends DocumentTypeDecoration<any, infer V> ? V : Record<string, any>;
