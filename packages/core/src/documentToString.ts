import { StorefrontConfigError } from './errors/StorefrontConfigError.js';
import type { DocumentNodeLike, TypedDocument } from './TypedDocument.js';

/**
 * The GraphQL text to send for `document`. A `DocumentNode` is read from `loc.source.body`
 * (graphql-js `parse`, graphql-tag) or printed with the `print` passed in the config, so the
 * browser bundle never carries a GraphQL printer it may not need.
 */
export function documentToString(document: TypedDocument<any, any>, print?: (document: any) => string): string {
  // A string, or codegen's TypedDocumentString (a String object whose toString is the query).
  if (!(document as DocumentNodeLike)?.kind) return `${document}`;
  const body = (document as DocumentNodeLike).loc?.source.body ?? print?.(document);
  if (body == null) throw new StorefrontConfigError('request: set config.print to send this DocumentNode', { field: 'document' });
  return body;
}
