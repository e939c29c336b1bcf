import {
  GraphQLError,
  Kind,
  getNamedType,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Deepest field nesting BigCommerce allows (shared/bigcommerce-api.md, "GraphQL Storefront API rules"). */
export const MAX_DEPTH = 16;
/** Highest complexity score BigCommerce accepts per request (same source; `operationComplexity` computes it). */
export const MAX_COMPLEXITY = 10_000;

type Fragments = Record<string, FragmentDefinitionNode>;

/** Deepest field nesting of an operation (a top-level field is depth 1). */
export function operationDepth(operation: OperationDefinitionNode, fragments: Fragments): number {
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) max = Math.max(max, sel.selectionSet ? walk(sel.selectionSet, depth + 1, seen) : depth + 1);
      else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, walk(sel.selectionSet, depth, seen));
      else {
        const frag = fragments[sel.name.value];
        if (frag && !seen.has(frag.name.value)) max = Math.max(max, walk(frag.selectionSet, depth, new Set([...seen, frag.name.value])));
      }
    }
    return max;
  };
  return walk(operation.selectionSet, 0, new Set());
}

/** A mutation namespace field (`cart { … }`, `checkout { … }`): its children are the mutations. */
export function isMutationNamespace(type: GraphQLType): boolean {
  return getNamedType(type).name.endsWith('Mutations');
}

/** Mutation fields of an operation; namespaces (`cart { … }`, `checkout { … }`) count their children. */
export function mutationCount(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments): number {
  if (operation.operation !== 'mutation') return 0;
  const mutationType = schema.getMutationType();
  const fields = (set: SelectionSetNode, seen: Set<string>): Array<{ name: string; set: SelectionSetNode | undefined }> =>
    set.selections.flatMap((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value === '__typename' ? [] : [{ name: sel.name.value, set: sel.selectionSet }];
      if (sel.kind === Kind.INLINE_FRAGMENT) return fields(sel.selectionSet, seen);
      const frag = fragments[sel.name.value];
      return frag && !seen.has(frag.name.value) ? fields(frag.selectionSet, new Set([...seen, frag.name.value])) : [];
    });
  let count = 0;
  for (const top of fields(operation.selectionSet, new Set())) {
    const type = mutationType?.getFields()[top.name]?.type;
    const isNamespace = type ? isMutationNamespace(type) : false;
    count += isNamespace && top.set ? fields(top.set, new Set()).length : 1;
  }
  return count;
}

/** A request-level GraphQL error located at the operation. */
export function operationError(message: string, operation: OperationDefinitionNode, code: string): GraphQLError {
  return new GraphQLError(message, { nodes: operation, extensions: { code } });
}
