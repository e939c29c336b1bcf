import { GraphQLError, Source, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

/** How many distinct query texts stay parsed and validated (storefronts send a few dozen). */
const MAX_ENTRIES = 500;
/** Tokens one document may have; bounds parser work on hostile input well below the 1 MB body limit. */
const MAX_TOKENS = 50_000;

/** Brackets one document may nest; the parser is recursive, so deeper input would overflow its stack. */
const MAX_NESTING = 100;

/** Refuses documents nested deeper than `MAX_NESTING` brackets (strings and comments skipped). */
function checkNesting(query: string): void {
  let depth = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '"') {
      const block = query.startsWith('"""', i);
      const end = block ? query.indexOf('"""', i + 3) : -1;
      if (block) i = end < 0 ? query.length : end + 2;
      else for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n'; i++) if (query[i] === '\\') i++;
    } else if (c === '{' || c === '(' || c === '[') {
      if (++depth > MAX_NESTING) {
        throw new GraphQLError(`Syntax Error: Document nests brackets deeper than ${MAX_NESTING} levels.`, { source: new Source(query), positions: [i] });
      }
    } else if (c === '}' || c === ')' || c === ']') {
      depth--;
    }
  }
}

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
    checkNesting(query);
    const document = parse(query, { maxTokens: MAX_TOKENS });
    const checked = { document, validationErrors: validate(schema(), document, specifiedRules) };
    entries.set(query, checked);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    return checked;
  };
}
