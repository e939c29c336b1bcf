import { Kind, parse, print, valueFromASTUntyped, type DirectiveNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The `Site` fields whose answers are the same for every anonymous shopper of a channel, locale
 * and currency: the catalog and the store's settings. Anything else (`cart`, `checkout`,
 * `customer`, wishlists, orders) is never shared.
 */
export const CATALOG_SITE_FIELDS: ReadonlySet<string> = new Set([
  'brands',
  'categoryTree',
  'category',
  'content',
  'currencies',
  'currency',
  'product',
  'products',
  'route',
  'search',
  'settings',
  'newestProducts',
  'bestSellingProducts',
  'featuredProducts',
  'popularBrands',
]);

// Fields every type answers the same way (`__typename`), allowed wherever they appear.
const META = '__typename';

/**
 * The printed document of a GraphQL request when its operation is a query that reads catalog
 * data only (`query { site { products … } }` and nothing outside `CATALOG_SITE_FIELDS`), else
 * `null`. Fragments and inline fragments at the root and on `site` are followed; a selection that
 * `@include(if: false)` or `@skip(if: true)` leaves out, by a literal or by the request's
 * `variables` (or the variable's default), does not count: the query layer's one-request views
 * ask for the customer and the cart that way, only when there is one. A document that does not
 * parse, holds several operations without naming one, or asks for anything else is not
 * catalog-only. Printing gives one text per document however it was spaced.
 */
export function catalogOnlyQuery(query: unknown, operationName?: unknown, variables?: unknown): string | null {
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens: 20_000 });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const operation = typeof operationName === 'string' && operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== 'query') return null;
  // A mutation or subscription beside it cannot run (one operation per request), but is refused anyway.
  if (operations.some((o) => o.operation !== 'query')) return null;

  const given = variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {};
  const defaults = Object.fromEntries((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue ? valueFromASTUntyped(d.defaultValue) : undefined]));
  // Whether @include/@skip certainly leave a selection out; anything unclear counts as asked for.
  const leftOut = (directives: readonly DirectiveNode[] | undefined): boolean =>
    (directives ?? []).some((directive) => {
      const name = directive.name.value;
      if (name !== 'include' && name !== 'skip') return false;
      const arg = directive.arguments?.find((a) => a.name.value === 'if')?.value;
      if (!arg) return false;
      const value = arg.kind === Kind.VARIABLE ? (Object.hasOwn(given, arg.name.value) ? given[arg.name.value] : defaults[arg.name.value]) : valueFromASTUntyped(arg);
      return name === 'include' ? value === false : value === true;
    });

  // Every field selected at `level`, through fragments; `null` on a spread that names no fragment.
  const fieldsOf = (set: SelectionSetNode, seen: Set<string>): Array<{ name: string; selectionSet?: SelectionSetNode }> | null => {
    const fields: Array<{ name: string; selectionSet?: SelectionSetNode }> = [];
    for (const selection of set.selections) {
      if (leftOut(selection.directives)) continue;
      if (selection.kind === Kind.FIELD) fields.push({ name: selection.name.value, selectionSet: selection.selectionSet });
      else {
        let inner: SelectionSetNode;
        if (selection.kind === Kind.INLINE_FRAGMENT) inner = selection.selectionSet;
        else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) return null;
          inner = fragment.selectionSet;
          seen = new Set(seen).add(fragment.name.value);
        }
        const nested = fieldsOf(inner, seen);
        if (!nested) return null;
        fields.push(...nested);
      }
    }
    return fields;
  };

  const root = fieldsOf(operation.selectionSet, new Set());
  if (!root || root.length === 0) return null;
  for (const field of root) {
    if (field.name === META) continue;
    if (field.name !== 'site' || !field.selectionSet) return null;
    const site = fieldsOf(field.selectionSet, new Set());
    if (!site) return null;
    if (!site.every((f) => f.name === META || CATALOG_SITE_FIELDS.has(f.name))) return null;
  }
  return print(document);
}
