import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type GraphQLCompositeType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection.js';

/** Deepest field nesting BigCommerce allows (shared/bigcommerce-api.md, "GraphQL Storefront API rules"). */
export const MAX_DEPTH = 16;
/** Highest complexity estimate BigCommerce accepts per request (same source). */
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

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

function unwrap(type: GraphQLType): { list: boolean } {
  let t = type;
  if (isNonNullType(t)) t = t.ofType;
  return { list: isListType(t) };
}

/**
 * BigCommerce-style complexity estimate: every selected field costs 1 times the number of items
 * its parents can return; a connection multiplies by its `first`/`last` (default 10) and a plain
 * list by 10.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, seen: Set<string>): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        cost += multiplier;
        if (!sel.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[sel.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        let factor = 1;
        if (named.name.endsWith('Connection')) {
          const arg = (name: string) => intValue(sel.arguments?.find((a) => a.name.value === name)?.value, variables);
          factor = arg('first') ?? arg('last') ?? DEFAULT_PAGE_SIZE;
        } else if (unwrap(field.type).list && !parent.name.endsWith('Connection')) {
          // A connection's `edges` list is already counted by the connection's page size.
          factor = DEFAULT_PAGE_SIZE;
        }
        cost += walk(sel.selectionSet, named as GraphQLCompositeType, multiplier * Math.max(1, factor), seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        cost += walk(sel.selectionSet, cond ?? parent, multiplier, seen);
      } else {
        const frag = fragments[sel.name.value];
        if (!frag || seen.has(frag.name.value)) continue;
        const cond = schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType | undefined;
        cost += walk(frag.selectionSet, cond ?? parent, multiplier, new Set([...seen, frag.name.value]));
      }
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, new Set());
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
    const isNamespace = type ? getNamedType(type).name.endsWith('Mutations') : false;
    count += isNamespace && top.set ? fields(top.set, new Set()).length : 1;
  }
  return count;
}

/** A request-level GraphQL error located at the operation. */
export function operationError(message: string, operation: OperationDefinitionNode, code: string): GraphQLError {
  return new GraphQLError(message, { nodes: operation, extensions: { code } });
}
