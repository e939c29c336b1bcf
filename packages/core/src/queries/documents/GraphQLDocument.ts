import type { DocumentTypeDecoration } from '../../TypedDocument.js';

/**
 * A GraphQL document as a plain string that also carries its result and variable types, so
 * `client.request(DOC, variables)` is typed. A real string at runtime: nothing to print or parse.
 */
export type GraphQLDocument<TResult, TVariables> = string & DocumentTypeDecoration<TResult, TVariables>;

/** Tags a GraphQL source string with its hand-written result and variable types. */
export const graphql = <TResult, TVariables = Record<string, never>>(source: string) => source as GraphQLDocument<TResult, TVariables>;

/** `Money` as BigCommerce sends it: `value` is a BigDecimal in major units (e.g. `12.5`). */
export interface Money {
  currencyCode: string;
  value: number;
}

/** A cursor-paged connection's `pageInfo`. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** An image as the storefront shows it: one sized URL and its alt text. */
export interface ImageResult {
  url: string;
  altText: string;
}
