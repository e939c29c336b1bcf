import { parse, specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';

/** How many distinct query texts stay parsed and validated (storefronts send a few dozen). */
const MAX_ENTRIES = 500;
/** Tokens one document may have; bounds parser work on hostile input well below the 1 MB body limit. */
const MAX_TOKENS = 50_000;

/** A parsed document and its validation errors (empty when valid). */
export interface CheckedDocument {
  document: DocumentNode;
  validationErrors: readonly GraphQLError[];
}

/**
 * Parses and validates query texts once: a storefront repeats the same few documents, and
 * validation is the costliest step of a small request. Syntax errors are thrown (not cached).
 */
export function createDocumentCache(schema: () => GraphQLSchema) {
  const entries = new Map<string, CheckedDocument>();
  return (query: string): CheckedDocument => {
    const hit = entries.get(query);
    if (hit) {
      // Re-insert so the oldest-used entry is the first one evicted.
      entries.delete(query);
      entries.set(query, hit);
      return hit;
    }
    const document = parse(query, { maxTokens: MAX_TOKENS });
    const checked = { document, validationErrors: validate(schema(), document, specifiedRules) };
    entries.set(query, checked);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    return checked;
  };
}
